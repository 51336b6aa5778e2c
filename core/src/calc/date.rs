//! The civil calendar, small enough that no date crate is needed: a checked
//! [`Date`], weekdays, and Monday-to-Friday working days. The bottom layer of
//! `calc` with `num` and `unit`: everything with a date uses it.

use super::CalcError;

/// A day of the (proleptic Gregorian) calendar. Fields are public so the
/// UI can hold one, and every function checks it: a date that does not exist
/// is [`CalcError::InvalidDate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, 1 to 9999.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, from 1.
    pub day: u8,
}

/// Day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weekday {
    /// Senin.
    Monday,
    /// Selasa.
    Tuesday,
    /// Rabu.
    Wednesday,
    /// Kamis.
    Thursday,
    /// Jumat.
    Friday,
    /// Sabtu.
    Saturday,
    /// Minggu.
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Monday to Friday.
    pub fn is_working_day(self) -> bool {
        !matches!(self, Weekday::Saturday | Weekday::Sunday)
    }

    fn from_index(i: u32) -> Weekday {
        let i = usize::try_from(i.checked_rem(7).unwrap_or(0)).unwrap_or(0);
        Weekday::ALL.get(i).copied().unwrap_or(Weekday::Monday)
    }
}

/// Whether `year` has 29 February.
pub fn is_leap_year(year: u16) -> bool {
    let divisible = |n: u16| year.checked_rem(n) == Some(0);
    divisible(4) && (!divisible(100) || divisible(400))
}

/// Days in a year: 365 or 366.
pub fn days_in_year(year: u16) -> u16 {
    if is_leap_year(year) {
        366
    } else {
        365
    }
}

/// Days in a month; `None` for a month outside 1–12.
pub fn days_in_month(year: u16, month: u8) -> Option<u8> {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if is_leap_year(year) => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// `None` as the date error: every checked step of the calendar.
pub(super) fn bad<T>(x: Option<T>) -> Result<T, CalcError> {
    x.ok_or(CalcError::InvalidDate)
}

impl Date {
    /// A checked date.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, CalcError> {
        let d = Date { year, month, day };
        d.validate()?;
        Ok(d)
    }

    /// Checks the date exists and its year is 1 to 9999.
    pub fn validate(&self) -> Result<(), CalcError> {
        if !(1..=9999).contains(&self.year) {
            return Err(CalcError::InvalidDate);
        }
        let dim = bad(days_in_month(self.year, self.month))?;
        if self.day == 0 || self.day > dim {
            return Err(CalcError::InvalidDate);
        }
        Ok(())
    }

    /// Days in this date's month.
    pub fn days_in_month(&self) -> Result<u8, CalcError> {
        self.validate()?;
        bad(days_in_month(self.year, self.month))
    }

    /// Day of the year, 1 January being 1.
    pub fn day_of_year(&self) -> Result<u16, CalcError> {
        self.validate()?;
        let mut doy = u16::from(self.day);
        for m in 1..self.month {
            let dim = bad(days_in_month(self.year, m))?;
            doy = bad(doy.checked_add(u16::from(dim)))?;
        }
        Ok(doy)
    }

    /// Day of the week.
    pub fn weekday(&self) -> Result<Weekday, CalcError> {
        // Days since 1 January of year 1, which was a Monday in the proleptic
        // Gregorian calendar.
        let y = bad(u32::from(self.year).checked_sub(1))?;
        let leap_days = bad(y
            .checked_div(4)
            .zip(y.checked_div(100))
            .zip(y.checked_div(400))
            .and_then(|((a, b), c)| a.checked_sub(b)?.checked_add(c)))?;
        let before_year = bad(y.checked_mul(365).and_then(|d| d.checked_add(leap_days)))?;
        let days = bad(before_year
            .checked_add(u32::from(self.day_of_year()?))
            .and_then(|d| d.checked_sub(1)))?;
        Ok(Weekday::from_index(days))
    }
}

/// Monday-to-Friday days of `year` from day-of-year `from` to `to`, both
/// included (0 when `from > to`).
pub(super) fn working_days_in_range(year: u16, from: u16, to: u16) -> Result<u32, CalcError> {
    let jan1 = Date::new(year, 1, 1)?.weekday()?;
    let jan1 = Weekday::ALL.iter().position(|w| *w == jan1).unwrap_or(0);
    let jan1 = bad(u32::try_from(jan1).ok())?;
    let mut n: u32 = 0;
    for doy in from..=to {
        let offset = bad(u32::from(doy).checked_sub(1))?;
        let wd = Weekday::from_index(bad(jan1.checked_add(offset))?);
        if wd.is_working_day() {
            n = bad(n.checked_add(1))?;
        }
    }
    Ok(n)
}

/// Monday-to-Friday days in a month (no holiday list), e.g. for
/// [`crate::calc::split::daily_quota`].
pub fn working_days_in_month(year: u16, month: u8) -> Result<u32, CalcError> {
    let first = Date::new(year, month, 1)?;
    let last = Date::new(year, month, first.days_in_month()?)?;
    working_days_in_range(year, first.day_of_year()?, last.day_of_year()?)
}
