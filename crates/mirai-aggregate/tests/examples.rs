//! Small scenarios, one rule each, written out by hand so that a reader can see what the rules
//! mean for a real workplace.

use std::collections::BTreeMap;

use mirai_aggregate::{
    AggregateError, Answer, Count, Group, Item, ItemKind, Policy, PolicyError, Report, Submission, Survey, Window,
    release,
};
use mirai_core::Date;

fn date(text: &str) -> Date {
    text.parse().expect("valid date")
}

fn passport() -> Item {
    Item {
        id: "passport_kept".into(),
        kind: ItemKind::Single,
        values: vec!["yes".into(), "no".into()],
        sensitive: true,
    }
}

fn problems() -> Item {
    Item {
        id: "problems".into(),
        kind: ItemKind::Multiple,
        values: vec!["unpaid_overtime".into(), "no_days_off".into(), "threats".into()],
        sensitive: true,
    }
}

/// A survey of the two items with the employers given as (name, segment).
fn survey(employers: &[(&str, &str)]) -> Survey {
    Survey {
        items: vec![passport(), problems()],
        employers: employers.iter().map(|(e, s)| (e.to_string(), s.to_string())).collect(),
    }
}

struct Data {
    policy: Policy,
    window: Window,
    today: Date,
    submissions: Vec<Submission>,
}

impl Data {
    fn new(policy: Policy) -> Data {
        let window = policy.window_containing(date("2026-04-10")).expect("in range");
        let today = window.last_day().plus_days(1 + policy.settle_days as i32);
        Data { policy, window, today, submissions: Vec::new() }
    }

    /// `count` workers of `employer` answering the passport item with `passport` (or not at
    /// all) and the problems item with `problems`.
    fn add(&mut self, employer: &str, segment: &str, count: usize, passport: Option<&str>, problems: &[&str]) {
        let first = self.submissions.len();
        for i in 0..count {
            let worker = format!("{employer}-{}", first + i);
            self.submit(&worker, employer, segment, self.window.first_day().plus_days(3), passport, problems);
        }
    }

    fn submit(
        &mut self,
        worker: &str,
        employer: &str,
        segment: &str,
        day: Date,
        passport: Option<&str>,
        problems: &[&str],
    ) {
        let mut answers = BTreeMap::new();
        if let Some(p) = passport {
            answers.insert("passport_kept".to_string(), vec![p.to_string()]);
        }
        answers.insert("problems".to_string(), problems.iter().map(|p| p.to_string()).collect());
        self.submissions.push(Submission {
            worker: worker.into(),
            employer: employer.into(),
            segment: segment.into(),
            day,
            answers,
        });
    }

    fn release(&self, survey: &Survey) -> Result<Report, AggregateError> {
        release(&self.submissions, survey, &self.policy, &self.window, self.today)
    }
}

fn cells<'a>(report: &'a Report, group: &Group, item: &str) -> Vec<(&'a Answer, Count)> {
    let g = report.groups().iter().find(|g| g.group() == group).expect("group");
    let item = g.items().iter().find(|i| i.item() == item).expect("item");
    item.cells().iter().map(|c| (c.answer(), c.workers())).collect()
}

fn employer(name: &str, segment: &str) -> Group {
    Group::Employer { employer: name.into(), segment: segment.into() }
}

fn all_suppressed(report: &Report) -> bool {
    report.groups().iter().all(|g| {
        g.workers() == Count::Suppressed
            && g.items().iter().flat_map(|i| i.cells()).all(|c| c.workers() == Count::Suppressed)
    })
}

#[test]
fn a_one_worker_employer_gets_nothing_and_its_report_does_not_show_whether_she_answered() {
    let survey = survey(&[("Tanaka household", "domestic/tokyo")]);
    let mut data = Data::new(Policy::default());
    let silent = data.release(&survey).expect("released");
    data.add("Tanaka household", "domestic/tokyo", 1, Some("yes"), &["no_days_off"]);
    let report = data.release(&survey).expect("released");
    let hers = report.for_employer("Tanaka household");
    assert_eq!(hers.groups().len(), 1, "the row is there");
    assert!(all_suppressed(&hers));
    assert!(all_suppressed(&report));
    assert_eq!(report, silent, "the report is the same whether or not she answered");
}

#[test]
fn ten_workers_who_all_say_the_passport_is_kept_are_not_shown_as_such() {
    let survey = survey(&[("Sakura Farm", "agriculture/kumamoto")]);
    let mut data = Data::new(Policy::default());
    data.add("Sakura Farm", "agriculture/kumamoto", 10, Some("yes"), &["unpaid_overtime", "no_days_off"]);
    let report = data.release(&survey).expect("released");
    let farm = employer("Sakura Farm", "agriculture/kumamoto");
    let group = report.groups().iter().find(|g| g.group() == &farm).expect("group");
    assert_eq!(group.workers(), Count::Released(10), "k = 10 is met");
    for (answer, count) in cells(&report, &farm, "passport_kept") {
        assert_eq!(count, Count::Suppressed, "{answer:?}: all ten said yes; k protects none of them");
    }
    for (answer, count) in cells(&report, &farm, "problems") {
        assert_eq!(count, Count::Suppressed, "{answer:?}: all ten chose the same");
    }
}

#[test]
fn a_zero_is_protected_like_any_small_count() {
    // 14 said yes and 6 no, nobody skipped the item. "No answer = 0" cannot be shown (k = 5),
    // and with "yes" and "no" both shown it would follow from the total: so "no" is suppressed
    // too, and the two suppressed cells together (6) pass k.
    let survey = survey(&[("Kato Metal", "manufacturing/gifu")]);
    let mut data = Data::new(Policy { k: 5, ..Policy::default() });
    data.add("Kato Metal", "manufacturing/gifu", 14, Some("yes"), &["unpaid_overtime"]);
    data.add("Kato Metal", "manufacturing/gifu", 6, Some("no"), &["no_days_off"]);
    let report = data.release(&survey).expect("released");
    let cells = cells(&report, &employer("Kato Metal", "manufacturing/gifu"), "passport_kept");
    assert_eq!(
        cells,
        [
            (&Answer::Value("yes".into()), Count::Released(14)),
            (&Answer::Value("no".into()), Count::Suppressed),
            (&Answer::NoAnswer, Count::Suppressed),
        ]
    );
}

#[test]
fn cross_employer_cells_need_five_employers_and_no_dominant_one() {
    let segment = "construction/aichi";
    let names = ["A", "B", "C", "D", "E"];
    let survey = survey(&names.map(|n| (n, segment)));
    let whole = Group::Segment(segment.into());

    // Five employers of 10: the segment's counts can be shown.
    let mut data = Data::new(Policy::default());
    for name in names {
        data.add(name, segment, 6, Some("yes"), &["unpaid_overtime"]);
        data.add(name, segment, 4, Some("no"), &["no_days_off"]);
    }
    let report = data.release(&survey).expect("released");
    let group = report.groups().iter().find(|g| g.group() == &whole).expect("segment");
    assert_eq!(group.workers(), Count::Released(50));
    assert_eq!(cells(&report, &whole, "passport_kept")[0], (&Answer::Value("yes".into()), Count::Released(30)));

    // One employer with 60 of 100 workers: every count of the segment would be mostly theirs.
    let mut data = Data::new(Policy::default());
    data.add("A", segment, 60, Some("yes"), &["unpaid_overtime"]);
    for name in &names[1..] {
        data.add(name, segment, 10, Some("no"), &["no_days_off"]);
    }
    let report = data.release(&survey).expect("released");
    let group = report.groups().iter().find(|g| g.group() == &whole).expect("segment");
    assert_eq!(group.workers(), Count::Suppressed, "A has 60% of the segment");
}

#[test]
fn a_worker_counts_once_by_the_latest_submission_in_the_window() {
    let survey = survey(&[("Kato Metal", "manufacturing/gifu")]);
    let mut data = Data::new(Policy { k: 5, ..Policy::default() });
    let first = data.window.first_day();
    data.add("Kato Metal", "manufacturing/gifu", 6, Some("yes"), &["threats"]);
    data.add("Kato Metal", "manufacturing/gifu", 5, Some("no"), &["unpaid_overtime"]);
    for i in 0..5 {
        let worker = format!("repeat-{i}");
        // Said no a week after saying yes (given here first): the later one counts, once.
        data.submit(&worker, "Kato Metal", "manufacturing/gifu", first.plus_days(8), Some("no"), &["no_days_off"]);
        data.submit(&worker, "Kato Metal", "manufacturing/gifu", first.plus_days(1), Some("yes"), &["no_days_off"]);
        // A submission after the window does not count in it.
        data.submit(&worker, "Kato Metal", "manufacturing/gifu", first.plus_days(31), Some("yes"), &["no_days_off"]);
    }
    let report = data.release(&survey).expect("released");
    let kato = employer("Kato Metal", "manufacturing/gifu");
    let group = report.groups().iter().find(|g| g.group() == &kato).expect("group");
    assert_eq!(group.workers(), Count::Released(16));
    // Yes 6, no 10, no answer 0: the zero and the smallest other cell are suppressed together.
    assert_eq!(
        cells(&report, &kato, "passport_kept"),
        [
            (&Answer::Value("yes".into()), Count::Suppressed),
            (&Answer::Value("no".into()), Count::Released(10)),
            (&Answer::NoAnswer, Count::Suppressed),
        ]
    );
}

#[test]
fn refuses_weak_policies_open_windows_and_unregistered_data() {
    let survey = survey(&[("A", "s")]);
    let data = Data::new(Policy::default());
    let refuse = |policy: Policy, window: &Window, today: Date| release(&[], &survey, &policy, window, today);
    let weak = Policy { k: 4, ..Policy::default() };
    assert_eq!(refuse(weak, &data.window, data.today), Err(AggregateError::Policy(PolicyError::KTooLow(4))));
    let short = Policy { window_days: 7, ..Policy::default() };
    assert_eq!(short.window_containing(data.today), Err(AggregateError::Policy(PolicyError::WindowTooShort(7))));
    let longer = Policy { window_days: 60, ..Policy::default() };
    assert_eq!(
        refuse(longer, &data.window, data.today),
        Err(AggregateError::WindowMismatch { window: 30, policy: 60 })
    );
    assert_eq!(refuse(Policy::default(), &data.window, data.today.plus_days(-1)), Err(AggregateError::WindowOpen));

    let mut data = Data::new(Policy::default());
    data.add("B", "s", 1, Some("yes"), &[]);
    assert_eq!(data.release(&survey), Err(AggregateError::UnknownEmployer("B".into())));
    let mut data = Data::new(Policy::default());
    data.add("A", "t", 1, Some("yes"), &[]);
    assert_eq!(data.release(&survey), Err(AggregateError::SegmentMismatch("A".into())));
    let mut data = Data::new(Policy::default());
    data.add("A", "s", 1, Some("maybe"), &[]);
    assert_eq!(
        data.release(&survey),
        Err(AggregateError::UnknownValue { item: "passport_kept".into(), value: "maybe".into() })
    );
    let mut data = Data::new(Policy::default());
    data.add("A", "s", 1, None, &[]);
    data.submissions[0].answers.insert("passport_kept".into(), vec!["yes".into(), "no".into()]);
    assert_eq!(data.release(&survey), Err(AggregateError::NotSingle("passport_kept".into())));
    let no_one = Survey { employers: BTreeMap::new(), ..survey.clone() };
    assert_eq!(release(&[], &no_one, &data.policy, &data.window, data.today), Err(AggregateError::NoEmployers));
}

#[test]
fn submissions_are_not_printed_by_debug() {
    let mut data = Data::new(Policy::default());
    data.add("A", "s", 1, Some("yes"), &["threats"]);
    let printed = format!("{:?}", data.submissions[0]);
    assert!(!printed.contains("threats") && !printed.contains("A-0"), "{printed}");
}
