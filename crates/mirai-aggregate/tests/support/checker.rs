//! Checks a released report against the raw data, rule by rule, without the crate's
//! suppression code. Returns every violation found, as text.
//!
//! Groups and quantities are numbered once (`Truth`), so that checking 100,000 reports stays
//! fast; the rules themselves are written as the reliability document states them.

use std::collections::{BTreeMap, BTreeSet};

use mirai_aggregate::{Answer, Count, Group, ItemKind, Policy, Report, Submission, Survey, Window};
use mirai_core::Date;

/// Workers per registered employer (in registration order).
pub type Profile = Vec<u32>;

fn total(p: &[u32]) -> u32 {
    p.iter().sum()
}

/// Whether a population may be shown: k, and for pooled employers the employer count and the
/// dominance limit.
pub fn safe(p: &[u32], cross: bool, policy: &Policy) -> bool {
    let n = total(p);
    if n < policy.k {
        return false;
    }
    if !cross {
        return true;
    }
    let employers = p.iter().filter(|&&c| c > 0).count() as u32;
    let largest = p.iter().copied().max().unwrap_or(0);
    employers >= policy.min_employers
        && u64::from(largest) * 100 <= u64::from(policy.max_employer_share_percent) * u64::from(n)
}

/// What a cell or hidden population counts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Quantity {
    /// The group's workers.
    Workers,
    /// Chose the value.
    Chose(String, String),
    /// Did not answer the item.
    NoAnswer(String),
    /// Did not choose the value (multiple choice; hidden).
    NotChose(String, String),
    /// Answered the item (multiple choice; hidden).
    Answered(String),
}

impl Quantity {
    /// Whether reports show it (the others are populations a reader may compute).
    pub fn displayed(&self) -> bool {
        matches!(self, Quantity::Workers | Quantity::Chose(..) | Quantity::NoAnswer(_))
    }
}

/// The truth: each worker's latest submission in the window (later in the input on a tie),
/// as (employer, item → chosen values).
pub fn counted(submissions: &[Submission], window: &Window) -> Vec<(String, BTreeMap<String, BTreeSet<String>>)> {
    let mut best: BTreeMap<&str, (Date, usize)> = BTreeMap::new();
    for (i, s) in submissions.iter().enumerate() {
        if s.day < window.first_day() || s.day > window.last_day() {
            continue;
        }
        if best.get(s.worker.as_str()).is_none_or(|&(day, j)| (s.day, i) > (day, j)) {
            best.insert(&s.worker, (s.day, i));
        }
    }
    best.values()
        .map(|&(_, i)| {
            let s = &submissions[i];
            (s.employer.clone(), s.answers.iter().map(|(k, v)| (k.clone(), v.iter().cloned().collect())).collect())
        })
        .collect()
}

/// Every group and quantity of a survey, numbered, with its true population.
pub struct Truth<'a> {
    pub survey: &'a Survey,
    pub policy: &'a Policy,
    /// All segments, the segments, the employers: the order reports must have.
    pub groups: Vec<Group>,
    pub quantities: Vec<Quantity>,
    /// Per group: its child groups.
    pub children: Vec<Vec<usize>>,
    /// Per group and quantity: workers per employer.
    pub profiles: Vec<Vec<Profile>>,
}

impl<'a> Truth<'a> {
    pub fn new(survey: &'a Survey, policy: &'a Policy, submissions: &[Submission], window: &Window) -> Truth<'a> {
        let single = |item: &mirai_aggregate::Item| item.kind == ItemKind::Single || item.values.len() == 1;
        let mut quantities = vec![Quantity::Workers];
        for item in &survey.items {
            for v in &item.values {
                quantities.push(Quantity::Chose(item.id.clone(), v.clone()));
                if !single(item) {
                    quantities.push(Quantity::NotChose(item.id.clone(), v.clone()));
                }
            }
            quantities.push(Quantity::NoAnswer(item.id.clone()));
            if !single(item) {
                quantities.push(Quantity::Answered(item.id.clone()));
            }
        }
        let segments: BTreeSet<&String> = survey.employers.values().collect();
        let mut groups = vec![Group::AllSegments];
        groups.extend(segments.iter().map(|s| Group::Segment((*s).clone())));
        groups
            .extend(survey.employers.iter().map(|(e, s)| Group::Employer { employer: e.clone(), segment: s.clone() }));
        let employer_index: BTreeMap<&str, usize> =
            survey.employers.keys().enumerate().map(|(i, e)| (e.as_str(), i)).collect();
        let members: Vec<Vec<usize>> = groups
            .iter()
            .map(|g| {
                survey
                    .employers
                    .iter()
                    .enumerate()
                    .filter(|(_, (e, s))| match g {
                        Group::AllSegments => true,
                        Group::Segment(seg) => seg == *s,
                        Group::Employer { employer, .. } => employer == *e,
                    })
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect();
        let children = groups
            .iter()
            .map(|g| {
                (0..groups.len())
                    .filter(|&h| match (g, &groups[h]) {
                        (Group::AllSegments, Group::Segment(_)) => true,
                        (Group::Segment(name), Group::Employer { segment, .. }) => name == segment,
                        _ => false,
                    })
                    .collect()
            })
            .collect();
        // Per employer and quantity first; a group is the sum over its employers.
        let employers = survey.employers.len();
        let mut by_employer = vec![vec![0u32; quantities.len()]; employers];
        for (employer, answers) in counted(submissions, window) {
            let e = employer_index[employer.as_str()];
            for (q, quantity) in quantities.iter().enumerate() {
                let chosen = |item: &str| answers.get(item).map_or(0, BTreeSet::len);
                let has = |item: &str, v: &str| answers.get(item).is_some_and(|set| set.contains(v));
                let counts = match quantity {
                    Quantity::Workers => true,
                    Quantity::Chose(item, v) => has(item, v),
                    Quantity::NoAnswer(item) => chosen(item) == 0,
                    Quantity::NotChose(item, v) => !has(item, v),
                    Quantity::Answered(item) => chosen(item) > 0,
                };
                by_employer[e][q] += u32::from(counts);
            }
        }
        let profiles = members
            .iter()
            .map(|m| {
                (0..quantities.len())
                    .map(|q| (0..employers).map(|e| if m.contains(&e) { by_employer[e][q] } else { 0 }).collect())
                    .collect()
            })
            .collect();
        Truth { survey, policy, groups, quantities, children, profiles }
    }

    pub fn quantity(&self, wanted: &Quantity) -> usize {
        self.quantities.iter().position(|q| q == wanted).expect("a quantity of the survey")
    }

    /// Whether an item behaves as single choice (a multiple-choice item with one value is
    /// "chose it or did not answer", the same thing).
    pub fn single(&self, item: &str) -> bool {
        let item = self.survey.items.iter().find(|i| i.id == item).expect("item");
        item.kind == ItemKind::Single || item.values.len() == 1
    }

    fn count(&self, g: usize, q: &Quantity) -> u32 {
        total(&self.profiles[g][self.quantity(q)])
    }

    /// Whether a quantity, shown on its own, would break homogeneity: on a sensitive item, fewer
    /// than 2 of those who answered differ from the majority (single choice), or from the
    /// majority on this value (multiple choice).
    pub fn homogeneous(&self, g: usize, q: usize) -> bool {
        let (item_id, v) = match &self.quantities[q] {
            Quantity::Chose(i, v) | Quantity::NotChose(i, v) => (i, v),
            _ => return false,
        };
        let item = self.survey.items.iter().find(|i| &i.id == item_id).expect("item");
        if !item.sensitive {
            return false;
        }
        let chose = |v: &String| self.count(g, &Quantity::Chose(item.id.clone(), v.clone()));
        if self.single(&item.id) {
            let answered: u32 = item.values.iter().map(chose).sum();
            answered - item.values.iter().map(chose).max().unwrap_or(0) < 2
        } else {
            let answered = self.count(g, &Quantity::Answered(item.id.clone()));
            let yes = chose(v);
            yes.min(answered - yes) < 2
        }
    }

    /// Whether a quantity could be shown on its own.
    pub fn showable(&self, g: usize, q: usize) -> bool {
        safe(&self.profiles[g][q], self.groups[g].is_cross_employer(), self.policy) && !self.homogeneous(g, q)
    }
}

/// The report's counts by group and quantity, in the truth's numbering; `None` for hidden
/// quantities and for anything the report lacks.
pub fn released(truth: &Truth, report: &Report) -> Vec<Vec<Option<Count>>> {
    let mut out = vec![vec![None; truth.quantities.len()]; truth.groups.len()];
    for group in report.groups() {
        let Some(g) = truth.groups.iter().position(|x| x == group.group()) else { continue };
        out[g][0] = Some(group.workers());
        for item in group.items() {
            for cell in item.cells() {
                let q = match cell.answer() {
                    Answer::Value(v) => Quantity::Chose(item.item().to_owned(), v.clone()),
                    Answer::NoAnswer => Quantity::NoAnswer(item.item().to_owned()),
                };
                out[g][truth.quantity(&q)] = Some(cell.workers());
            }
        }
    }
    out
}

/// A sum a reader knows holds: parent = children, each (group, quantity).
pub struct Sum {
    pub parent: (usize, usize),
    pub children: Vec<(usize, usize)>,
}

/// Every sum among the quantities: along the group tree for each quantity, and across each
/// group's split of its workers.
pub fn sums(truth: &Truth) -> Vec<Sum> {
    let mut out = Vec::new();
    for (g, children) in truth.children.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
        for q in 0..truth.quantities.len() {
            out.push(Sum { parent: (g, q), children: children.iter().map(|&h| (h, q)).collect() });
        }
    }
    for g in 0..truth.groups.len() {
        for item in &truth.survey.items {
            let id = &item.id;
            let no_answer = truth.quantity(&Quantity::NoAnswer(id.clone()));
            if truth.single(id) {
                let mut children: Vec<_> =
                    item.values.iter().map(|v| (g, truth.quantity(&Quantity::Chose(id.clone(), v.clone())))).collect();
                children.push((g, no_answer));
                out.push(Sum { parent: (g, 0), children });
            } else {
                for v in &item.values {
                    let chose = truth.quantity(&Quantity::Chose(id.clone(), v.clone()));
                    let not = truth.quantity(&Quantity::NotChose(id.clone(), v.clone()));
                    out.push(Sum { parent: (g, 0), children: vec![(g, chose), (g, not)] });
                }
                let answered = truth.quantity(&Quantity::Answered(id.clone()));
                out.push(Sum { parent: (g, 0), children: vec![(g, answered), (g, no_answer)] });
            }
        }
    }
    out
}

/// What a reader knows without subtracting anything suppressed: the released counts; a
/// hidden population that is a released total minus one released cell ("did not choose" is
/// the workers minus those who chose, "answered" the workers minus "no answer"); and a
/// cross-employer count whose every child is known (it is their sum).
pub fn known_by_addition(truth: &Truth, shown: &[Vec<Option<Count>>]) -> Vec<Vec<bool>> {
    let mut known: Vec<Vec<bool>> =
        shown.iter().map(|row| row.iter().map(|c| matches!(c, Some(Count::Released(_)))).collect()).collect();
    let complement: Vec<Option<usize>> = truth
        .quantities
        .iter()
        .map(|q| match q {
            Quantity::NotChose(i, v) => Some(truth.quantity(&Quantity::Chose(i.clone(), v.clone()))),
            Quantity::Answered(i) => Some(truth.quantity(&Quantity::NoAnswer(i.clone()))),
            _ => None,
        })
        .collect();
    loop {
        let mut changed = false;
        for g in 0..truth.groups.len() {
            for q in 0..truth.quantities.len() {
                if known[g][q] {
                    continue;
                }
                let from_row = known[g][0] && complement[q].is_some_and(|c| known[g][c]);
                let children = &truth.children[g];
                let from_children = !children.is_empty() && children.iter().all(|&h| known[h][q]);
                if from_row || from_children {
                    known[g][q] = true;
                    changed = true;
                }
            }
        }
        if !changed {
            return known;
        }
    }
}

/// Checks a report; returns the violations.
pub fn check(
    submissions: &[Submission],
    survey: &Survey,
    policy: &Policy,
    window: &Window,
    today: Date,
    report: &Report,
) -> Vec<String> {
    let mut bad = Vec::new();
    // Windows: fixed, long enough, aligned to the origin, closed and settled.
    let w = report.window();
    if w != window {
        bad.push(format!("report window {w:?} is not the one asked for"));
    }
    let length = w.first_day().days_until(w.last_day()) + 1;
    if length < 30 || length != i64::from(policy.window_days) {
        bad.push(format!("window of {length} days"));
    }
    if Date::MIN.days_until(w.first_day()) % i64::from(policy.window_days) != 0 {
        bad.push("window not aligned to the origin".into());
    }
    if w.last_day().days_until(today) <= i64::from(policy.settle_days) {
        bad.push("window not closed and settled".into());
    }

    let truth = Truth::new(survey, policy, submissions, window);
    let shown = released(&truth, report);
    let name = |g: usize, q: usize| format!("{:?} {:?}", truth.groups[g], truth.quantities[q]);
    // Presence: every registered group, item, value and "no answer" is in the report, in order.
    let got: Vec<&Group> = report.groups().iter().map(|g| g.group()).collect();
    if got != truth.groups.iter().collect::<Vec<_>>() {
        bad.push(format!("groups {got:?}, expected {:?}", truth.groups));
    }
    let cells: usize =
        report.groups().iter().map(|g| 1 + g.items().iter().map(|i| i.cells().len()).sum::<usize>()).sum();
    let displayed = truth.quantities.iter().filter(|q| q.displayed()).count();
    if cells != displayed * truth.groups.len() {
        bad.push(format!("{cells} cells, expected {}", displayed * truth.groups.len()));
    }
    for (g, row) in shown.iter().enumerate() {
        for (q, count) in row.iter().enumerate() {
            if count.is_some() != truth.quantities[q].displayed() {
                bad.push(format!("{} present: {}", name(g, q), count.is_some()));
            }
        }
    }
    let is_released = |(g, q): (usize, usize)| matches!(shown[g][q], Some(Count::Released(_)));

    // Every released count is true, and passes k, the employer rules and homogeneity.
    for (g, row) in shown.iter().enumerate() {
        for (q, count) in row.iter().enumerate() {
            let Some(Count::Released(n)) = count else { continue };
            let p = &truth.profiles[g][q];
            if total(p) != *n {
                bad.push(format!("{} released {n}, true {}", name(g, q), total(p)));
            }
            if *n < policy.k {
                bad.push(format!("k: {} = {n}", name(g, q)));
            }
            if truth.groups[g].is_cross_employer() && !safe(p, true, policy) {
                bad.push(format!("employers/dominance: {} {p:?}", name(g, q)));
            }
            if truth.homogeneous(g, q) {
                bad.push(format!("homogeneity: {}", name(g, q)));
            }
        }
    }

    // A hidden population a reader can compute without subtracting a suppressed count must be
    // showable, unless it is the sum of known children.
    let known = known_by_addition(&truth, &shown);
    for (g, row) in known.iter().enumerate() {
        for (q, _) in row.iter().enumerate().filter(|(q, k)| **k && !truth.quantities[*q].displayed()) {
            let children = &truth.children[g];
            let summed = !children.is_empty() && children.iter().all(|&h| known[h][q]);
            if !summed && !truth.showable(g, q) {
                bad.push(format!("hidden {} is computable and unsafe", name(g, q)));
            }
        }
    }

    // Complement: within every released total, the cells not known cannot be computed one by
    // one, and together (total minus the known cells) they pass the rules of the total. A
    // segment whose employers are all released is known by addition; subtracting it tells
    // nothing that adding did not.
    for sum in sums(&truth) {
        if !is_released(sum.parent) {
            continue;
        }
        let parent_total = total(&truth.profiles[sum.parent.0][sum.parent.1]);
        // Every released child's complement within the total has at least k workers.
        if sum.children.len() > 1 {
            for &(g, q) in sum.children.iter().filter(|&&c| is_released(c)) {
                let rest = parent_total - total(&truth.profiles[g][q]);
                if rest < policy.k {
                    bad.push(format!("complement of {} in {} is {rest}", name(g, q), name(sum.parent.0, sum.parent.1)));
                }
            }
        }
        let hidden: Vec<(usize, usize)> = sum.children.iter().copied().filter(|&(g, q)| !known[g][q]).collect();
        if hidden.is_empty() || hidden.len() == sum.children.len() {
            continue;
        }
        if let [(g, q)] = hidden[..] {
            if truth.quantities[q].displayed() {
                bad.push(format!("suppressed {} = {} minus the rest", name(g, q), name(sum.parent.0, sum.parent.1)));
            } else if !truth.showable(g, q) {
                bad.push(format!(
                    "hidden {} = {} minus the rest, and unsafe",
                    name(g, q),
                    name(sum.parent.0, sum.parent.1)
                ));
            }
            continue;
        }
        let mut union = vec![0; survey.employers.len()];
        for &(g, q) in &hidden {
            for (u, n) in union.iter_mut().zip(&truth.profiles[g][q]) {
                *u += n;
            }
        }
        if !safe(&union, truth.groups[sum.parent.0].is_cross_employer(), policy) {
            bad.push(format!("{} minus known cells leaves {union:?}", name(sum.parent.0, sum.parent.1)));
        }
    }

    // Multiple choice: every answering worker chose at least one value, so "answered minus the
    // other values" bounds a suppressed value from below. It must say nothing (≤ 0) about a
    // value that could not be shown.
    for (g, row) in shown.iter().enumerate() {
        for item in truth.survey.items.iter().filter(|i| !truth.single(&i.id)) {
            let workers = row[0].and_then(Count::released);
            let none = row[truth.quantity(&Quantity::NoAnswer(item.id.clone()))].and_then(Count::released);
            let (Some(workers), Some(none)) = (workers, none) else { continue };
            let answered = i64::from(workers - none);
            let value = |v: &String| truth.quantity(&Quantity::Chose(item.id.clone(), v.clone()));
            for b in &item.values {
                let qb = value(b);
                if is_released((g, qb)) || truth.showable(g, qb) {
                    continue;
                }
                let others: i64 = item
                    .values
                    .iter()
                    .filter(|a| *a != b)
                    .map(|a| row[value(a)].and_then(Count::released).map_or(answered, i64::from))
                    .sum();
                if answered - others > 0 {
                    bad.push(format!("{} is at least {}", name(g, qb), answered - others));
                }
            }
        }
    }
    bad
}
