//! The strings only the sections loaded on demand use (an agent's income
//! in *Iuran*): Indonesian first, English second, as in the first table. A
//! string any first-screen code uses belongs in [`super::T`].

use super::Lang;

strings! {
    L, LATER_KEYS, later;
    AgentTermsInForce => "Ketentuan yang berlaku", "Terms in force";
    AgentTermsSince => "berlaku sejak", "in force since";
    AgentTermsEdited => "diubah", "edited";
    AgentTermsSource => "Sumber", "Source";
    AgentTermsEdit => "Ketentuan (dapat diubah)", "The terms (editable)";
    AgentTable => "Tabel per bulan", "Month by month";
    AgentPerParticipant => "Iuran per peserta per bulan", "Contribution per participant a month";
    AgentHistory => "Riwayat, tidak berlaku lagi", "History, no longer in force";
    AgentNotYet => "Belum berlaku pada tanggal ini", "Not yet in force on this date";
    ActiveShareSource => "Bawaan 75,47%: Jatim 12/2023 (Kemnaker).", "Default 75.47%: E. Java 12/2023 (Kemnaker).";
    ActiveShareCounts => "Bawaan: Jawa Timur, Desember 2023, 4.583.246 peserta aktif dari 6.072.625 terdaftar (Kemnaker Satu Data).", "Default: East Java, December 2023, 4,583,246 active participants of 6,072,625 registered (Kemnaker Satu Data).";
    AgentRecruitsQuota => "Peserta baru per bulan: kuota per agen dari Pembagian", "New participants a month: the quota per agent from Split";
    AgentActiveAbove => "Peserta tetap membayar (di atas)", "Participants still paying (above)";
    AgentPackage => "Paket dan penghasilan: dari kartu BPU di atas", "Package and income: from the BPU card above";
    AgentWaiting => "Menunggu peserta baru per bulan (atau kuota Pembagian) dan penghasilan BPU.", "Waiting for new participants a month (or the Split quota) and a BPU income.";
    AgentMonth1 => "Bulan pertama", "First month";
    AgentCsvMonth1 => "Penghasilan agen Perisai, bulan pertama", "A Perisai agent's income, first month";
    AgentCsvYear => "Penghasilan agen Perisai, setahun pertama", "A Perisai agent's income, the first year";
    AgentMonthN => "Bulan ke-", "Month ";
    AgentYear => "Setahun pertama", "The first year";
    AgentFromAcq => "dari akuisisi", "from acquisition";
    AgentFromContrib => "dari iuran", "from contributions";
    AgentBelowThreshold => "Di bawah ambang: tidak ada insentif akuisisi bulan itu.", "Below the threshold: no acquisition incentive that month.";
    AgentChart => "Penghasilan per bulan: akuisisi dan iuran", "Income a month: acquisition and contributions";
    AgentTableMonth => "Bulan", "Month";
    AgentTableTotal => "Jumlah", "Total";
    IncomeGoalTitle => "Target penghasilan", "Income goal";
    IncomeGoalNeeded => "Peserta baru yang dibutuhkan per bulan", "New participants needed a month";
    IncomeGoalWithin => "Dalam kapasitas per agen (Pembagian):", "Within the capacity per agent (Split):";
    IncomeGoalBeyond => "Di atas kapasitas per agen (Pembagian):", "Above the capacity per agent (Split):";
    IncomeGoalOut => "Tidak tercapai, bahkan dengan 1.000.000 peserta baru sebulan.", "Out of reach, even with 1,000,000 new participants a month.";
    IncomeGoalWaiting => "Ketik penghasilan yang diinginkan.", "Type the income wanted.";
    SponsorToggle => "Bila mitra menanggung iuran pekerjanya", "If the partner pays its workers' contributions";
    SponsorNote => "Sertakan / CSR: paket terkecil (JKK + JKM, penghasilan terendah), pada tarif bagian Iuran.", "Sertakan / CSR: the smallest package (JKK + JKM, the lowest income), at the rates of the Iuran section.";
    SponsorAll => "Semua pekerja potensial", "All potential workers";
    SponsorExpected => "Perkiraan peserta baru", "Expected new participants";
    PerMonth => " per bulan", " a month";
    PerYear => " per tahun", " a year";
}
