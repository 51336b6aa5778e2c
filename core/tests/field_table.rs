//! The field table's groupings and flags that the views place fields by:
//! which fields a group holds, in order, and which may be left empty.

use umkm_core::state::{Field, Group, LineField, PartnerField};

#[test]
fn each_group_holds_its_fields_in_table_order() {
    assert_eq!(
        Field::in_group(Group::SplitQuotas).collect::<Vec<_>>(),
        [Field::AgentsPerOffice, Field::WorkingDays]
    );
    assert_eq!(
        Field::in_group(Group::AgentsNeeded).collect::<Vec<_>>(),
        [Field::Capacity, Field::AgentMonths]
    );
    assert_eq!(
        Field::in_group(Group::StageOdds).collect::<Vec<_>>(),
        Field::STAGE_ODDS
    );
}

#[test]
fn what_may_be_left_empty_says_so() {
    // Left empty, these wait or fall back; they are not errors.
    assert!(Field::ProgressTarget.def().optional);
    assert!(Field::ProgressM0.def().optional);
    assert!(Field::IncomeGoal.def().optional);
    assert!(PartnerField::PuShare.def().optional);
    assert!(LineField::Growth.def().optional);
    // A partner's UMKM count and enrolment are needed.
    assert!(!PartnerField::Umkm.def().optional);
    assert!(!PartnerField::Enrolment.def().optional);
    assert!(!Field::AgentsPerOffice.def().optional);
}
