//! The lines of a plan (total, PU, BPU, Jakon, PMI, business entities) and a
//! container holding one value per line, indexed by the line: the one place
//! that lists them, so a view, the saved schema or a prefill parameter reads
//! the list instead of writing it again.

use std::ops::{Index, IndexMut};

use super::unit::Unit;

/// A line of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    /// All new participants (peserta baru), people.
    Total = 0,
    /// Wage earners (penerima upah), people.
    Pu,
    /// Workers outside an employment relationship (bukan penerima upah), people.
    Bpu,
    /// Construction workers (jasa konstruksi), people.
    Jakon,
    /// Indonesian migrant workers (pekerja migran Indonesia), people.
    Pmi,
    /// New business entities (badan usaha): companies, never added to people.
    BusinessEntities,
}

impl Segment {
    /// Every line, in the order the UI shows them.
    pub const ALL: [Segment; 6] = [
        Segment::Total,
        Segment::Pu,
        Segment::Bpu,
        Segment::Jakon,
        Segment::Pmi,
        Segment::BusinessEntities,
    ];

    /// A stable name for saved data, list keys and element ids (the
    /// variant's name, as saved data has always spelt it).
    pub fn name(self) -> &'static str {
        match self {
            Segment::Total => "Total",
            Segment::Pu => "Pu",
            Segment::Bpu => "Bpu",
            Segment::Jakon => "Jakon",
            Segment::Pmi => "Pmi",
            Segment::BusinessEntities => "BusinessEntities",
        }
    }

    /// The key of the line in saved data and link parameters (`total_base`).
    pub fn key(self) -> &'static str {
        match self {
            Segment::Total => "total",
            Segment::Pu => "pu",
            Segment::Bpu => "bpu",
            Segment::Jakon => "jakon",
            Segment::Pmi => "pmi",
            Segment::BusinessEntities => "entities",
        }
    }

    /// The line whose [`Segment::key`] is `key`.
    pub fn from_key(key: &str) -> Option<Segment> {
        Segment::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The segment called `name` (see [`Segment::name`]).
    pub fn from_name(name: &str) -> Option<Segment> {
        Segment::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The segments of people that add up to the total.
    pub const PEOPLE: [Segment; 4] = [Segment::Pu, Segment::Bpu, Segment::Jakon, Segment::Pmi];

    /// What the line counts.
    pub fn unit(self) -> Unit {
        match self {
            Segment::BusinessEntities => Unit::Companies,
            _ => Unit::People,
        }
    }

    /// Whether the line is one of [`Segment::PEOPLE`].
    pub fn is_people_segment(self) -> bool {
        Segment::PEOPLE.contains(&self)
    }
}

/// One `T` per line of the plan, in [`Segment::ALL`] order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PerSegment<T>(pub [T; 6]);

impl<T> PerSegment<T> {
    /// One value per line, made from the line.
    pub fn from_fn(f: impl FnMut(Segment) -> T) -> Self {
        PerSegment(Segment::ALL.map(f))
    }

    /// Each line with its value, in [`Segment::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Segment, &T)> {
        Segment::ALL.into_iter().zip(self.0.iter())
    }

    /// Each value turned into another.
    pub fn map<U>(&self, mut f: impl FnMut(Segment, &T) -> U) -> PerSegment<U> {
        PerSegment::from_fn(|s| f(s, &self[s]))
    }
}

impl<T> Index<Segment> for PerSegment<T> {
    type Output = T;
    fn index(&self, s: Segment) -> &T {
        // The array has one slot per variant: `s as usize` is always in range.
        #[allow(clippy::indexing_slicing)]
        &self.0[s as usize]
    }
}

impl<T> IndexMut<Segment> for PerSegment<T> {
    fn index_mut(&mut self, s: Segment) -> &mut T {
        #[allow(clippy::indexing_slicing)]
        &mut self.0[s as usize]
    }
}
