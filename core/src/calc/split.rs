//! Splitting a whole over offices, months and agents (docs/DOMAIN.md "Whole
//! people": largest-remainder apportionment, so the parts add up exactly to
//! the total), and the quotas someone must reach, which round up.
//!
//! Apportionment is the Hamilton (largest remainder) method: each item first
//! gets the whole part of its exact share `total × w ÷ Σw`; the units left
//! over go one each to the items with the largest fractional remainders.
//! **Tie-break:** equal remainders go to the item earlier in the list (so 10
//! over three equal weights is `[4, 3, 3]`). An item of weight 0 gets 0.
//! Parts add up exactly to the total, and each is the floor or the ceiling of
//! its exact share.
//!
//! A quota is the exact share rounded up: a figure someone must reach is never
//! set below their exact share. Rounding each quota up on its own means the
//! quotas together may exceed the total (by less than one per item); that is
//! the price of never asking anyone for less than their share. The parts, not
//! the quotas, are what add up to the total.

use super::explain::{num, q, Bracket, Explain, Explanation, Figure, Note, Op, Token, Unit};
use super::num::{ceil_div, ceil_u64, count, divisor, floor_u64, non_negative, result};
use super::CalcError;

/// The largest total [`split`] takes: 2^53, the last whole number an `f64`
/// holds exactly, so exact shares are exact enough to apportion. Far above any
/// count of people.
pub const MAX_TOTAL: u64 = 1 << 53;

/// Offices of the East Java regional office in 2019 (docs/DOMAIN.md): 16 KC.
pub const EAST_JAVA_KC: u32 = 16;

/// Offices of the East Java regional office in 2019 (docs/DOMAIN.md): 20 KCP.
pub const EAST_JAVA_KCP: u32 = 20;

/// Working days in a month unless the user says otherwise.
pub const DEFAULT_WORKING_DAYS: u32 = 22;

/// Twelve equal month weights.
pub const EQUAL_MONTHS: [f64; 12] = [1.0; 12];

/// What a split is over, so the UI can name its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Over {
    /// Items of a plain list.
    Items,
    /// Offices (KC/KCP), in the order of the office list.
    Offices,
    /// Months January to December.
    Months,
    /// Agents.
    Agents,
}

/// One item of a split.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The item's weight as given.
    pub weight: f64,
    /// `total × weight ÷ Σweights`, unrounded.
    pub exact: f64,
    /// The whole part of `exact`.
    pub floor: u64,
    /// The apportioned part (`floor`, or `floor + 1` when it got a leftover
    /// unit). The parts add up to the total.
    pub part: u64,
    /// `⌈exact⌉`: what this item must reach when the part is a quota.
    pub quota: u64,
}

impl Part {
    /// Whether this item got one of the leftover units.
    pub fn got_extra(&self) -> bool {
        self.part > self.floor
    }
}

/// A whole split by weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// The whole that was split.
    pub total: u64,
    /// What the total counts (people, or companies).
    pub unit: Unit,
    /// What it was split over.
    pub over: Over,
    /// `Σweights`.
    pub weight_sum: f64,
    /// One per weight, in the order given.
    pub parts: Vec<Part>,
}

impl Split {
    /// The apportioned parts alone.
    pub fn parts(&self) -> Vec<u64> {
        self.parts.iter().map(|p| p.part).collect()
    }

    /// The quotas alone.
    pub fn quotas(&self) -> Vec<u64> {
        self.parts.iter().map(|p| p.quota).collect()
    }
}

/// Splits `total` people by `weights` (Hamilton method; see the module
/// notes). Errors: no weights ([`CalcError::Empty`]); a weight NaN/infinite
/// ([`CalcError::NotFinite`]) or negative ([`CalcError::Negative`]); all
/// weights zero ([`CalcError::ZeroWeights`]); weights summing past `f64`
/// ([`CalcError::Overflow`]); a total above [`MAX_TOTAL`]
/// ([`CalcError::OutOfRange`]).
pub fn split(total: u64, weights: &[f64]) -> Result<Split, CalcError> {
    split_over(total, weights, Over::Items)
}

/// The parts of [`split`] alone.
pub fn apportion(total: u64, weights: &[f64]) -> Result<Vec<u64>, CalcError> {
    Ok(split(total, weights)?.parts())
}

fn split_over(total: u64, weights: &[f64], over: Over) -> Result<Split, CalcError> {
    if weights.is_empty() {
        return Err(CalcError::Empty);
    }
    if total > MAX_TOTAL {
        return Err(CalcError::OutOfRange);
    }
    let weights = weights
        .iter()
        .map(|&w| non_negative(w))
        .collect::<Result<Vec<_>, _>>()?;
    let weight_sum = result(weights.iter().sum::<f64>())?;
    if weight_sum == 0.0 {
        return Err(CalcError::ZeroWeights);
    }
    let t = count(total);
    let mut parts = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    let mut floor_sum: u64 = 0;
    for &weight in &weights {
        // w ÷ Σw first: it is at most 1, so the product never exceeds the
        // total.
        let exact = result(t * (weight / weight_sum))?;
        let floor = floor_u64(exact)?.min(total);
        // A share snapped up to a whole number has no remainder.
        let remainder = (exact - count(floor)).max(0.0);
        floor_sum = floor_sum.checked_add(floor).ok_or(CalcError::Overflow)?;
        remainders.push(remainder);
        parts.push(Part {
            weight,
            exact,
            floor,
            part: floor,
            quota: ceil_u64(exact)?,
        });
    }
    // t × (w ÷ Σw) is off by an ulp or two of the share, so remainders equal
    // in exact arithmetic (37.5 and 112.5 of 825 over weights 2 and 6 of 44)
    // can differ in their last bits, and a later item would win a tie that
    // belongs to the earlier one. Remainders closer than a few ulps of the
    // largest share are ties.
    let largest = parts.iter().map(|p| p.exact).fold(0.0, f64::max);
    let ties = Ties(largest * 8.0 * f64::EPSILON);
    if floor_sum <= total {
        let leftover = total.checked_sub(floor_sum).ok_or(CalcError::Overflow)?;
        give(&mut parts, &remainders, leftover, ties)?;
    } else {
        let excess = floor_sum.checked_sub(total).ok_or(CalcError::Overflow)?;
        take(&mut parts, &remainders, excess, ties)?;
    }
    Ok(Split {
        total,
        unit: Unit::People,
        over,
        weight_sum,
        parts,
    })
}

/// Gives `leftover` units one each to the largest remainders, earlier item
/// first on ties. Exact shares leave fewer units than items; should binary
/// noise ever leave more, the extra go round again in the same order.
/// Sorts the short lists split over here (36 offices, 12 months) by `cmp`:
/// an insertion sort, a few hundred bytes of wasm where each instance of the
/// standard library's sorts is several KB (issue 7). It is stable, and it
/// cannot fail on an order that is not transitive (a tolerance is not: a ≈ b
/// and b ≈ c do not make a ≈ c), where the standard sorts may panic.
fn sort_short<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while let Some(prev) = j.checked_sub(1) {
            match (v.get(prev), v.get(j)) {
                (Some(a), Some(b)) if cmp(b, a).is_lt() => {
                    v.swap(prev, j);
                    j = prev;
                }
                _ => break,
            }
        }
    }
}

/// How far apart two remainders may be and still be a tie.
#[derive(Clone, Copy)]
struct Ties(f64);

impl Ties {
    /// Orders remainders `a` and `b`, larger first (`desc`) or smaller first;
    /// `None` when they tie.
    fn order(self, a: f64, b: f64, desc: bool) -> Option<std::cmp::Ordering> {
        if (a - b).abs() <= self.0 {
            None
        } else if desc {
            Some(b.total_cmp(&a))
        } else {
            Some(a.total_cmp(&b))
        }
    }
}

fn give(
    parts: &mut [Part],
    remainders: &[f64],
    leftover: u64,
    ties: Ties,
) -> Result<(), CalcError> {
    if leftover == 0 {
        return Ok(());
    }
    let mut order: Vec<(usize, f64)> = parts
        .iter()
        .zip(remainders)
        .enumerate()
        .filter(|(_, (p, _))| p.weight > 0.0)
        .map(|(i, (_, &r))| (i, r))
        .collect();
    // Largest remainder first; among equals the earlier item.
    sort_short(&mut order, |a, b| {
        ties.order(a.1, b.1, true).unwrap_or_else(|| a.0.cmp(&b.0))
    });
    let n = u64::try_from(order.len()).map_err(|_| CalcError::Overflow)?;
    let each = leftover.checked_div(n).ok_or(CalcError::ZeroWeights)?;
    let first = leftover.checked_rem(n).ok_or(CalcError::ZeroWeights)?;
    for (rank, (i, _)) in order.iter().enumerate() {
        let rank = u64::try_from(rank).map_err(|_| CalcError::Overflow)?;
        let add = if rank < first {
            each.checked_add(1).ok_or(CalcError::Overflow)?
        } else {
            each
        };
        if let Some(p) = parts.get_mut(*i) {
            p.part = p.part.checked_add(add).ok_or(CalcError::Overflow)?;
        }
    }
    Ok(())
}

/// The mirror of [`give`], for floors that binary noise pushed one over the
/// total: takes units back from the smallest remainders, later item first.
fn take(
    parts: &mut [Part],
    remainders: &[f64],
    mut excess: u64,
    ties: Ties,
) -> Result<(), CalcError> {
    let mut order: Vec<(usize, f64)> = remainders.iter().copied().enumerate().collect();
    sort_short(&mut order, |a, b| {
        ties.order(a.1, b.1, false).unwrap_or_else(|| b.0.cmp(&a.0))
    });
    while excess > 0 {
        let before = excess;
        for (i, _) in &order {
            if excess == 0 {
                break;
            }
            if let Some(p) = parts.get_mut(*i) {
                if let Some(less) = p.part.checked_sub(1) {
                    p.part = less;
                    excess = excess.saturating_sub(1);
                }
            }
        }
        if excess == before {
            // Nothing left to take: only if the floors were all zero, which
            // cannot sum past a total.
            return Err(CalcError::Overflow);
        }
    }
    Ok(())
}

impl Explain for Split {
    fn explain(&self) -> Vec<Explanation> {
        let unit = self.unit;
        let mut out = Vec::with_capacity(self.parts.len().saturating_mul(3));
        for (i, p) in self.parts.iter().enumerate() {
            out.push(Explanation::one(
                Figure::ExactShare(i),
                vec![
                    num(count(self.total), unit),
                    Token::Op(Op::Mul),
                    num(p.weight, Unit::Decimal),
                    Token::Op(Op::Div),
                    num(self.weight_sum, Unit::Decimal),
                ],
                q(p.exact, unit),
            ));
            let (op, adjust) = if p.part >= p.floor {
                (Op::Add, p.part.saturating_sub(p.floor))
            } else {
                (Op::Sub, p.floor.saturating_sub(p.part))
            };
            out.push(
                Explanation::one(
                    Figure::Part(i),
                    vec![
                        Token::Open(Bracket::Floor),
                        num(p.exact, unit),
                        Token::Close(Bracket::Floor),
                        Token::Op(op),
                        num(count(adjust), unit),
                    ],
                    q(count(p.part), unit),
                )
                .note(Note::LargestRemainder {
                    extra: p.got_extra(),
                }),
            );
            out.push(
                Explanation::one(
                    Figure::Quota(i),
                    vec![
                        Token::Open(Bracket::Ceil),
                        num(p.exact, unit),
                        Token::Close(Bracket::Ceil),
                    ],
                    q(count(p.quota), unit),
                )
                .note(Note::RoundedUp)
                .note(Note::QuotasMayExceedTotal),
            );
        }
        out
    }
}

/// Kind of branch office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OfficeKind {
    /// Kantor cabang (branch office).
    Kc,
    /// Kantor cabang perintis (pioneer branch office).
    Kcp,
}

/// An office and its weight in a split.
#[derive(Debug, Clone, PartialEq)]
pub struct Office {
    /// Name, free text.
    pub name: String,
    /// KC or KCP.
    pub kind: OfficeKind,
    /// Weight in the split (any scale: population, last year's result, …).
    pub weight: f64,
}

/// A target as whole people to split, rounded up: a target worked out from
/// growth (2,325,696.74) is a target someone must reach, so it is never
/// rounded below itself.
pub fn whole_target(target: f64) -> Result<u64, CalcError> {
    ceil_u64(non_negative(target)?)
}

/// The 36 offices of East Java in 2019: 16 KC and 20 KCP. docs/DOMAIN.md
/// gives only the counts, so the names ("KC 01" … "KC 16", "KCP 01" …
/// "KCP 20") and the equal weights are placeholders for the user to edit.
pub fn east_java_offices() -> Vec<Office> {
    let kc = (1..=EAST_JAVA_KC).map(|i| Office {
        name: format!("KC {i:02}"),
        kind: OfficeKind::Kc,
        weight: 1.0,
    });
    let kcp = (1..=EAST_JAVA_KCP).map(|i| Office {
        name: format!("KCP {i:02}"),
        kind: OfficeKind::Kcp,
        weight: 1.0,
    });
    kc.chain(kcp).collect()
}

/// Splits `total` over offices by their weights; parts follow the office
/// order. Errors as [`split`].
pub fn split_offices(total: u64, offices: &[Office]) -> Result<Split, CalcError> {
    let weights: Vec<f64> = offices.iter().map(|o| o.weight).collect();
    split_over(total, &weights, Over::Offices)
}

/// Splits `total` over the twelve months, January first, by `weights`
/// ([`EQUAL_MONTHS`] for an even spread). Anything but 12 weights is
/// [`CalcError::OutOfRange`]; otherwise errors as [`split`].
pub fn split_months(total: u64, weights: &[f64]) -> Result<Split, CalcError> {
    if weights.len() != 12 {
        return Err(CalcError::OutOfRange);
    }
    split_over(total, weights, Over::Months)
}

/// Splits `total` over agents by weights (e.g. hours or experience). For
/// agents of equal weight use [`split_agents_equal`], which needs no list.
pub fn split_agents(total: u64, weights: &[f64]) -> Result<Split, CalcError> {
    split_over(total, weights, Over::Agents)
}

/// A total split equally over agents, in whole numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentSplit {
    /// The whole that was split, people.
    pub total: u64,
    /// Number of agents.
    pub agents: u64,
    /// `total ÷ agents`, unrounded.
    pub exact: f64,
    /// `⌊total ÷ agents⌋`: the part of most agents.
    pub base: u64,
    /// `total mod agents`: how many agents (the first ones in the list, by
    /// the tie-break) get `base + 1`. Parts add up to the total.
    pub with_extra: u64,
    /// `⌈total ÷ agents⌉`: what each agent must reach.
    pub quota: u64,
    /// `quota × agents − total`: how far the quotas together exceed the total.
    pub quota_excess: u64,
}

/// Splits `total` equally over `agents` in whole-number arithmetic (exact for
/// any size). No agents is [`CalcError::ZeroBase`].
pub fn split_agents_equal(total: u64, agents: u64) -> Result<AgentSplit, CalcError> {
    let base = total.checked_div(agents).ok_or(CalcError::ZeroBase)?;
    let with_extra = total.checked_rem(agents).ok_or(CalcError::ZeroBase)?;
    let quota = ceil_div(total, agents)?;
    let quota_excess = if with_extra == 0 {
        0
    } else {
        agents.checked_sub(with_extra).ok_or(CalcError::Overflow)?
    };
    Ok(AgentSplit {
        total,
        agents,
        exact: result(count(total) / count(agents))?,
        base,
        with_extra,
        quota,
        quota_excess,
    })
}

impl Explain for AgentSplit {
    fn explain(&self) -> Vec<Explanation> {
        vec![
            Explanation::one(
                Figure::AgentShare,
                vec![
                    num(count(self.total), Unit::People),
                    Token::Op(Op::Div),
                    num(count(self.agents), Unit::Agents),
                ],
                q(self.exact, Unit::People),
            ),
            Explanation::one(
                Figure::AgentQuota,
                vec![
                    Token::Open(Bracket::Ceil),
                    num(count(self.total), Unit::People),
                    Token::Op(Op::Div),
                    num(count(self.agents), Unit::Agents),
                    Token::Close(Bracket::Ceil),
                ],
                q(count(self.quota), Unit::People),
            )
            .note(Note::RoundedUp)
            .note(Note::QuotasMayExceedTotal),
        ]
    }
}

/// What must be done each working day of a month.
#[derive(Debug, Clone, PartialEq)]
pub struct DailyQuota {
    /// The month's part, people.
    pub month_part: u64,
    /// Working days in the month.
    pub working_days: u32,
    /// `month_part ÷ working_days`, unrounded.
    pub exact: f64,
    /// `⌈month_part ÷ working_days⌉`.
    pub quota: u64,
}

/// `⌈month_part ÷ working_days⌉` ([`DEFAULT_WORKING_DAYS`] is the usual
/// figure). No working days is [`CalcError::ZeroBase`]; more than 31 is
/// [`CalcError::OutOfRange`].
pub fn daily_quota(month_part: u64, working_days: u32) -> Result<DailyQuota, CalcError> {
    if working_days > 31 {
        return Err(CalcError::OutOfRange);
    }
    let quota = ceil_div(month_part, u64::from(working_days))?;
    Ok(DailyQuota {
        month_part,
        working_days,
        exact: result(count(month_part) / f64::from(working_days))?,
        quota,
    })
}

impl Explain for DailyQuota {
    fn explain(&self) -> Vec<Explanation> {
        vec![Explanation::one(
            Figure::DailyQuota,
            vec![
                Token::Open(Bracket::Ceil),
                num(count(self.month_part), Unit::People),
                Token::Op(Op::Div),
                num(f64::from(self.working_days), Unit::WorkingDays),
                Token::Close(Bracket::Ceil),
            ],
            q(count(self.quota), Unit::People),
        )
        .note(Note::RoundedUp)]
    }
}

/// Agents needed to reach a target.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentsNeeded {
    /// The target, people.
    pub target: f64,
    /// Participants one agent recruits in a month.
    pub capacity_per_month: f64,
    /// Months available.
    pub months: u32,
    /// `target ÷ (capacity × months)`, unrounded.
    pub exact: f64,
    /// `⌈exact⌉`.
    pub agents: u64,
}

/// `⌈target ÷ (capacity per agent per month × months)⌉`. A capacity or a
/// number of months of zero is [`CalcError::ZeroBase`].
pub fn agents_needed(
    target: f64,
    capacity_per_month: f64,
    months: u32,
) -> Result<AgentsNeeded, CalcError> {
    let target = non_negative(target)?;
    let capacity = divisor(capacity_per_month)?;
    let per_agent = divisor(result(capacity * f64::from(months))?)?;
    let exact = result(target / per_agent)?;
    Ok(AgentsNeeded {
        target,
        capacity_per_month: capacity,
        months,
        exact,
        agents: ceil_u64(exact)?,
    })
}

impl Explain for AgentsNeeded {
    fn explain(&self) -> Vec<Explanation> {
        vec![Explanation::one(
            Figure::AgentsNeeded,
            vec![
                Token::Open(Bracket::Ceil),
                num(self.target, Unit::People),
                Token::Op(Op::Div),
                Token::Open(Bracket::Paren),
                num(self.capacity_per_month, Unit::People),
                Token::Op(Op::Mul),
                num(f64::from(self.months), Unit::Months),
                Token::Close(Bracket::Paren),
                Token::Close(Bracket::Ceil),
            ],
            q(count(self.agents), Unit::Agents),
        )
        .note(Note::RoundedUp)]
    }
}
