//! The social security programmes ([`Program`]) and the relief programmes
//! ([`Relief`]) that contributions and their working name. Below both
//! `iuran` (which computes with them) and `explain` (which names them).

use super::date::Date;

/// A social security programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Program {
    /// Jaminan Kecelakaan Kerja (work accident).
    Jkk,
    /// Jaminan Kematian (death).
    Jkm,
    /// Jaminan Hari Tua (old-age savings).
    Jht,
    /// Jaminan Pensiun (pension), PU only.
    Jp,
    /// Jaminan Kehilangan Pekerjaan (job loss), PU only: since PP 6/2025
    /// funded by 0,14 % of the wage taken out of the employer's JKK.
    Jkp,
}

impl Program {
    /// The programme's abbreviation, the same in both languages.
    pub fn abbreviation(self) -> &'static str {
        match self {
            Program::Jkk => "JKK",
            Program::Jkm => "JKM",
            Program::Jht => "JHT",
            Program::Jp => "JP",
            Program::Jkp => "JKP",
        }
    }
}

/// A relief programme: a share of some contributions waived for a period,
/// for those who qualify (the user says whether they do, with a switch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relief {
    /// PP 50/2025: BPU transport workers (online and base ojek, drivers,
    /// couriers) pay 50 % of JKK and JKM, January 2026 to March 2027; not
    /// those whose contribution the state budget pays.
    Transport,
    /// PP 7/2025 as extended by PP 36/2025: employers of 50 or more workers
    /// in certain labour-intensive industries pay 50 % of JKK, contributions
    /// of February 2025 to January 2026.
    LabourIntensive,
}

impl Relief {
    /// Every relief, in the order the view lists them.
    pub const ALL: [Relief; 2] = [Relief::Transport, Relief::LabourIntensive];

    /// The first and the last day of the contribution months it covers.
    pub fn period(self) -> (Date, Date) {
        let d = |year, month, day| Date { year, month, day };
        match self {
            Relief::Transport => (d(2026, 1, 1), d(2027, 3, 31)),
            Relief::LabourIntensive => (d(2025, 2, 1), d(2026, 1, 31)),
        }
    }

    /// Whether `date` is inside its period.
    pub fn in_force(self, date: Date) -> bool {
        let (from, to) = self.period();
        from <= date && date <= to
    }

    /// The regulation, by its number (the same in both languages).
    pub fn law(self) -> &'static str {
        match self {
            Relief::Transport => "PP 50/2025",
            Relief::LabourIntensive => "PP 7/2025 jo. PP 36/2025",
        }
    }

    /// The share of the contribution still paid, fraction.
    pub fn pays(self) -> f64 {
        0.5
    }
}
