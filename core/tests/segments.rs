//! The plan's lines: which count people (and can be split over offices,
//! months and agents) and what each counts.

use umkm_core::calc::explain::Unit;
use umkm_core::calc::growth::Segment;

#[test]
fn four_lines_count_participants_the_total_and_companies_do_not() {
    // PU, BPU, Jakon and PMI are kinds of participant. The total is their
    // sum, not a kind; business entities are companies.
    let people: Vec<Segment> = Segment::ALL
        .into_iter()
        .filter(|s| s.is_people_segment())
        .collect();
    assert_eq!(
        people,
        [Segment::Pu, Segment::Bpu, Segment::Jakon, Segment::Pmi]
    );
    assert_eq!(Segment::BusinessEntities.unit(), Unit::Companies);
    assert_eq!(Segment::Total.unit(), Unit::People);
}
