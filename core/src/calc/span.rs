//! A value known only within a range: the two ends of an uncertain input
//! (`10–30 %`) carried through every formula. A single value is a span whose
//! ends are equal, so every formula written for spans gives exactly today's
//! figure for a single value.
//!
//! The inputs are non-negative and every formula here is monotonic in each of
//! them, so the low end of a result is the formula at the ends of the inputs
//! that make it smallest: at the low ends for an increasing formula
//! ([`Span::map`], [`Span::zip`]), at the high ends for a decreasing one
//! ([`Span::map_down`]: a gap, what is still needed).

use super::CalcError;

/// The two ends of a value, `low ≤ high`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Span {
    /// The low end.
    pub low: f64,
    /// The high end.
    pub high: f64,
}

/// Which end of a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The low end.
    Low,
    /// The high end.
    High,
}

impl Span {
    /// A single value.
    pub const fn one(v: f64) -> Self {
        Span { low: v, high: v }
    }

    /// Whether the ends differ.
    pub fn is_range(self) -> bool {
        self.low != self.high
    }

    /// The value at `end`.
    pub fn at(self, end: End) -> f64 {
        match end {
            End::Low => self.low,
            End::High => self.high,
        }
    }

    /// Both ends through an increasing `f`.
    pub fn map(self, f: impl Fn(f64) -> Result<f64, CalcError>) -> Result<Span, CalcError> {
        Ok(Span {
            low: f(self.low)?,
            high: f(self.high)?,
        })
    }

    /// Both ends through a decreasing `f`: the low end comes from the high.
    pub fn map_down(self, f: impl Fn(f64) -> Result<f64, CalcError>) -> Result<Span, CalcError> {
        Ok(Span {
            low: f(self.high)?,
            high: f(self.low)?,
        })
    }

    /// Two spans through `f`, increasing in both: low with low, high with high.
    pub fn zip(
        self,
        other: Span,
        f: impl Fn(f64, f64) -> Result<f64, CalcError>,
    ) -> Result<Span, CalcError> {
        Ok(Span {
            low: f(self.low, other.low)?,
            high: f(self.high, other.high)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_follow_the_direction_of_the_formula() {
        let s = Span {
            low: 2.0,
            high: 5.0,
        };
        assert_eq!(
            s.map(|x| Ok(x * 10.0)),
            Ok(Span {
                low: 20.0,
                high: 50.0
            })
        );
        // 100 − x is decreasing: its low end is at the input's high end.
        assert_eq!(
            s.map_down(|x| Ok(100.0 - x)),
            Ok(Span {
                low: 95.0,
                high: 98.0
            })
        );
        assert_eq!(
            s.zip(Span::one(3.0), |a, b| Ok(a * b)),
            Ok(Span {
                low: 6.0,
                high: 15.0
            })
        );
        assert!(s.is_range() && !Span::one(4.0).is_range());
        assert_eq!((s.at(End::Low), s.at(End::High)), (2.0, 5.0));
    }
}
