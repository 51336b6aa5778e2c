//! Contributions (iuran), for an optional estimate (DOMAIN.md "Contribution
//! rates"). Rates change by regulation, so they live in one dated, editable
//! table, [`Rates`], whose default is DOMAIN.md's figures.
//!
//! Money is whole Rupiah. Each programme is computed unrounded; the
//! contribution is rounded half-up once per worker per month (for PU, the
//! employer's and the worker's parts separately, since each pays its own);
//! monthly and yearly totals are those whole amounts times workers and
//! months, so they are exact.

use super::explain::{num, q, Bracket, Explain, Explanation, Figure, Func, Note, Op, Token, Unit};
use super::num::{count, fraction, non_negative, result, round_half_up_u64};
use super::progress::Date;
use super::CalcError;

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
}

impl Program {
    /// The programme's abbreviation, the same in both languages.
    pub fn abbreviation(self) -> &'static str {
        match self {
            Program::Jkk => "JKK",
            Program::Jkm => "JKM",
            Program::Jht => "JHT",
            Program::Jp => "JP",
        }
    }
}

/// The contribution rates in force from a date. Fractions, except the JP
/// wage cap and the BPU JKM, which are Rupiah.
#[derive(Debug, Clone, PartialEq)]
pub struct Rates {
    /// Where the figures come from, free text.
    pub label: String,
    /// The first day these rates apply.
    pub valid_from: Date,
    /// PU JKK (employer) by risk class 1 to 5, fraction of the wage.
    pub pu_jkk: [f64; 5],
    /// PU JKM (employer), fraction of the wage.
    pub pu_jkm: f64,
    /// PU JHT, employer's part, fraction of the wage.
    pub pu_jht_employer: f64,
    /// PU JHT, worker's part, fraction of the wage.
    pub pu_jht_worker: f64,
    /// PU JP, employer's part, fraction of the wage up to the cap.
    pub pu_jp_employer: f64,
    /// PU JP, worker's part, fraction of the wage up to the cap.
    pub pu_jp_worker: f64,
    /// The monthly wage above which JP is not charged, Rupiah (changes yearly).
    pub pu_jp_wage_cap: f64,
    /// BPU JKK, fraction of declared income.
    pub bpu_jkk: f64,
    /// BPU JKM, flat Rupiah a month.
    pub bpu_jkm: f64,
    /// BPU JHT (optional), fraction of declared income.
    pub bpu_jht: f64,
}

impl Default for Rates {
    /// DOMAIN.md's table, dated from the year of its JP wage cap (2025).
    fn default() -> Self {
        Self {
            label: "DOMAIN.md; JP wage cap 2025".to_owned(),
            valid_from: Date {
                year: 2025,
                month: 1,
                day: 1,
            },
            pu_jkk: [0.0024, 0.0054, 0.0089, 0.0127, 0.0174],
            pu_jkm: 0.003,
            pu_jht_employer: 0.037,
            pu_jht_worker: 0.02,
            pu_jp_employer: 0.02,
            pu_jp_worker: 0.01,
            pu_jp_wage_cap: 10_547_400.0,
            bpu_jkk: 0.01,
            bpu_jkm: 6_800.0,
            bpu_jht: 0.02,
        }
    }
}

impl Rates {
    /// Checks every rate is a fraction 0–1, the Rupiah figures are zero or
    /// more, and the date exists.
    pub fn validate(&self) -> Result<(), CalcError> {
        self.valid_from.validate()?;
        for r in self.pu_jkk {
            fraction(r)?;
        }
        for r in [
            self.pu_jkm,
            self.pu_jht_employer,
            self.pu_jht_worker,
            self.pu_jp_employer,
            self.pu_jp_worker,
            self.bpu_jkk,
            self.bpu_jht,
        ] {
            fraction(r)?;
        }
        non_negative(self.pu_jp_wage_cap)?;
        non_negative(self.bpu_jkm)?;
        Ok(())
    }
}

/// Monthly and yearly totals from a whole amount per worker per month.
fn totals(per_worker: u64, workers: u64) -> Result<(u64, u64), CalcError> {
    let monthly = per_worker.checked_mul(workers).ok_or(CalcError::Overflow)?;
    let yearly = monthly.checked_mul(12).ok_or(CalcError::Overflow)?;
    Ok((monthly, yearly))
}

/// A BPU contribution.
#[derive(Debug, Clone, PartialEq)]
pub struct BpuIuran {
    /// Declared monthly income, Rupiah.
    pub declared_income: f64,
    /// Whether the optional JHT is taken.
    pub with_jht: bool,
    /// The JKK rate, fraction.
    pub jkk_rate: f64,
    /// The JHT rate, fraction (applied only `with_jht`).
    pub jht_rate: f64,
    /// JKK, unrounded Rupiah.
    pub jkk: f64,
    /// JKM, Rupiah.
    pub jkm: f64,
    /// JHT, unrounded Rupiah (0 without it).
    pub jht: f64,
    /// Per worker per month, whole Rupiah (half-up).
    pub per_worker: u64,
    /// Workers.
    pub workers: u64,
    /// All workers, a month.
    pub monthly: u64,
    /// All workers, a year (12 months).
    pub yearly: u64,
}

/// BPU contribution for `workers` workers who each declare
/// `declared_income` a month. Income 1,000,000 gives 16,800 a month
/// (36,800 with JHT) under the default rates.
pub fn bpu(
    rates: &Rates,
    declared_income: f64,
    with_jht: bool,
    workers: u64,
) -> Result<BpuIuran, CalcError> {
    rates.validate()?;
    let income = non_negative(declared_income)?;
    let jkk = result(income * rates.bpu_jkk)?;
    let jkm = rates.bpu_jkm;
    let jht = if with_jht {
        result(income * rates.bpu_jht)?
    } else {
        0.0
    };
    let per_worker = round_half_up_u64(result(jkk + jkm + jht)?)?;
    let (monthly, yearly) = totals(per_worker, workers)?;
    Ok(BpuIuran {
        declared_income: income,
        with_jht,
        jkk_rate: rates.bpu_jkk,
        jht_rate: rates.bpu_jht,
        jkk,
        jkm,
        jht,
        per_worker,
        workers,
        monthly,
        yearly,
    })
}

/// Steps from a whole amount per worker to monthly and yearly totals.
fn total_lines(
    per_worker: u64,
    workers: u64,
    monthly: u64,
    yearly: u64,
) -> [Explanation; 2] {
    [
        Explanation::one(
            Figure::IuranMonthly,
            vec![
                num(count(per_worker), Unit::Rupiah),
                Token::Op(Op::Mul),
                num(count(workers), Unit::People),
            ],
            q(count(monthly), Unit::Rupiah),
        ),
        Explanation::one(
            Figure::IuranYearly,
            vec![
                num(count(monthly), Unit::Rupiah),
                Token::Op(Op::Mul),
                num(12.0, Unit::Months),
            ],
            q(count(yearly), Unit::Rupiah),
        ),
    ]
}

/// `⌊ a + b + … ⌉` (rounded) tokens over Rupiah amounts.
fn rounded_sum(amounts: &[f64]) -> Vec<Token> {
    let mut tokens = vec![Token::Open(Bracket::Round)];
    for (i, a) in amounts.iter().enumerate() {
        if i > 0 {
            tokens.push(Token::Op(Op::Add));
        }
        tokens.push(num(*a, Unit::Rupiah));
    }
    tokens.push(Token::Close(Bracket::Round));
    tokens
}

impl BpuIuran {
    /// "income × rate = amount" for a programme charged on declared income.
    fn share_of_income(&self, program: Program, rate: f64, amount: f64) -> Explanation {
        Explanation::one(
            Figure::IuranProgram(program),
            vec![
                num(self.declared_income, Unit::Rupiah),
                Token::Op(Op::Mul),
                num(rate, Unit::Fraction),
            ],
            q(amount, Unit::Rupiah),
        )
    }
}

impl Explain for BpuIuran {
    fn explain(&self) -> Vec<Explanation> {
        let mut out = vec![
            self.share_of_income(Program::Jkk, self.jkk_rate, self.jkk),
            Explanation::one(
                Figure::IuranProgram(Program::Jkm),
                vec![num(self.jkm, Unit::Rupiah)],
                q(self.jkm, Unit::Rupiah),
            ),
        ];
        let mut parts = vec![self.jkk, self.jkm];
        if self.with_jht {
            out.push(self.share_of_income(Program::Jht, self.jht_rate, self.jht));
            parts.push(self.jht);
        }
        out.push(
            Explanation::one(
                Figure::IuranPerWorker,
                rounded_sum(&parts),
                q(count(self.per_worker), Unit::Rupiah),
            )
            .note(Note::RoundedHalfUp),
        );
        out.extend(total_lines(self.per_worker, self.workers, self.monthly, self.yearly));
        out
    }
}

/// A PU contribution.
#[derive(Debug, Clone, PartialEq)]
pub struct PuIuran {
    /// Average monthly wage, Rupiah.
    pub wage: f64,
    /// Risk class 1 (lowest) to 5.
    pub risk_class: u8,
    /// The JKK rate of that class, fraction.
    pub jkk_rate: f64,
    /// The JKM rate, fraction.
    pub jkm_rate: f64,
    /// JHT rates, employer and worker, fractions.
    pub jht_rates: (f64, f64),
    /// JP rates, employer and worker, fractions.
    pub jp_rates: (f64, f64),
    /// The JP cap in force, Rupiah.
    pub jp_wage_cap: f64,
    /// `min(wage, cap)`: the wage JP is charged on.
    pub jp_wage: f64,
    /// JKK, unrounded Rupiah (employer).
    pub jkk: f64,
    /// JKM, unrounded Rupiah (employer).
    pub jkm: f64,
    /// JHT employer's part, unrounded Rupiah.
    pub jht_employer: f64,
    /// JHT worker's part, unrounded Rupiah.
    pub jht_worker: f64,
    /// JP employer's part, unrounded Rupiah.
    pub jp_employer: f64,
    /// JP worker's part, unrounded Rupiah.
    pub jp_worker: f64,
    /// Employer's part per worker per month, whole Rupiah (half-up).
    pub employer: u64,
    /// Worker's part per worker per month, whole Rupiah (half-up).
    pub worker: u64,
    /// `employer + worker`.
    pub per_worker: u64,
    /// Workers.
    pub workers: u64,
    /// All workers, a month.
    pub monthly: u64,
    /// All workers, a year (12 months).
    pub yearly: u64,
}

/// PU contribution for `workers` workers earning `wage` a month on average,
/// in risk class `risk_class` (1–5, else [`CalcError::OutOfRange`]). JKK,
/// JKM and JHT are on the whole wage; JP on the wage up to the cap.
pub fn pu(rates: &Rates, wage: f64, risk_class: u8, workers: u64) -> Result<PuIuran, CalcError> {
    rates.validate()?;
    let wage = non_negative(wage)?;
    let class_index = usize::from(risk_class.checked_sub(1).ok_or(CalcError::OutOfRange)?);
    let jkk_rate = *rates.pu_jkk.get(class_index).ok_or(CalcError::OutOfRange)?;
    let jp_wage = wage.min(rates.pu_jp_wage_cap);
    let jkk = result(wage * jkk_rate)?;
    let jkm = result(wage * rates.pu_jkm)?;
    let jht_employer = result(wage * rates.pu_jht_employer)?;
    let jht_worker = result(wage * rates.pu_jht_worker)?;
    let jp_employer = result(jp_wage * rates.pu_jp_employer)?;
    let jp_worker = result(jp_wage * rates.pu_jp_worker)?;
    let employer = round_half_up_u64(result(jkk + jkm + jht_employer + jp_employer)?)?;
    let worker = round_half_up_u64(result(jht_worker + jp_worker)?)?;
    let per_worker = employer.checked_add(worker).ok_or(CalcError::Overflow)?;
    let (monthly, yearly) = totals(per_worker, workers)?;
    Ok(PuIuran {
        wage,
        risk_class,
        jkk_rate,
        jkm_rate: rates.pu_jkm,
        jht_rates: (rates.pu_jht_employer, rates.pu_jht_worker),
        jp_rates: (rates.pu_jp_employer, rates.pu_jp_worker),
        jp_wage_cap: rates.pu_jp_wage_cap,
        jp_wage,
        jkk,
        jkm,
        jht_employer,
        jht_worker,
        jp_employer,
        jp_worker,
        employer,
        worker,
        per_worker,
        workers,
        monthly,
        yearly,
    })
}

impl Explain for PuIuran {
    fn explain(&self) -> Vec<Explanation> {
        let on_wage = |rate: f64| {
            vec![
                num(self.wage, Unit::Rupiah),
                Token::Op(Op::Mul),
                num(rate, Unit::Fraction),
            ]
        };
        let jht_rate = self.jht_rates.0 + self.jht_rates.1;
        let jp_rate = self.jp_rates.0 + self.jp_rates.1;
        let jp = Explanation::one(
            Figure::IuranProgram(Program::Jp),
            vec![
                Token::Fn(Func::Min),
                Token::Open(Bracket::Paren),
                num(self.wage, Unit::Rupiah),
                Token::Sep,
                num(self.jp_wage_cap, Unit::Rupiah),
                Token::Close(Bracket::Paren),
                Token::Op(Op::Mul),
                num(jp_rate, Unit::Fraction),
            ],
            q(self.jp_employer + self.jp_worker, Unit::Rupiah),
        );
        let jp = if self.wage > self.jp_wage_cap {
            jp.note(Note::JpWageCapped {
                cap: self.jp_wage_cap,
            })
        } else {
            jp
        };
        let mut out = vec![
            Explanation::one(
                Figure::IuranProgram(Program::Jkk),
                on_wage(self.jkk_rate),
                q(self.jkk, Unit::Rupiah),
            ),
            Explanation::one(
                Figure::IuranProgram(Program::Jkm),
                on_wage(self.jkm_rate),
                q(self.jkm, Unit::Rupiah),
            ),
            Explanation::one(
                Figure::IuranProgram(Program::Jht),
                on_wage(jht_rate),
                q(self.jht_employer + self.jht_worker, Unit::Rupiah),
            ),
            jp,
            Explanation::one(
                Figure::IuranEmployer,
                rounded_sum(&[self.jkk, self.jkm, self.jht_employer, self.jp_employer]),
                q(count(self.employer), Unit::Rupiah),
            )
            .note(Note::RoundedHalfUp),
            Explanation::one(
                Figure::IuranWorker,
                rounded_sum(&[self.jht_worker, self.jp_worker]),
                q(count(self.worker), Unit::Rupiah),
            )
            .note(Note::RoundedHalfUp),
            Explanation::one(
                Figure::IuranPerWorker,
                vec![
                    num(count(self.employer), Unit::Rupiah),
                    Token::Op(Op::Add),
                    num(count(self.worker), Unit::Rupiah),
                ],
                q(count(self.per_worker), Unit::Rupiah),
            ),
        ];
        out.extend(total_lines(self.per_worker, self.workers, self.monthly, self.yearly));
        out
    }
}
