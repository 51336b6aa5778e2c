//! Every string the user sees, Indonesian first and English second, in one table.
//!
//! Adding a string means adding one row to `strings!` below; the compiler then
//! refuses any UI code that names a key without both translations.

// The table's offsets are summed in a const fn at compile time, where an
// overflow or a bad index stops the build rather than the app.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

mod lang;
pub use lang::{month_name, Lang};

macro_rules! strings {
    ($table:ident, $all:ident, $store:ident; $($key:ident => $id:literal, $en:literal;)*) => {
        /// A key into the string table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $table { $(#[allow(missing_docs)] $key),* }

        // All the texts as one string, Indonesian then English for each key in
        // order, and where each one ends: a 16-bit offset per text instead of
        // an 8-byte pointer and length (and no `match`, which compiled to
        // 7 KB of wasm code).
        mod $store {
            pub(super) static TEXTS: &str = concat!($($id, $en),*);
            const LENS: &[usize] = &[$($id.len(), $en.len()),*];
            pub(super) static ENDS: [u16; LENS.len()] = ends();
            const _: () = assert!(TEXTS.len() <= u16::MAX as usize, "the string table outgrew 16-bit offsets");

            const fn ends() -> [u16; LENS.len()] {
                let mut out = [0u16; LENS.len()];
                let (mut i, mut end) = (0, 0);
                while i < LENS.len() {
                    end += LENS[i];
                    out[i] = end as u16;
                    i += 1;
                }
                out
            }
        }

        impl $table {
            /// The text of this key in `lang`. A text that counts something
            /// (a number before it) is read with [`T::count`] instead.
            pub fn get(self, lang: Lang) -> &'static str {
                let text = self.text(lang);
                debug_assert!(!text.contains('|'), "{self:?} counts: use count");
                text
            }

            /// The text that follows a number: the one mechanism for
            /// singular and plural. A row whose text is `"one|other"`
            /// (English: "row|rows") gives the first form when `one` (the
            /// number as written is 1) and the second otherwise; a text with
            /// one form (Indonesian has no plural) is the same for any count.
            pub fn count(self, lang: Lang, one: bool) -> &'static str {
                let text = self.text(lang);
                match text.split_once('|') {
                    Some((single, plural)) => if one { single } else { plural },
                    None => text,
                }
            }

            fn text(self, lang: Lang) -> &'static str {
                let k = (self as usize) * 2 + lang as usize;
                let start = match k.checked_sub(1) {
                    Some(before) => $store::ENDS.get(before).copied().unwrap_or(0),
                    None => 0,
                };
                let end = $store::ENDS.get(k).copied().unwrap_or(0);
                $store::TEXTS.get(usize::from(start)..usize::from(end)).unwrap_or("")
            }
        }

        /// Every key, for the test that no translation is empty.
        pub const $all: &[$table] = &[$($table::$key),*];
    };
}

// The strings only the sections loaded on demand use: a table of their own,
// so that their bytes load with those sections, not before the first figure.
mod later;
pub use later::{L, LATER_KEYS};

strings! {
    T, ALL_KEYS, first;
    AppTitle => "Target UMKM", "Target UMKM";
    AppSubtitle => "Kalkulator target kepesertaan BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan participant target calculator";
    LangSwitch => "English", "Indonesia";
    LangSwitchLabel => "Ganti bahasa ke English", "Switch language to Bahasa Indonesia";
    LocalOnly => "Semua angka dihitung di perangkat Anda; tidak ada data yang dikirim.", "Every figure is computed on your device; nothing is sent anywhere.";
    PanicMessage => "Maaf, terjadi kesalahan di aplikasi. Muat ulang halaman.", "Sorry, the app hit an error. Please reload the page.";

    // Partner pipeline
    SectionPartners => "Mitra & UMKM", "Partners & UMKM";
    PartnerName => "Nama mitra", "Partner name";
    PartnerNamePlaceholder => "mis. Sampoerna", "e.g. Sampoerna";
    UmkmCount => "UMKM binaan", "Fostered UMKM";
    WorkersPerUmkm => "Pekerja per UMKM", "Workers per UMKM";
    Enrolment => "Kepesertaan (%)", "Enrolment (%)";
    PuShare => "Porsi PU (%)", "PU share (%)";
    PotentialWorkers => "Potensi tenaga kerja", "Potential workers";
    ExpectedParticipants => "Perkiraan peserta baru", "Expected new participants";
    WaitingFor => "Menunggu isian yang valid:", "Waiting for a valid entry:";
    AddPartner => "+ Tambah mitra", "+ Add partner";
    Total => "Total", "Total";
    CannotCompute => "Tidak dapat dihitung: angka terlalu besar.", "Cannot be computed: the numbers are too large.";
    // After a count of rows ("2 baris belum lengkap…", "1 row incomplete…").
    RowsWaiting => "belum lengkap, tidak ikut dijumlahkan.", "incomplete, not included in the total.";
    MoveUp => "Pindah ke atas", "Move up";
    MoveDown => "Pindah ke bawah", "Move down";
    Duplicate => "Gandakan", "Duplicate";
    Remove => "Hapus", "Remove";
    Row => "baris", "row";

    // Reading numbers
    ErrEmpty => "Isi angka.", "Enter a number.";
    ConfirmFillArticle => "Ganti target yang sudah diisi dengan contoh dari artikel 2019?", "Replace the targets you entered with the 2019 article's example?";
    GoalAgentsFrom => "Kapasitas dan bulan kerja agen: di Pembagian.", "Agent capacity and months: under Split.";
    AuditGlance => "⚠ pertumbuhan tertulis dan tersirat berbeda", "⚠ stated and implied growth differ";
    LineEmpty => "kosong", "empty";
    LineIncomplete => "belum lengkap", "incomplete";
    TotalFigures => "Jumlah semua mitra", "All partners together";
    SendWhatsApp => "Kirim ke WhatsApp", "Send to WhatsApp";
    ErrEmptyRange => "Isi angka atau rentang, mis. 10–30.", "Enter a number or a range, e.g. 10–30.";
    ErrNotANumber => "Bukan angka. Contoh: 108.000 atau 108 ribu.", "Not a number. Example: 108,000 or 108 thousand.";
    ErrNotANumberDecimal => "Bukan angka. Contoh: 2,5.", "Not a number. Example: 2.5.";
    ErrNotANumberPercent => "Bukan angka. Contoh: 3,5%.", "Not a number. Example: 3.5%.";
    ErrNotANumberRupiah => "Bukan angka. Contoh: Rp16.800.", "Not a number. Example: Rp16,800.";
    ErrNegative => "Tidak boleh negatif.", "Cannot be negative.";
    ErrOutOfRange => "Di luar rentang yang diizinkan:", "Outside the allowed range:";
    ErrNotWhole => "Harus bilangan bulat (tanpa desimal).", "Must be a whole number (no decimals).";
    ErrTooManyDecimals => "Terlalu banyak angka desimal.", "Too many decimal places.";
    // The language's group mark typed as a decimal mark ("1.5" / "1,5"), and
    // its decimal mark typed to group thousands ("108,000" / "108.000").
    ErrGroupMarkAsDecimal => "Dalam bahasa Indonesia titik adalah pemisah ribuan. Untuk desimal pakai koma, mis. 1,5.", "In English a comma groups thousands. Use a point for decimals, e.g. 1.5.";
    ErrDecimalMarkAsGroup => "Dalam bahasa Indonesia koma adalah tanda desimal. Untuk ribuan pakai titik, mis. 108.000.", "In English a point is the decimal mark. Group thousands with a comma, e.g. 108,000.";
    ErrMisplacedGrouping => "Pemisah ribuan salah tempat, mis. 108.000.", "Thousands separator in the wrong place, e.g. 108,000.";
    ErrTooLarge => "Angka terlalu besar.", "Number too large.";
    RangeTo => "sampai", "to";

    // Sections
    Sections => "Bagian aplikasi", "App sections";
    SectionSummary => "Rencana", "The plan";
    SectionTargets => "Target & pertumbuhan", "Targets & growth";
    SectionSplit => "Pembagian", "Split";
    SectionProgress => "Capaian", "Progress";
    SectionIuran => "Iuran", "Contributions";

    // Partners, summary
    CompareWith => "Bandingkan dengan target", "Compare with the target";
    NoTargetYet => "Isi target di bagian Target & pertumbuhan.", "Enter a target under Targets & growth.";
    TotalTarget => "Target peserta baru", "New participant target";

    // Targets
    TargetsIntro => "Isi dua dari tiga angka (dasar, pertumbuhan, target); angka ketiga dihitung. Bila ketiganya diisi, pertumbuhan diperiksa.", "Fill in two of the three (base, growth, target) and the third is computed. With all three, the growth is checked.";
    FillArticle => "Isi contoh: target Jatim 2019", "Fill example: East Java 2019 targets";
    GrowthPct => "Pertumbuhan (%)", "Growth (%)";
    NeedTwoOfThree => "Isi dua dari tiga angka.", "Fill in two of the three figures.";
    ErrZeroBase => "Tidak dapat membagi dengan nol.", "Cannot divide by zero.";
    ErrOutOfRangeCalc => "Angka di luar rentang yang masuk akal.", "A figure is outside a sensible range.";
    ErrDate => "Tanggal tidak valid.", "Not a valid date.";
    ErrZeroWeights => "Semua bobot nol: tidak ada dasar pembagian.", "All weights are zero: nothing to split by.";
    ErrNothingToSplit => "Tidak ada yang dibagi.", "Nothing to split over.";
    OtherWaiting => "Isi target total untuk melihat sisanya.", "Enter the total target to see the rest.";
    OtherExplained => "Bagian target total yang tidak dijelaskan oleh segmen yang diisi (misalnya Jakon dan PMI).", "The part of the total target not explained by the segments entered (e.g. Jakon and PMI).";
    Projection => "Proyeksi", "Projection";
    ProjectionYears => "Jumlah tahun", "Number of years";
    ProjectionWaiting => "Proyeksi muncul untuk baris yang memiliki dasar dan pertumbuhan.", "Projections appear for lines with a base and a growth.";
    ProjectionChartTitle => "Proyeksi per tahun", "Projection by year";
    ProjectionTableCaption => "Proyeksi: dasar × (1 + pertumbuhan) pangkat tahun", "Projection: base × (1 + growth) to the power of the year";
    Year => "Tahun", "Year";

    // Split
    SplitWhich => "Target yang dibagi", "Target to split";
    SplitTotal => "Total yang dibagi:", "Total split:";
    SplitWaiting => "Menunggu target:", "Waiting for a target:";
    AgentsPerOffice => "Agen per kantor", "Agents per office";
    WorkingDaysPerMonth => "Hari kerja per bulan", "Working days per month";
    PerOffice => "Per kantor", "Per office";
    PerMonth => "Per bulan", "Per month";
    Office => "Kantor", "Office";
    Weight => "Bobot", "Weight";
    PerAgent => "Per agen per tahun", "Per agent per year";
    PerDay => "Per hari kerja", "Per working day";
    Month => "Bulan", "Month";
    Sum => "Jumlah", "Sum";
    AddOffice => "+ Tambah kantor", "+ Add office";
    ResetOffices => "Kembalikan 16 KC + 20 KCP", "Restore 16 KC + 20 KCP";
    OfficesNote => "Nama dan bobot dapat diubah. Bagian dibagi dengan sisa terbesar sehingga jumlahnya tepat sama dengan total.", "Names and weights can be edited. Parts are split by largest remainder so they add up exactly to the total.";
    MonthsNote => "Bobot sama berarti pembagian rata; ubah bobot untuk pola musiman.", "Equal weights split evenly; change the weights for a seasonal pattern.";
    CapacityPerAgent => "Peserta per agen per bulan", "Participants per agent per month";
    AgentMonths => "Bulan kerja agen", "Months the agents work";
    NavPartners => "Mitra", "Partners";
    NavTargets => "Target", "Targets";
    NavIuran => "Iuran", "Dues";
    NavKeep => "Simpan", "Save";
    PlanWaitsFor => "Menunggu", "Waiting for";
    PlanNeedsTarget => "Menunggu target: isi di Target.", "Waiting for a target: enter it under Targets.";
    PlanNeedsPartner => "Belum ada mitra: tambahkan di Mitra.", "No partner yet: add one under Partners.";
    PlanPartners => "Peserta baru dari mitra", "New participants from partners";
    PlanEnrolmentExample => "kepesertaan mitra (mis. 10–30).", "the partners' enrolment (e.g. 10–30).";
    PlanOfTarget => "dari target", "of the target";
    PlanTapHint => "Ketuk baris untuk membuka bagiannya.", "Tap a line to open its section.";
    SumLower => "jumlah", "sum";
    CountOffices => "kantor", "offices";
    CountMonths => "bulan", "months";
    MonthsTableTitle => "Tabel rencana dan realisasi per bulan", "Table of plan and achieved by month";
    StandingsTitle => "Peringkat kantor", "Offices ranked";
    AgentsTitle => "Agen dan kapasitas", "Agents and capacity";
    AgentsAvailable => "Agen tersedia", "Agents available";
    AgentReach => "Jangkauan agen yang ada", "What the agents you have can reach";
    ReachShare => "Bagian target yang terjangkau agen", "Share of the target the agents reach";
    QuotaPerAgentMonth => "Kuota per agen per bulan", "Quota per agent per month";
    QuotaPerAgentYear => "Kuota per agen per tahun", "Quota per agent per year";
    QuotaLoad => "Kuota dibanding kapasitas", "Quota against capacity";
    UnitCapacity => "kapasitas", "capacity";
    NoteBeyondCapacity => "Di atas kapasitas: agen yang ada tidak dapat mencapainya.", "Above capacity: the agents you have cannot reach it.";

    // Progress
    Achieved => "Realisasi", "Achieved";
    AsOf => "Per tanggal", "As of";
    TargetFromPlan => "Target kosong: dipakai target dari Target & pertumbuhan untuk garis yang dibagi di Pembagian:", "Target left empty: the target from Targets & growth is used, for the line split in Split:";
    ProgressWaiting => "Isi target dan realisasi.", "Enter the target and the achieved figure.";
    StatusOnTrack => "Sesuai jalur", "On track";
    StatusBehind => "Tertinggal dari rencana", "Behind plan";
    StatusReached => "Target tercapai", "Target reached";
    BarLegend => "Garis tegak: seharusnya tercapai saat ini,", "Vertical mark: expected by now,";
    MonthsTitle => "Realisasi per bulan", "Achieved month by month";
    MonthsHint => "Kosong berarti belum diisi, bukan nol (ketik 0 bila memang nol). Bila ada bulan yang diisi, realisasi bulanan menggantikan realisasi dan tanggal di atas.", "Empty means not entered yet, not zero (type 0 for a real zero). Once any month is entered, the monthly figures replace the achieved figure and date above.";
    MonthsInUse => "Realisasi per bulan sudah diisi (di bawah): angka itu yang dipakai, bukan realisasi dan tanggal ini.", "Months are entered below: they are used instead of this achieved figure and date.";
    MonthsGaps => "Belum diisi padahal bulan sesudahnya sudah:", "Not entered yet although a later month is:";
    MonthsGapsFill => "Isi bulan itu (0 bila memang nol) untuk melihat angka tahun berjalan.", "Enter that month (0 if it really was zero) to see the year's figures.";
    YearToDate => "Realisasi s.d. bulan terakhir", "Year to date";
    PlanToDate => "Rencana s.d. bulan terakhir", "Plan to date";
    GapToPlan => "Selisih terhadap rencana", "Against plan";
    ForecastPace => "Akhir tahun, laju sejauh ini", "Year-end at the pace so far";
    ForecastRecent => "Akhir tahun, laju bulan-bulan terakhir", "Year-end at the recent months' pace";
    ForecastRecentOf => "Akhir tahun, laju # terakhir", "Year-end at the pace of the last #";
    RequiredPerAgent => "Perlu per agen per bulan", "Needed per agent per month";
    NoteReachedIn => "Dengan laju ini target tercapai pada bulan", "At this pace the target is reached in";
    NoteShortBy => "Dengan laju ini target tidak tercapai tahun ini; kurang", "At this pace the target is not reached this year; short by";
    PlanLine => "Rencana (kumulatif)", "Plan (cumulative)";
    ActualLine => "Realisasi (kumulatif)", "Achieved (cumulative)";
    ThisMonth => "Bulan ini", "This month";
    CsvMonths => "CSV realisasi per bulan", "Monthly achieved CSV";
    OfficeMonthsTitle => "Realisasi per kantor", "Achieved per office";
    OneOfficeTitle => "Ketik atau ubah bulan satu kantor", "Type or correct one office's months";
    OfficeMonthsHelp => "Salin blok dari Excel / Google Sheets — nama kantor, lalu Jan s.d. Des, satu baris per kantor — dan tempel di sini. Sel yang ditempel mengisi bulannya; sel kosong tidak menghapus isian.", "Copy a block from Excel / Google Sheets — the office name, then Jan to Dec, one row per office — and paste it here. Pasted cells fill their months; empty cells erase nothing.";
    OfficeUnknown => "Kantor ini tidak ada di Pembagian; baris dilewati.", "This office is not in Split; the row is skipped.";
    CellBeyondDecember => "Lebih dari 12 bulan", "More than 12 months";
    OfficeMonthsApply => "Terapkan ke kantor", "Apply to the offices";
    OfficesSumNote => "Realisasi per kantor sudah diisi: realisasi per bulan di sini adalah jumlah semua kantor (sebuah bulan terhitung setelah semua kantor mengisinya); isian bulan di atas tidak dipakai.", "Offices have months entered: the section's months here are the sum of all offices (a month counts once every office has it); the months typed above are not used.";
    OwnPartShare => "% dari bagiannya", "% of its part";
    Rank => "Peringkat", "Rank";
    OfficesPasteHelp => "Salin kolom nama kantor dan bobot — atau realisasi tahun lalu sebagai bobot — lalu tempel di sini. Baris tanpa bobot berbobot 1.", "Copy the columns office name and weight — or last year's realisation as the weight — and paste them here. A row without a weight weighs 1.";
    OfficesReplace => "Ganti daftar kantor", "Replace the office list";
    OfficesUpdate => "Perbarui & tambahkan", "Update and add";
    OfficesPasteNote => "Ganti: daftar menjadi yang ditempel (kantor bernama sama tetap membawa realisasi per bulannya). Perbarui: kantor bernama sama mendapat bobot baru, yang lain ditambahkan di akhir.", "Replace: the list becomes the pasted one (an office of the same name keeps its monthly realisation). Update: an office of the same name gets the new weight, the others are added at the end.";
    CsvOfficeMonths => "CSV realisasi per kantor", "Achieved per office CSV";
    FlagOnTrack => "Sesuai", "On track";
    FlagBehind => "Tertinggal", "Behind";
    OfficePasteBadNote => "Sel bermasalah tetap diterapkan apa adanya dan ditandai; baris kantor yang tidak dikenal dilewati.", "Cells with problems are applied as typed and flagged; rows of unknown offices are skipped.";
    NotEnteredYet => "Belum diisi:", "Not entered yet:";
    OfficeCellsUnread => "Ada isian kantor yang bukan angka yang benar; tempel ulang baris itu. Bulan:", "Some office entries are not valid numbers; paste those rows again. Months:";
    PlanShape => "Rencana mengikuti bobot bulan di Pembagian:", "The plan follows the month weights of Split:";
    PlanEven => "Rata", "Even";
    PlanLebaranNote => "Asumsi Lebaran: bulan Lebaran berbobot 0,7 dan bulan sesudahnya 0,85 dari bulan biasa; bobot dapat diubah di Pembagian.", "Lebaran assumption: the month of Lebaran weighs 0.7 and the month after 0.85 of a usual month; the weights can be edited in Split.";

    // Iuran
    DeclaredIncome => "Penghasilan yang dilaporkan (Rp/bulan)", "Declared income (Rp/month)";
    WithJht => "Dengan JHT (opsional)", "With JHT (optional)";
    AverageWage => "Upah rata-rata (Rp/bulan)", "Average wage (Rp/month)";
    RiskClass => "Kelas risiko JKK", "JKK risk class";
    RiskClassShort => "kelas", "class";
    IuranWaiting => "Menunggu peserta BPU (kepesertaan dan porsi PU mitra; 0 bila semua BPU) dan penghasilan.", "Waiting for BPU participants (the partners' enrolment and PU share; 0 if all are BPU) and an income.";
    IuranPuWaiting => "Isi upah rata-rata; peserta PU berasal dari porsi PU di bagian Mitra & UMKM.", "Enter the average wage; PU participants come from the PU share under Partners & UMKM.";
    RatesTable => "Tabel tarif iuran (dapat diubah)", "Contribution rates (editable)";
    RatesInvalid => "Ada tarif yang belum valid; perhitungan menunggu.", "A rate is not valid yet; the figures wait for it.";
    RatesSource => "Sumber tarif", "Source of the rates";
    ValidFrom => "Berlaku sejak", "Valid from";
    JhtEmployer => "JHT pemberi kerja", "JHT employer";
    JhtWorker => "JHT pekerja", "JHT worker";
    JpEmployer => "JP pemberi kerja", "JP employer";
    JpWorker => "JP pekerja", "JP worker";
    JpCap => "Batas upah JP (Rp)", "JP wage cap (Rp)";
    BpuJkmFlat => "JKM tetap (Rp/bulan)", "JKM flat (Rp/month)";
    // Iuran: rate sets by date, reliefs, agent earnings (issue 15)
    RatesLaw => "PP 44/2015 (JKK, JKM), PP 46/2015 (JHT), PP 45/2015 (JP)", "PP 44/2015 (JKK, JKM), PP 46/2015 (JHT), PP 45/2015 (JP)";
    RatesSrc2023 => "batas upah JP Rp9.559.600 (BPJS Ketenagakerjaan)", "JP wage cap Rp9,559,600 (BPJS Ketenagakerjaan)";
    RatesSrc2024 => "batas upah JP Rp10.042.300 (BPJS Ketenagakerjaan)", "JP wage cap Rp10,042,300 (BPJS Ketenagakerjaan)";
    RatesSrcJkp => "PP 6/2025: 0,14% dari JKK untuk JKP; batas upah JP Rp10.042.300", "PP 6/2025: 0.14% of JKK funds JKP; JP wage cap Rp10,042,300";
    RatesSrc2025 => "PP 6/2025 (JKP); batas upah JP Rp10.547.400 (BPJS Ketenagakerjaan)", "PP 6/2025 (JKP); JP wage cap Rp10,547,400 (BPJS Ketenagakerjaan)";
    RatesSrc2026 => "PP 6/2025 (JKP); batas upah JP Rp11.086.300 (surat edaran BPJS Ketenagakerjaan; belum ada teks peraturan)", "PP 6/2025 (JKP); JP wage cap Rp11,086,300 (BPJS Ketenagakerjaan circular; no regulation text yet)";
    IuranDate => "Tanggal iuran (kosong = hari ini)", "Contribution date (empty = today)";
    RatesUsedLabel => "Tarif per", "Rates on";
    RatesFrom => "berlaku mulai", "in force from";
    RatesOwn => "Pakai tarif sendiri (tabel di bawah)", "Use my own rates (table below)";
    RatesOwnName => "Tarif sendiri", "Own rates";
    NoRatesForDate => "Belum ada tarif bawaan untuk tanggal ini (mulai 1 Mar 2023).", "No preset rates for this date (they start on 1 Mar 2023).";
    ReliefsTitle => "Keringanan iuran", "Contribution reliefs";
    ReliefTransport => "PP 50/2025: BPU pekerja transportasi (ojek, sopir, kurir) bayar 50% JKK dan JKM, Jan 2026 – Mar 2027; tidak bila iurannya dibayar APBN/APBD.", "PP 50/2025: BPU transport workers (ojek, drivers, couriers) pay 50% of JKK and JKM, Jan 2026 – Mar 2027; not when the state budget pays.";
    ReliefLabour => "PP 7/2025 jo. PP 36/2025: pemberi kerja padat karya (≥ 50 pekerja; makanan, minuman, tembakau, tekstil, pakaian, kulit, alas kaki, mainan, furnitur) bayar 50% JKK, Feb 2025 – Jan 2026.", "PP 7/2025 as extended by PP 36/2025: labour-intensive employers (≥ 50 workers; food, beverage, tobacco, textile, apparel, leather, footwear, toys, furniture) pay 50% of JKK, Feb 2025 – Jan 2026.";
    ReliefNotInForceOnDate => "Tidak berlaku pada tanggal ini.", "Not in force on this date.";
    ReliefNotInForce => "Di luar periodenya: tidak diterapkan.", "Outside its period: not applied.";
    NoteRelief => "Dibayar 50%, keringanan", "50% paid, relief of";
    NoteJkpGov => "JKP 0,36%: bagian ini dari JKK pemberi kerja, 0,22% dibayar pemerintah.", "JKP is 0.36%: this part out of the employer's JKK, 0.22% paid by the government.";
    BpuIncomeOutside => "Di luar rentang BPU Rp1.000.000 – Rp20.700.000: dihitung seperti diketik.", "Outside the BPU range Rp1,000,000 – Rp20,700,000: computed as typed.";
    AgentTitle => "Penghasilan agen Perisai", "What a Perisai agent earns";
    AgentFee => "Imbalan atas iuran", "Share of the contributions";
    AgentBonus => "Bonus bulanan (Rp)", "Monthly bonus (Rp)";
    AgentBonusFrom => "Bonus mulai dari (peserta/bulan)", "Bonus from (participants a month)";
    AgentAcqJht => "Insentif akuisisi per peserta, JKK + JKM + JHT (Rp)", "Acquisition incentive per participant, JKK + JKM + JHT (Rp)";
    AgentAcqJkkJkm => "Insentif akuisisi per peserta, JKK + JKM (Rp)", "Acquisition incentive per participant, JKK + JKM (Rp)";
    AgentAcqFrom => "Akuisisi dibayar mulai dari (peserta/bulan)", "Acquisition paid from (participants a month)";
    AgentShareEarly => "Insentif iuran, bulan kepesertaan 1–24", "Incentive on contributions, months 1–24";
    AgentShareLate => "Insentif iuran, bulan kepesertaan 25–60", "Incentive on contributions, months 25–60";
    AgentOfficeShare => "Bagian kantor Perisai (Wadah)", "The Perisai office's share";
    ActiveShareLabel => "Peserta tetap membayar", "Still paying";
    IncomeMonths => "Bulan yang ditampilkan", "Months shown";
    AgentParticipants => "Peserta baru per bulan (kosong: kuota Pembagian)", "New participants a month (empty: the Split quota)";
    AgentQuotaMonth => "Kuota per agen per bulan (Pembagian)", "Quota per agent per month (Split)";
    IncomeGoalLabel => "Penghasilan yang diinginkan per bulan (Rp)", "Income wanted a month (Rp)";
    IncomeGoalMonth => "Pada bulan ke-", "By month";
    IncAcquisition => "Insentif akuisisi, bulan", "Acquisition incentive, month";
    IncContributions => "Insentif iuran, bulan", "Incentive on contributions, month";
    IncIncome => "Penghasilan agen, bulan", "Agent's income, month";
    IncOffice => "Bagian kantor Perisai (Wadah), bulan", "The Perisai office's (Wadah's) share, month";
    IncTotal => "Jumlah penghasilan agen, bulan", "Agent's income added up, months";
    IncAcquisitionTotal => "Jumlah insentif akuisisi, bulan", "Acquisition incentives added up, months";
    IncContributionsTotal => "Jumlah insentif iuran, bulan", "Incentives on contributions added up, months";
    IncGoalRecruits => "Peserta baru per bulan untuk penghasilan itu pada bulan", "New participants a month for that income in month";
    ActiveContributions => "Iuran peserta aktif", "Contributions of active participants";
    NoteAcqFrom => "Insentif akuisisi dibayar mulai dari peserta baru sebulan:", "Acquisition incentive paid from new participants a month:";
    NoteAcqBelow => "Tanpa insentif akuisisi: peserta baru bulan ini kurang dari", "No acquisition incentive: this month's new participants are fewer than";
    NoteActiveShare => "Asumsi, bagian peserta yang tetap membayar tiap bulan setelah bulan pertama:", "Assumed share still paying in each month after the first:";
    NoteOfficeNotAgent => "Milik kantor Perisai (Wadah), tidak ditambahkan ke penghasilan agen.", "The office's, not added to the agent's income.";
    IuranCsv => "CSV iuran", "Contributions CSV";

    // Keep and share
    SummaryTitle => "Ringkasan target kepesertaan (Target UMKM)", "Participant target summary (Target UMKM)";
    GapToTarget => "Kekurangan terhadap target", "Gap to the target";
    SummaryFooter => "Dihitung di perangkat dengan Target UMKM; angka perkiraan.", "Computed on-device with Target UMKM; estimates.";

    PasteTitle => "Tempel dari Excel / Google Sheets", "Paste from Excel / Google Sheets";
    PasteHelp => "Salin kolom: nama mitra, UMKM binaan, pekerja per UMKM, kepesertaan (%) — lalu tempel di sini. Angka cara Indonesia maupun Inggris diterima.", "Copy the columns: partner name, fostered UMKM, workers per UMKM, enrolment (%) — and paste them here. Indonesian and English number formats are both accepted.";
    Rows => "baris", "row|rows";
    PasteRowsWithErrors => "dengan masalah", "with problems";
    PastePreview => "Pratinjau baris yang ditempel", "Preview of the pasted rows";
    PasteStatus => "Keterangan", "Status";
    PasteApply => "Tambahkan", "Add";
    PasteMore => "Pratinjau menampilkan 200 baris pertama; semua baris akan ditambahkan.", "The preview shows the first 200 rows; all rows will be added.";
    PasteBadNote => "Baris bermasalah tetap ditambahkan apa adanya dan ditandai, agar bisa diperbaiki tanpa mengetik ulang.", "Rows with problems are added as typed and flagged, so they can be fixed without retyping.";
    SectionKeep => "Simpan & bagikan", "Save & share";
    SectionLoading => "Memuat bagian ini…", "Loading this section…";
    SectionLoadFailed => "Bagian ini gagal dimuat. Periksa koneksi, lalu coba lagi. Isian Anda tetap ada.", "This section could not load. Check the connection, then try again. What you typed is kept.";
    TryAgain => "Coba lagi", "Try again";
    OfflineNeedsHttps => "Di halaman http ini aplikasi tidak bisa dipakai tanpa koneksi: browser hanya mengizinkannya lewat https.", "On this http page the app cannot work offline: browsers allow that only over https.";
    AutosaveNote => "Pekerjaan Anda tersimpan otomatis di perangkat ini dan dibuka lagi pada kunjungan berikutnya.", "Your work is saved automatically on this device and reopened on your next visit.";
    Scenarios => "Skenario tersimpan", "Saved scenarios";
    ScenarioName => "Nama skenario", "Scenario name";
    ScenarioNamePlaceholder => "mis. Kunjungan Sampoerna", "e.g. Sampoerna visit";
    SaveScenario => "Simpan sebagai skenario", "Save as scenario";
    Untitled => "Tanpa nama", "Untitled";
    NoScenarios => "Belum ada skenario tersimpan.", "No saved scenarios yet.";
    Open => "Buka", "Open";
    Copy => "salinan", "copy";
    Undo => "Urungkan", "Undo";
    ScenarioSaved => "Skenario disimpan.", "Scenario saved.";
    ScenarioRenamed => "Nama skenario diubah.", "Scenario renamed.";
    ScenarioDeleted => "Skenario dihapus:", "Scenario deleted:";
    ScenarioRestored => "Skenario dikembalikan.", "Scenario restored.";
    ScenarioOpened => "Dibuka:", "Opened:";
    Compare => "Bandingkan dua skenario", "Compare two scenarios";
    Figure => "Angka", "Figure";
    Share => "Bagikan", "Share";
    CopyShareLink => "Salin tautan skenario", "Copy scenario link";
    CopySummary => "Salin ringkasan untuk WhatsApp", "Copy summary for WhatsApp";
    ShareLinkLabel => "Tautan (berisi seluruh skenario; tidak dikirim ke server):", "Link (carries the whole scenario; never sent to a server):";
    SummaryLabel => "Ringkasan:", "Summary:";
    ShareLinkVia => "Bagikan tautan…", "Share link…";
    ShareSummaryVia => "Bagikan ringkasan…", "Share summary…";
    QrLabel => "Kode QR tautan skenario", "QR code of the scenario link";
    QrCaption => "Pindai dengan kamera ponsel lain untuk membuka skenario ini.", "Scan it with another phone's camera to open this scenario.";
    QrTooLong => "Skenario ini terlalu besar untuk kode QR: bagikan tautannya.", "This scenario is too large for a QR code: share the link instead.";
    BackupTitle => "Cadangan di berkas", "Backup file";
    BackupWhy => "Browser seperti Safari di iOS dapat menghapus data situs setelah beberapa hari tidak dikunjungi. Unduh cadangan sesekali, atau pasang aplikasi di layar utama agar datanya tetap tersimpan.", "Browsers such as Safari on iOS may clear a site's data after some days without a visit. Download a backup now and then, or install the app on the home screen to keep its data.";
    BackupDownload => "Unduh cadangan (pekerjaan + semua skenario)", "Download backup (work + every scenario)";
    BackupOpen => "Buka berkas cadangan", "Open a backup file";
    BackupMade => "Cadangan dibuat", "Backup made";
    BackupHolds => "Mitra di pekerjaan saat ini:", "Partners in the current work:";
    BackupScenarios => "Skenario di berkas:", "Scenarios in the file:";
    BackupAddScenarios => "Tambahkan skenarionya", "Add its scenarios";
    BackupOpenWork => "Buka pekerjaannya (mengganti yang tampil)", "Open its work (replaces the one on screen)";
    BackupAdded => "Skenario dari berkas ditambahkan:", "Scenarios added from the file:";
    BackupNothingNew => "Semua skenario di berkas sudah ada di daftar.", "Every scenario in the file is already in the list.";
    BackupWorkOpened => "Pekerjaan dari berkas cadangan dibuka.", "The backup file's work is open.";
    FromBackupFile => "dari berkas", "from the file";
    BackupForeign => "Berkas ini bukan cadangan Target UMKM. Tidak ada yang diubah.", "This file is not a Target UMKM backup. Nothing was changed.";
    BackupDamaged => "Berkas cadangan rusak atau terpotong. Tidak ada yang diubah.", "The backup file is damaged or cut short. Nothing was changed.";
    BackupNewer => "Berkas dibuat oleh versi aplikasi yang lebih baru. Muat ulang aplikasi. Tidak ada yang diubah.", "The file was made by a newer version of the app. Reload the app. Nothing was changed.";
    BackupTooLarge => "Berkas terlalu besar untuk cadangan (lebih dari 5 MB). Tidak ada yang diubah.", "The file is too large for a backup (over 5 MB). Nothing was changed.";
    Copied => "Tersalin.", "Copied.";
    CopyManually => "Tidak dapat menyalin otomatis: pilih teks di bawah lalu salin.", "Could not copy automatically: select the text below and copy it.";
    Export => "Unduh & cetak", "Download & print";
    CsvPartners => "CSV daftar mitra", "Partner list CSV";
    CsvOffices => "CSV pembagian per kantor", "Office split CSV";
    Print => "Cetak (A4)", "Print (A4)";
    ClosePrint => "Tutup tampilan cetak", "Close print view";
    CsvNote => "CSV mengikuti bahasa yang dipakai: Indonesia dengan pemisah ; dan koma desimal, English dengan pemisah , dan titik desimal.", "CSV follows the current language: Indonesian with ; and a decimal comma, English with , and a decimal point.";
    SharedNotice => "Anda membuka skenario dari tautan. Pekerjaan Anda sendiri tidak diubah dan tidak ditimpa.", "You opened a scenario from a link. Your own work is unchanged and will not be overwritten.";
    SaveSharedAsScenario => "Simpan sebagai skenario", "Save as a scenario";
    UseSharedAsMine => "Jadikan pekerjaan saya", "Make it my work";
    BackToMine => "Kembali ke pekerjaan saya", "Back to my work";
    SharedScenarioName => "Dari tautan", "From a link";
    ConfirmReplaceOwn => "Ganti pekerjaan yang sedang tampil? Simpan dulu sebagai skenario bila masih diperlukan.", "Replace the work on screen? Save it as a scenario first if you still need it.";
    ShareTooLong => "Tautan terlalu panjang untuk dibuka. Tidak ada yang diubah.", "The link is too long to open. Nothing was changed.";
    ShareDamaged => "Tautan rusak atau terpotong. Tidak ada yang diubah.", "The link is damaged or cut short. Nothing was changed.";
    ShareNewer => "Tautan dibuat oleh versi aplikasi yang lebih baru. Muat ulang aplikasi. Tidak ada yang diubah.", "The link was made by a newer version of the app. Reload the app. Nothing was changed.";
    ShareInvalid => "Isi tautan tidak valid. Tidak ada yang diubah.", "The link's contents are not valid. Nothing was changed.";
    ShareBrowserTooOld => "Browser ini terlalu lama untuk membuka tautan pendek. Perbarui browser, lalu buka tautannya lagi. Tidak ada yang diubah.", "This browser is too old to open short links. Update it, then open the link again. Nothing was changed.";
    SavedUnreadable => "Data tersimpan tidak dapat dibaca, jadi aplikasi mulai dengan isian bawaan. Data lama disimpan utuh sebagai cadangan.", "Saved data could not be read, so the app started with defaults. The old data is kept untouched as a backup.";
    SavedNewer => "Data tersimpan dibuat oleh versi aplikasi yang lebih baru, jadi aplikasi mulai dengan isian bawaan. Data itu disimpan utuh sebagai cadangan.", "Saved data was written by a newer version of the app, so the app started with defaults. That data is kept untouched as a backup.";
    DownloadBackup => "Unduh cadangan", "Download the backup";
    StorageUnavailable => "Penyimpanan di perangkat ini tidak tersedia: pekerjaan tidak akan tersimpan setelah halaman ditutup. Semua tetap bisa dihitung.", "Storage is not available here: work will not be kept after the page is closed. Everything still computes.";
    Dismiss => "Tutup", "Dismiss";

    // Show the math
    ShowMath => "lihat cara menghitung", "show how it was computed";
    RoundFn => "bulatkan", "round";
    UnitPoints => "poin persentase", "percentage points";
    UnitYears => "tahun", "year|years";
    UnitDays => "hari", "day|days";
    UnitWorkingDays => "hari kerja", "working day|working days";
    UnitWeeks => "minggu", "week|weeks";
    UnitMonths => "bulan", "month|months";
    ExpectedPu => "Perkiraan peserta PU", "Expected PU participants";
    ExpectedBpu => "Perkiraan peserta BPU", "Expected BPU participants";
    ShareOfTarget => "Porsi dari target", "Share of the target";
    WeightedExpected => "Perkiraan peserta tertimbang", "Weighted expected participants";
    WeightedShare => "Porsi tertimbang dari target", "Weighted share of the target";
    Stage => "Tahap", "Stage";
    StageNone => "Tanpa tahap (dihitung penuh)", "No stage (counted in full)";
    StageProspect => "Prospek", "Prospect";
    StageAgreed => "Sepakat / MoU", "Agreed / MoU";
    StageData => "Data diterima", "Data received";
    StageEnrolling => "Pendaftaran berjalan", "Enrolment under way";
    StageDone => "Selesai", "Done";
    StageOddsTitle => "Peluang per tahap (asumsi)", "Probability per stage (assumptions)";
    StageOddsHelp => "Perkiraan tertimbang = perkiraan peserta × peluang tahap mitra. Angka bawaan adalah asumsi; ubah sesuai pengalaman cabang.", "Weighted = expected participants × the probability of the partner's stage. The defaults are assumptions; change them to your branch's experience.";
    ErrRangeReversed => "Ujung bawah lebih besar dari ujung atas. Tulis angka yang lebih kecil dulu:", "The low end is above the high end. Write the smaller first:";
    ErrRangeOpen => "Rentang belum lengkap: tulis kedua ujungnya, mis. 10–30.", "The range is incomplete: write both ends, e.g. 10–30.";
    ErrRangeMixed => "Kedua ujung rentang harus bersatuan sama.", "Both ends of the range must be in the same unit.";
    RangeHighEnd => "Ujung atas", "High end";
    RangeLowEnd => "Ujung bawah", "Low end";
    CsvLowEnd => "ujung bawah", "low end";
    CsvHighEnd => "ujung atas", "high end";
    GoalTitle => "Yang menutup kekurangan", "What closes the gap";
    GoalGap => "Kekurangan terhadap target", "Gap to the target";
    GoalClosed => "Perkiraan dari mitra sudah menutup target ini.", "The pipeline already covers this target.";
    GoalMoreUmkm => "UMKM binaan tambahan (rata-rata mitra yang ada)", "More fostered UMKM (at today's partners' averages)";
    GoalEnrolment => "Kepesertaan yang dibutuhkan semua mitra", "Enrolment all partners would need";
    GoalMorePartners => "Mitra tambahan sebesar mitra terbesar", "More partners the size of the largest";
    GoalLargest => "Mitra terbesar", "The largest partner";
    GoalAgents => "Agen yang dibutuhkan untuk kekurangan", "Agents needed for the gap";
    GoalNeedsPipeline => "Menunggu mitra dengan UMKM dan kepesertaan.", "Waiting for a partner with UMKM and enrolment.";
    GoalNeedsTarget => "Menunggu target untuk segmen ini.", "Waiting for a target for this segment.";
    NoteBeyondFull => "Tidak mungkin dengan kepesertaan saja: 100% pun hanya menutup", "Impossible by enrolment alone: even 100% covers only";
    NoteOfTarget => "dari target.", "of the target.";
    NoteGapClosed => "Perkiraan dari mitra sudah menutup target: tidak perlu tambahan.", "The pipeline already covers the target: nothing more is needed.";
    Target => "Target", "Target";
    Growth => "Pertumbuhan", "Growth";
    ImpliedGrowth => "Pertumbuhan tersirat", "Implied growth";
    Base => "Dasar (tahun lalu)", "Base (last year)";
    TargetAtStatedGrowth => "Target bila pertumbuhan sesuai yang tertulis", "Target at the stated growth";
    BaseAtStatedGrowth => "Dasar bila pertumbuhan sesuai yang tertulis", "Base at the stated growth";
    ProjectionYear => "Proyeksi tahun ke-", "Projection, year";
    ExactShare => "Porsi tepat", "Exact share";
    Part => "Bagian", "Part";
    Quota => "Kuota", "Quota";
    AgentShare => "Porsi tepat per agen", "Exact share per agent";
    AgentQuota => "Kuota per agen", "Quota per agent";
    DailyQuota => "Kuota per hari kerja", "Quota per working day";
    AgentsNeeded => "Agen yang dibutuhkan", "Agents needed";
    AchievedFraction => "Capaian", "Achieved";
    Remaining => "Sisa target", "Remaining";
    ElapsedFraction => "Bagian tahun yang sudah lewat", "Part of the year gone";
    ExpectedByNow => "Seharusnya tercapai saat ini", "Expected by now";
    RequiredPerMonth => "Perlu per bulan", "Needed per month";
    RequiredPerWeek => "Perlu per minggu", "Needed per week";
    RequiredPerWorkingDay => "Perlu per hari kerja", "Needed per working day";
    IuranEmployer => "Bagian pemberi kerja per pekerja per bulan", "Employer's part per worker per month";
    IuranWorker => "Bagian pekerja per bulan", "Worker's part per month";
    IuranPerWorker => "Iuran per pekerja per bulan", "Contribution per worker per month";
    IuranMonthly => "Iuran per bulan", "Contributions per month";
    ActivePaying => "peserta aktif", "active participants";
    IuranMonthlyActive => "Iuran per bulan, peserta aktif", "Contributions per month, active participants";
    IuranYearlyActive => "Iuran per tahun, peserta aktif", "Contributions per year, active participants";
    IuranYearly => "Iuran per tahun", "Contributions per year";
    SegTotal => "Total peserta baru", "All new participants";
    SegPu => "PU (penerima upah)", "PU (wage earners)";
    SegBpu => "BPU (bukan penerima upah)", "BPU (non-wage earners)";
    SegJakon => "Jakon (jasa konstruksi)", "Jakon (construction)";
    SegPmi => "PMI (pekerja migran)", "PMI (migrant workers)";
    SegEntities => "Badan usaha baru", "New business entities";
    SegOther => "Lainnya (Jakon, PMI, dll.)", "Other (Jakon, PMI, etc.)";
    Stated => "tertulis", "stated";
    Implied => "tersirat", "implied";
    NoteRoundedUp => "Dibulatkan ke atas: pecahan tetap dihitung satu.", "Rounded up: a part of one still counts as one.";
    NoteLr => "Bagian bulat dengan metode sisa terbesar, sehingga jumlah semua bagian tepat sama dengan total.", "Whole part by largest remainder, so all parts add up exactly to the total.";
    NoteLrExtra => "Mendapat satu tambahan dari sisa terbesar, sehingga jumlah semua bagian tepat sama dengan total.", "Got one extra by largest remainder, so all parts add up exactly to the total.";
    NoteQuotasExceed => "Karena tiap kuota dibulatkan ke atas, jumlah kuota bisa sedikit melebihi total.", "Each quota is rounded up, so together they may slightly exceed the total.";
    NoteAuditWarn => "Perhatian — pertumbuhan tertulis dan tersirat berbeda lebih dari 0,5 poin:", "Please check — the stated and implied growth differ by more than 0.5 points:";
    NoteAuditOk => "Pertumbuhan tertulis dan tersirat selaras (selisih ≤ 0,5 poin):", "Stated and implied growth agree (within 0.5 points):";
    NoteOtherNegative => "Jumlah segmen melebihi total: periksa angka yang dimasukkan.", "The segments add up to more than the total: check the figures.";
    NoteCompanies => "Badan usaha dihitung sebagai perusahaan, tidak dijumlahkan dengan orang.", "Business entities are companies and are not added to people.";
    NoteHalfUp => "Dibulatkan ke rupiah penuh per pekerja per bulan.", "Rounded to whole Rupiah per worker per month.";
    NoteJpCapped => "Upah untuk JP dibatasi pada", "The wage for JP is capped at";
    NoteTargetReached => "Target sudah tercapai.", "The target is reached.";
    NotePeriodOver => "Periode sudah habis sementara target belum tercapai.", "The period is over while part of the target remains.";
    NoteMonToFri => "Hari kerja Senin–Jumat; hari libur nasional tidak diperhitungkan.", "Working days are Monday to Friday; public holidays are not counted.";
    NoteMonthWeighted => "Bagian tahun dihitung dengan bobot bulan.", "The part of the year is weighted by month.";

    // Offline and embedding
    UpdateAvailable => "Versi baru tersedia — muat ulang", "New version available — reload";
    UpdateReload => "Muat ulang", "Reload";
    AboutTitle => "Tentang aplikasi", "About the app";
    AboutText => "Tanpa analitik, tanpa iklan, dan tanpa permintaan ke situs lain mana pun: aplikasi hanya memuat berkasnya sendiri.", "No analytics, no ads, and no request to any other site: the app loads only its own files.";
    PrefillProblems => "Tautan ini berisi parameter yang tidak dapat dipakai, jadi tidak ada yang diisi dari tautan:", "This link has parameters that cannot be used, so nothing was filled in from it:";
    PrefillRepeated => "parameter ini muncul lebih dari sekali.", "this parameter is given more than once.";
    PrefillUnknownLanguage => "bahasa tidak dikenal; pakai id atau en.", "unknown language; use id or en.";
    PrefillUnknownSection => "bagian tidak dikenal; pakai summary, partners, targets, split, progress atau iuran.", "unknown section; use summary, partners, targets, split, progress or iuran.";
    PrefillUnknownLine => "baris target tidak dikenal; pakai total, pu, bpu, jakon, pmi atau entities.", "unknown target line; use total, pu, bpu, jakon, pmi or entities.";
    PrefillNotPlainNumber => "tulis angka polos: hanya angka, titik untuk desimal (mis. 3.5).", "write a plain number: digits only, a point for decimals (e.g. 3.5).";
    PrefillWholeDigitsOnly => "bilangan bulat: hanya angka, tanpa pemisah ribuan (mis. 108000).", "a whole number: digits only, no thousands separator (e.g. 108000).";
    PrefillTooManyPartners => "terlalu banyak mitra; paling banyak", "too many partners; at most";
    PrefillTooManyPartnerParts => "mitra ditulis nama:umkm:pekerja:kepesertaan:porsi_pu — bagiannya terlalu banyak.", "a partner is name:umkm:workers:enrolment:pu_share — this one has too many parts.";
    InstallApp => "Pasang di layar utama", "Install on home screen";
    InstallIosHint => "Di iPhone: ketuk Bagikan, lalu Tambah ke Layar Utama.", "On iPhone: tap Share, then Add to Home Screen.";
}

#[cfg(test)]
mod tests;
