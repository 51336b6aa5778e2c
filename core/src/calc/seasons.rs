//! Seasonal month weights for the plan: field work slows around Idul Fitri
//! (Lebaran). The dates are those in docs/DOMAIN.md (2026 and 2027 "about":
//! the government's calendar fixes the exact days); the dip is an assumption the
//! user sees and can edit in *Pembagian*.

use super::progress::Date;

/// Idul Fitri by year, as docs/DOMAIN.md lists it.
const LEBARAN: [(u16, u8, u8); 9] = [
    (2019, 6, 5),
    (2020, 5, 24),
    (2021, 5, 13),
    (2022, 5, 2),
    (2023, 4, 22),
    (2024, 4, 10),
    (2025, 3, 31),
    (2026, 3, 20),
    (2027, 3, 10),
];

/// The assumed weights, written the Indonesian way: the month of Lebaran,
/// the month after, every other month.
pub const LEBARAN_DIP: [&str; 3] = ["0,7", "0,85", "1"];

/// Idul Fitri of `year`, when known.
pub fn lebaran(year: u16) -> Option<Date> {
    let (y, m, d) = LEBARAN.iter().copied().find(|(y, _, _)| *y == year)?;
    Date::new(y, m, d).ok()
}

/// The twelve month weights of `year` with the Lebaran dip (January first,
/// written the Indonesian way), when its Lebaran is known.
pub fn lebaran_weights(year: u16) -> Option<[&'static str; 12]> {
    let m = usize::from(lebaran(year)?.month.saturating_sub(1));
    let [dip, after, rest] = LEBARAN_DIP;
    Some(std::array::from_fn(|i| {
        if i == m {
            dip
        } else if i == m.saturating_add(1) {
            after
        } else {
            rest
        }
    }))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_dip_follows_the_years_lebaran() {
        // 20 March 2026: March 0,7, April 0,85.
        let w = lebaran_weights(2026).unwrap();
        assert_eq!(&w[1..5], ["1", "0,7", "0,85", "1"]);
        // 5 June 2019: June and July.
        let w = lebaran_weights(2019).unwrap();
        assert_eq!((w[5], w[6], w[7]), ("0,7", "0,85", "1"));
        assert_eq!(lebaran(2025), Date::new(2025, 3, 31).ok());
        assert_eq!(lebaran_weights(2030), None);
    }
}
