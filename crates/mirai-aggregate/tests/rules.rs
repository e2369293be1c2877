//! The done-when of issue 6: over at least 100,000 generated datasets (one-worker employers,
//! all-identical answers, dominant employers, repeat submissions), no released cell breaks the
//! k, employer, dominance, homogeneity or complement rules, checked by an independent checker.

mod support;

use std::collections::BTreeSet;

use mirai_aggregate::{Count, Group, release};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use support::checker::check;
use support::generate::{Mode, build, shape};

/// The number of datasets the main property test generates.
const DATASETS: u32 = 100_000;

proptest! {
    #![proptest_config(ProptestConfig { cases: DATASETS, max_shrink_iters: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn no_released_cell_breaks_a_rule(shape in shape(9, 3, 3)) {
        let data = build(&shape);
        let report = release(&data.submissions, &data.survey, &data.policy, &data.window, data.today)
            .map_err(|e| TestCaseError::fail(format!("release refused: {e}")))?;
        let violations = check(&data.submissions, &data.survey, &data.policy, &data.window, data.today, &report);
        prop_assert!(violations.is_empty(), "{violations:#?}");
    }
}

/// The generator reaches the cases the rules are about, and the engine still releases
/// something, including segments and employers of the same segment in one report: a test that
/// passes because everything is suppressed proves nothing.
#[test]
fn datasets_cover_the_hard_cases_and_release_cells() {
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let strategy = shape(9, 3, 3);
    let (mut one_worker, mut identical, mut both_levels) = (0, 0, 0);
    let (mut employer_cells, mut cross_cells, mut suppressed) = (0, 0, 0);
    for _ in 0..2_000 {
        let shape = strategy.new_tree(&mut runner).expect("a shape").current();
        one_worker += usize::from(shape.employers.iter().any(|e| e.workers == 1));
        identical += usize::from(shape.items.iter().any(|i| matches!(i.mode, Mode::Same(_))));
        let data = build(&shape);
        let report =
            release(&data.submissions, &data.survey, &data.policy, &data.window, data.today).expect("released");
        let mut released_segments = BTreeSet::new();
        for group in report.groups() {
            let cells = group.items().iter().flat_map(|i| i.cells()).map(|c| c.workers());
            for count in cells.chain([group.workers()]) {
                match (count, group.group()) {
                    (Count::Suppressed, _) => suppressed += 1,
                    (Count::Released(_), Group::Employer { .. }) => employer_cells += 1,
                    (Count::Released(_), _) => cross_cells += 1,
                }
            }
            match (group.group(), group.workers()) {
                (Group::Segment(s), Count::Released(_)) => {
                    released_segments.insert(s.clone());
                }
                (Group::Employer { segment, .. }, Count::Released(_)) if released_segments.contains(segment) => {
                    both_levels += 1;
                }
                _ => {}
            }
        }
    }
    assert!(one_worker > 1_000, "one-worker employers in {one_worker} of 2,000");
    assert!(identical > 800, "all-identical items in {identical} of 2,000");
    assert!(both_levels > 100, "a segment and its employer released together {both_levels} times");
    assert!(employer_cells > 3_000, "{employer_cells} per-employer cells released");
    assert!(cross_cells > 1_500, "{cross_cells} cross-employer cells released");
    assert!(suppressed > 50_000, "{suppressed} cells suppressed");
}
