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
    UmkmCount => "UMKM binaan", "Fostered UMKM";
    WorkersPerUmkm => "Pekerja per UMKM", "Workers per UMKM";
    Enrolment => "Kepesertaan (%)", "Enrolment (%)";
    PuShare => "Porsi PU (%)", "PU share (%)";
    PotentialWorkers => "Potensi tenaga kerja", "Potential workers";
    ExpectedParticipants => "Perkiraan peserta baru", "Expected new participants";
    CannotCompute => "Tidak dapat dihitung: angka terlalu besar.", "Cannot be computed: the numbers are too large.";
    // After a count of rows ("2 baris belum lengkap…", "1 row incomplete…").
    RowsWaiting => "belum lengkap, tidak ikut dijumlahkan.", "incomplete, not included in the total.";

    // Reading numbers
    ErrEmpty => "Isi angka.", "Enter a number.";
    ConfirmFillArticle => "Ganti target yang sudah diisi dengan contoh dari artikel 2019?", "Replace the targets you entered with the 2019 article's example?";
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
    TotalTarget => "Target peserta baru", "New participant target";

    // Targets
    FillArticle => "Isi contoh: target Jatim 2019", "Fill example: East Java 2019 targets";
    GrowthPct => "Pertumbuhan (%)", "Growth (%)";
    NeedTwoOfThree => "Isi dua dari tiga angka.", "Fill in two of the three figures.";
    ErrZeroBase => "Tidak dapat membagi dengan nol.", "Cannot divide by zero.";
    ErrOutOfRangeCalc => "Angka di luar rentang yang masuk akal.", "A figure is outside a sensible range.";
    ErrDate => "Tanggal tidak valid.", "Not a valid date.";
    ErrZeroWeights => "Semua bobot nol: tidak ada dasar pembagian.", "All weights are zero: nothing to split by.";
    ErrNothingToSplit => "Tidak ada yang dibagi.", "Nothing to split over.";
    ProjectionYears => "Jumlah tahun", "Number of years";

    // Split
    SplitWaiting => "Menunggu target:", "Waiting for a target:";
    AgentsPerOffice => "Agen per kantor", "Agents per office";
    WorkingDaysPerMonth => "Hari kerja per bulan", "Working days per month";
    Office => "Kantor", "Office";
    Weight => "Bobot", "Weight";
    Month => "Bulan", "Month";
    Sum => "Jumlah", "Sum";
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
    CellBeyondDecember => "Lebih dari 12 bulan", "More than 12 months";
    OwnPartShare => "% dari bagiannya", "% of its part";

    // Iuran
    DeclaredIncome => "Penghasilan yang dilaporkan (Rp/bulan)", "Declared income (Rp/month)";
    AverageWage => "Upah rata-rata (Rp/bulan)", "Average wage (Rp/month)";
    RiskClassShort => "kelas", "class";
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
    ReliefTransport => "PP 50/2025: BPU pekerja transportasi (ojek, sopir, kurir) bayar 50% JKK dan JKM, Jan 2026 – Mar 2027; tidak bila iurannya dibayar APBN/APBD.", "PP 50/2025: BPU transport workers (ojek, drivers, couriers) pay 50% of JKK and JKM, Jan 2026 – Mar 2027; not when the state budget pays.";
    ReliefLabour => "PP 7/2025 jo. PP 36/2025: pemberi kerja padat karya (≥ 50 pekerja; makanan, minuman, tembakau, tekstil, pakaian, kulit, alas kaki, mainan, furnitur) bayar 50% JKK, Feb 2025 – Jan 2026.", "PP 7/2025 as extended by PP 36/2025: labour-intensive employers (≥ 50 workers; food, beverage, tobacco, textile, apparel, leather, footwear, toys, furniture) pay 50% of JKK, Feb 2025 – Jan 2026.";
    NoteRelief => "Dibayar 50%, keringanan", "50% paid, relief of";
    NoteJkpGov => "JKP 0,36%: bagian ini dari JKK pemberi kerja, 0,22% dibayar pemerintah.", "JKP is 0.36%: this part out of the employer's JKK, 0.22% paid by the government.";
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

    // Keep and share
    SummaryTitle => "Ringkasan target kepesertaan (Target UMKM)", "Participant target summary (Target UMKM)";
    GapToTarget => "Kekurangan terhadap target", "Gap to the target";
    SummaryFooter => "Dihitung di perangkat dengan Target UMKM; angka perkiraan.", "Computed on-device with Target UMKM; estimates.";

    Rows => "baris", "row|rows";
    SectionKeep => "Simpan & bagikan", "Save & share";
    SectionLoading => "Memuat bagian ini…", "Loading this section…";
    SectionLoadFailed => "Bagian ini gagal dimuat. Periksa koneksi, lalu coba lagi. Isian Anda tetap ada.", "This section could not load. Check the connection, then try again. What you typed is kept.";
    TryAgain => "Coba lagi", "Try again";
    Untitled => "Tanpa nama", "Untitled";
    Copy => "salinan", "copy";
    ScenarioSaved => "Skenario disimpan.", "Scenario saved.";
    ScenarioRenamed => "Nama skenario diubah.", "Scenario renamed.";
    ScenarioDeleted => "Skenario dihapus:", "Scenario deleted:";
    ScenarioRestored => "Skenario dikembalikan.", "Scenario restored.";
    ScenarioOpened => "Dibuka:", "Opened:";
    QrLabel => "Kode QR tautan skenario", "QR code of the scenario link";
    QrCaption => "Pindai dengan kamera ponsel lain untuk membuka skenario ini.", "Scan it with another phone's camera to open this scenario.";
    QrTooLong => "Skenario ini terlalu besar untuk kode QR: bagikan tautannya.", "This scenario is too large for a QR code: share the link instead.";
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
    ClosePrint => "Tutup tampilan cetak", "Close print view";
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
    StageProspect => "Prospek", "Prospect";
    StageAgreed => "Sepakat / MoU", "Agreed / MoU";
    StageData => "Data diterima", "Data received";
    StageEnrolling => "Pendaftaran berjalan", "Enrolment under way";
    StageDone => "Selesai", "Done";
    StageOddsTitle => "Peluang per tahap (asumsi)", "Probability per stage (assumptions)";
    ErrRangeReversed => "Ujung bawah lebih besar dari ujung atas. Tulis angka yang lebih kecil dulu:", "The low end is above the high end. Write the smaller first:";
    ErrRangeOpen => "Rentang belum lengkap: tulis kedua ujungnya, mis. 10–30.", "The range is incomplete: write both ends, e.g. 10–30.";
    ErrRangeMixed => "Kedua ujung rentang harus bersatuan sama.", "Both ends of the range must be in the same unit.";
    RangeHighEnd => "Ujung atas", "High end";
    RangeLowEnd => "Ujung bawah", "Low end";
    CsvLowEnd => "ujung bawah", "low end";
    CsvHighEnd => "ujung atas", "high end";
    GoalGap => "Kekurangan terhadap target", "Gap to the target";
    GoalMoreUmkm => "UMKM binaan tambahan (rata-rata mitra yang ada)", "More fostered UMKM (at today's partners' averages)";
    GoalEnrolment => "Kepesertaan yang dibutuhkan semua mitra", "Enrolment all partners would need";
    GoalMorePartners => "Mitra tambahan sebesar mitra terbesar", "More partners the size of the largest";
    GoalLargest => "Mitra terbesar", "The largest partner";
    GoalAgents => "Agen yang dibutuhkan untuk kekurangan", "Agents needed for the gap";
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
