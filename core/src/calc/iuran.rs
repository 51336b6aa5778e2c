//! Contributions (iuran), for an optional estimate. Rates change by
//! regulation, so they come as dated sets ([`Rates`]; the presets are in
//! `crate::rates`), and reliefs ([`Relief`]) apply only inside their period.
//!
//! Money is whole Rupiah. Each programme is computed unrounded; the
//! contribution is rounded half-up once per worker per month (for PU, the
//! employer's and the worker's parts separately, since each pays its own);
//! monthly and yearly totals are those whole amounts times workers and
//! months, so they are exact.

use super::explain::{num, q, Bracket, Explain, Explanation, Figure, Func, Note, Op, Token, Unit};
use super::num::{count, fraction, non_negative, result, round_half_up_u64};
pub use super::programs::{Program, Relief};
use super::progress::Date;
use super::CalcError;

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
    /// The part of the employer's JKK contribution that funds JKP
    /// (recomposition), fraction of the wage; 0 when the set does not split it.
    pub pu_jkp: f64,
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
    /// PP 44/2015's rates with the JP wage cap of March 2025: the rate set
    /// of the field table's defaults.
    fn default() -> Self {
        Self {
            label: String::new(),
            valid_from: Date {
                year: 2025,
                month: 1,
                day: 1,
            },
            pu_jkk: [0.0024, 0.0054, 0.0089, 0.0127, 0.0174],
            pu_jkp: 0.0,
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
            self.pu_jkp,
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

/// The declared income a BPU participant may report, Rupiah: the lowest and
/// the highest step of the income table (JKK 1 % of it is Rp10.000 to
/// Rp207.000). An income outside is reported, not clamped.
pub const BPU_INCOME_RANGE: (f64, f64) = (1_000_000.0, 20_700_000.0);

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
    /// The relief applied to JKK and JKM, when one is.
    pub relief: Option<Relief>,
    /// Whether the income is outside [`BPU_INCOME_RANGE`] (computed as typed).
    pub outside_range: bool,
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
/// (36,800 with JHT) under the default rates. A `relief` (the caller checks
/// it is in force) lowers JKK and JKM to its share.
pub fn bpu(
    rates: &Rates,
    declared_income: f64,
    with_jht: bool,
    workers: u64,
    relief: Option<Relief>,
) -> Result<BpuIuran, CalcError> {
    rates.validate()?;
    let income = non_negative(declared_income)?;
    let pays = relief.map_or(1.0, Relief::pays);
    let jkk = result(income * rates.bpu_jkk * pays)?;
    let jkm = result(rates.bpu_jkm * pays)?;
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
        relief,
        outside_range: income < BPU_INCOME_RANGE.0 || income > BPU_INCOME_RANGE.1,
        per_worker,
        workers,
        monthly,
        yearly,
    })
}

/// `× share` tokens and the relief's note, when a relief applies.
fn relieved(mut tokens: Vec<Token>, amount: f64, relief: Option<Relief>, f: Figure) -> Explanation {
    if let Some(r) = relief {
        tokens.push(Token::Op(Op::Mul));
        tokens.push(num(r.pays(), Unit::Fraction));
    }
    let e = Explanation::one(f, tokens, q(amount, Unit::Rupiah));
    match relief {
        Some(r) => e.note(Note::Relief(r)),
        None => e,
    }
}

/// Steps from a whole amount per worker to monthly and yearly totals.
fn total_lines(per_worker: u64, workers: u64, monthly: u64, yearly: u64) -> [Explanation; 2] {
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
    fn share_of_income(
        &self,
        program: Program,
        rate: f64,
        amount: f64,
        relief: Option<Relief>,
    ) -> Explanation {
        relieved(
            vec![
                num(self.declared_income, Unit::Rupiah),
                Token::Op(Op::Mul),
                num(rate, Unit::Fraction),
            ],
            amount,
            relief,
            Figure::IuranProgram(program),
        )
    }
}

impl Explain for BpuIuran {
    fn explain(&self) -> Vec<Explanation> {
        // The flat JKM before any relief.
        let jkm = self.relief.map_or(self.jkm, |r| self.jkm / r.pays());
        let mut out = vec![
            self.share_of_income(Program::Jkk, self.jkk_rate, self.jkk, self.relief),
            relieved(
                vec![num(jkm, Unit::Rupiah)],
                self.jkm,
                self.relief,
                Figure::IuranProgram(Program::Jkm),
            ),
        ];
        let mut parts = vec![self.jkk, self.jkm];
        if self.with_jht {
            out.push(self.share_of_income(Program::Jht, self.jht_rate, self.jht, None));
            parts.push(self.jht);
        }
        let per = Explanation::one(
            Figure::IuranPerWorker,
            rounded_sum(&parts),
            q(count(self.per_worker), Unit::Rupiah),
        )
        .note(Note::RoundedHalfUp);
        // The page shows this working, not each programme's: it names the relief.
        out.push(match self.relief {
            Some(r) => per.note(Note::Relief(r)),
            None => per,
        });
        let totals = total_lines(self.per_worker, self.workers, self.monthly, self.yearly);
        out.extend(totals);
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
    /// The JKP part of the employer's JKK contribution, fraction.
    pub jkp_rate: f64,
    /// The relief applied to JKK (and its JKP part), when one is.
    pub relief: Option<Relief>,
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
    /// JKP funded from the employer's JKK, unrounded Rupiah.
    pub jkp: f64,
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
/// JKM and JHT are on the whole wage; JP on the wage up to the cap. A
/// `relief` (the caller checks it is in force) lowers JKK and its JKP part.
pub fn pu(
    rates: &Rates,
    wage: f64,
    risk_class: u8,
    workers: u64,
    relief: Option<Relief>,
) -> Result<PuIuran, CalcError> {
    rates.validate()?;
    let wage = non_negative(wage)?;
    let class_index = usize::from(risk_class.checked_sub(1).ok_or(CalcError::OutOfRange)?);
    let jkk_rate = *rates.pu_jkk.get(class_index).ok_or(CalcError::OutOfRange)?;
    let jp_wage = wage.min(rates.pu_jp_wage_cap);
    let pays = relief.map_or(1.0, Relief::pays);
    let jkk = result(wage * jkk_rate * pays)?;
    let jkp = result(wage * rates.pu_jkp * pays)?;
    let jkm = result(wage * rates.pu_jkm)?;
    let jht_employer = result(wage * rates.pu_jht_employer)?;
    let jht_worker = result(wage * rates.pu_jht_worker)?;
    let jp_employer = result(jp_wage * rates.pu_jp_employer)?;
    let jp_worker = result(jp_wage * rates.pu_jp_worker)?;
    let employer = round_half_up_u64(result(jkk + jkp + jkm + jht_employer + jp_employer)?)?;
    let worker = round_half_up_u64(result(jht_worker + jp_worker)?)?;
    let per_worker = employer.checked_add(worker).ok_or(CalcError::Overflow)?;
    let (monthly, yearly) = totals(per_worker, workers)?;
    Ok(PuIuran {
        wage,
        risk_class,
        jkk_rate,
        jkp_rate: rates.pu_jkp,
        relief,
        jkm_rate: rates.pu_jkm,
        jht_rates: (rates.pu_jht_employer, rates.pu_jht_worker),
        jp_rates: (rates.pu_jp_employer, rates.pu_jp_worker),
        jp_wage_cap: rates.pu_jp_wage_cap,
        jp_wage,
        jkk,
        jkp,
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
        let mut out = vec![relieved(
            on_wage(self.jkk_rate),
            self.jkk,
            self.relief,
            Figure::IuranProgram(Program::Jkk),
        )];
        if self.jkp_rate > 0.0 {
            out.push(
                relieved(
                    on_wage(self.jkp_rate),
                    self.jkp,
                    self.relief,
                    Figure::IuranProgram(Program::Jkp),
                )
                .note(Note::JkpGovernment),
            );
        }
        out.extend([
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
                rounded_sum(&[
                    self.jkk + self.jkp,
                    self.jkm,
                    self.jht_employer,
                    self.jp_employer,
                ]),
                q(count(self.employer), Unit::Rupiah),
            )
            .note(Note::RoundedHalfUp),
            Explanation::one(
                Figure::IuranWorker,
                rounded_sum(&[self.jht_worker, self.jp_worker]),
                q(count(self.worker), Unit::Rupiah),
            )
            .note(Note::RoundedHalfUp),
        ]);
        // The page shows this working, not each programme's: it names the
        // relief and the JP cap.
        let mut per = Explanation::one(
            Figure::IuranPerWorker,
            vec![
                num(count(self.employer), Unit::Rupiah),
                Token::Op(Op::Add),
                num(count(self.worker), Unit::Rupiah),
            ],
            q(count(self.per_worker), Unit::Rupiah),
        );
        if let Some(r) = self.relief {
            per = per.note(Note::Relief(r));
        }
        if self.wage > self.jp_wage_cap {
            per = per.note(Note::JpWageCapped {
                cap: self.jp_wage_cap,
            });
        }
        out.push(per);
        let totals = total_lines(self.per_worker, self.workers, self.monthly, self.yearly);
        out.extend(totals);
        out
    }
}

/// Contributions of the active participants only (issue 27): `monthly`, the
/// month if every registered participant paid (its working among `base`),
/// times the active share, half-up; and twelve such months. The other
/// figures of `base` are returned as they are; the month's working goes on
/// from the registered month's, and both note the assumption.
pub fn with_active_share(
    base: Vec<Explanation>,
    monthly: u64,
    share: f64,
) -> Result<(u64, u64, Vec<Explanation>), CalcError> {
    let share = fraction(share)?;
    let exact = result(count(monthly) * share)?;
    let active = round_half_up_u64(exact)?;
    let yearly = active.checked_mul(12).ok_or(CalcError::Overflow)?;
    let step = vec![
        num(count(monthly), Unit::Rupiah),
        Token::Op(Op::Mul),
        num(share, Unit::Fraction),
    ];
    let out = base
        .into_iter()
        .map(|e| match e.figure {
            Figure::IuranMonthly => {
                let e = e.step(step.clone(), q(exact, Unit::Rupiah));
                let rounding = vec![
                    Token::Open(Bracket::Round),
                    num(exact, Unit::Rupiah),
                    Token::Close(Bracket::Round),
                ];
                let e = if exact == count(active) {
                    e
                } else {
                    e.step(rounding, q(count(active), Unit::Rupiah))
                        .note(Note::RoundedHalfUp)
                };
                e.note(Note::ActiveShare(share))
            }
            Figure::IuranYearly => Explanation::one(
                Figure::IuranYearly,
                vec![
                    num(count(active), Unit::Rupiah),
                    Token::Op(Op::Mul),
                    num(12.0, Unit::Months),
                ],
                q(count(yearly), Unit::Rupiah),
            )
            .note(Note::ActiveShare(share)),
            _ => e,
        })
        .collect();
    Ok((active, yearly, out))
}
