use std::collections::{BTreeMap, BTreeSet};

use mirai_core::Date;

use crate::report::{Answer, Cell, Count, Group, GroupReport, ItemReport, Report};
use crate::suppress::{Groups, Table, settle};
use crate::{AggregateError, Item, ItemKind, Policy, Submission, Survey, Window};

/// Releases one closed window: every registered group (all segments, each segment, each
/// employer), every item, every value and "no answer", each cell either a count that passed
/// the rules or marked suppressed.
///
/// Counting: a worker counts once per window, by their latest submission in it (the last one
/// in `submissions` when two share a day), with that submission's employer and answers.
/// Submissions outside the window are ignored; those inside it must name a registered
/// employer and its segment and answer with listed values.
///
/// Suppression runs in two stages. First the group sizes: each group's worker count is a cell,
/// and a segment is the sum of its employers, all segments the sum of the segments. Then each
/// item, with the sizes fixed: a group whose size is suppressed shows none of its answers.
/// Within a stage every cell that fails the rules is suppressed, then the report is audited as
/// a reader would read it (every sum along the group tree and across each group's answers,
/// combined in every way), and one more cell is suppressed while anything suppressed can be
/// computed or the cells a released total leaves unexplained fail the rules together. The cell
/// chosen hides as few workers as possible; hiding a total instead of its parts is chosen when
/// that hides fewer. Everything is settled together, so the report's views
/// ([`Report::for_employer`], [`Report::cross_employer`]) can be handed to the same reader.
pub fn release(
    submissions: &[Submission],
    survey: &Survey,
    policy: &Policy,
    window: &Window,
    today: Date,
) -> Result<Report, AggregateError> {
    policy.validate()?;
    if window.days() != policy.window_days {
        return Err(AggregateError::WindowMismatch { window: window.days(), policy: policy.window_days });
    }
    if !policy.is_releasable(window, today) {
        return Err(AggregateError::WindowOpen);
    }
    survey.validate()?;
    let tree = Tree::new(survey);
    let workers = latest_per_worker(submissions, window);
    let answers = read_answers(&workers, survey, &tree)?;

    let leaves = tree.employers.len();
    let mut sizes = vec![0u32; leaves];
    for worker in &answers {
        sizes[worker.leaf] += 1;
    }
    let groups = &tree.groups;
    let group_count = groups.cross.len();
    let mut size_table = [Table::new(
        groups,
        policy,
        sizes.iter().map(|&n| vec![n]).collect(),
        vec![true],
        vec![vec![false]; group_count],
        None,
    )];
    settle(groups, policy, &mut size_table, |_, _| None);
    let [size_table] = size_table;
    let totals: Vec<bool> = (0..group_count).map(|g| size_table.released[g][0]).collect();

    let mut item_cells: Vec<Vec<Vec<Cell>>> = Vec::new();
    for (index, item) in survey.items.iter().enumerate() {
        let choices: Vec<(usize, &Choice)> = answers.iter().map(|w| (w.leaf, &w.choices[index])).collect();
        item_cells.push(release_item(groups, policy, item, &choices, &sizes, &totals));
    }

    let groups_out = (0..group_count)
        .map(|g| GroupReport {
            group: tree.group(g),
            workers: count(totals[g], size_table.count(groups, g, 0)),
            items: survey
                .items
                .iter()
                .zip(&item_cells)
                .map(|(item, cells)| ItemReport { item: item.id.clone(), kind: item.kind, cells: cells[g].clone() })
                .collect(),
        })
        .collect();
    Ok(Report { window: *window, groups: groups_out })
}

fn count(released: bool, n: u32) -> Count {
    if released { Count::Released(n) } else { Count::Suppressed }
}

/// The registered groups as a tree: 0 is all segments, then the segments, then the employers.
struct Tree {
    segments: Vec<String>,
    employers: Vec<(String, String)>,
    groups: Groups,
}

impl Tree {
    fn new(survey: &Survey) -> Tree {
        let segments: Vec<String> = survey.employers.values().cloned().collect::<BTreeSet<_>>().into_iter().collect();
        let employers: Vec<(String, String)> = survey.employers.iter().map(|(e, s)| (e.clone(), s.clone())).collect();
        let first_employer = 1 + segments.len();
        let count = first_employer + employers.len();
        let mut groups = Groups {
            parent: vec![None; count],
            children: vec![Vec::new(); count],
            leaves: vec![Vec::new(); count],
            cross: (0..count).map(|g| g < first_employer).collect(),
            leaf_count: employers.len(),
        };
        for s in 0..segments.len() {
            groups.parent[1 + s] = Some(0);
            groups.children[0].push(1 + s);
        }
        for (leaf, (_, segment)) in employers.iter().enumerate() {
            let s = 1 + segments.binary_search(segment).unwrap_or_default();
            let g = first_employer + leaf;
            groups.parent[g] = Some(s);
            groups.children[s].push(g);
            for group in [0, s, g] {
                groups.leaves[group].push(leaf);
            }
        }
        Tree { segments, employers, groups }
    }

    fn group(&self, g: usize) -> Group {
        match g {
            0 => Group::AllSegments,
            g if g <= self.segments.len() => Group::Segment(self.segments[g - 1].clone()),
            g => {
                let (employer, segment) = &self.employers[g - 1 - self.segments.len()];
                Group::Employer { employer: employer.clone(), segment: segment.clone() }
            }
        }
    }
}

/// Each worker's latest submission in the window.
fn latest_per_worker<'a>(submissions: &'a [Submission], window: &Window) -> Vec<&'a Submission> {
    let mut latest: BTreeMap<&str, &Submission> = BTreeMap::new();
    for submission in submissions.iter().filter(|s| window.contains(s.day)) {
        let entry = latest.entry(submission.worker.as_str()).or_insert(submission);
        // Later in the input wins a tie: it is the order the NGO received them in.
        if submission.day >= entry.day {
            *entry = submission;
        }
    }
    latest.into_values().collect()
}

/// An answer to one item, as value indices.
enum Choice {
    Single(Option<usize>),
    Multiple(BTreeSet<usize>),
}

/// One counted worker: their employer (as a leaf) and their answer to each item.
struct Counted {
    leaf: usize,
    choices: Vec<Choice>,
}

fn read_answers(workers: &[&Submission], survey: &Survey, tree: &Tree) -> Result<Vec<Counted>, AggregateError> {
    let leaf_of: BTreeMap<&str, usize> = tree.employers.iter().enumerate().map(|(i, (e, _))| (e.as_str(), i)).collect();
    workers
        .iter()
        .map(|s| {
            let leaf =
                *leaf_of.get(s.employer.as_str()).ok_or_else(|| AggregateError::UnknownEmployer(s.employer.clone()))?;
            if tree.employers[leaf].1 != s.segment {
                return Err(AggregateError::SegmentMismatch(s.employer.clone()));
            }
            let choices =
                survey.items.iter().map(|item| read_choice(item, s.answers.get(&item.id))).collect::<Result<_, _>>()?;
            Ok(Counted { leaf, choices })
        })
        .collect()
}

fn read_choice(item: &Item, answer: Option<&Vec<String>>) -> Result<Choice, AggregateError> {
    let mut chosen = BTreeSet::new();
    for value in answer.into_iter().flatten() {
        let index = item
            .values
            .iter()
            .position(|v| v == value)
            .ok_or_else(|| AggregateError::UnknownValue { item: item.id.clone(), value: value.clone() })?;
        chosen.insert(index);
    }
    match item.kind {
        ItemKind::Multiple => Ok(Choice::Multiple(chosen)),
        ItemKind::Single if chosen.len() > 1 => Err(AggregateError::NotSingle(item.id.clone())),
        ItemKind::Single => Ok(Choice::Single(chosen.first().copied())),
    }
}

/// Settles one item's tables and returns its cells per group.
fn release_item(
    groups: &Groups,
    policy: &Policy,
    item: &Item,
    choices: &[(usize, &Choice)],
    sizes: &[u32],
    totals: &[bool],
) -> Vec<Vec<Cell>> {
    let values = item.values.len();
    let group_count = groups.cross.len();
    let group_sum =
        |counts: &[Vec<u32>], g: usize, c: usize| -> u32 { groups.leaves[g].iter().map(|&l| counts[l][c]).sum() };
    let value_answer = |v: usize| Answer::Value(item.values[v].clone());

    if item.kind == ItemKind::Single || values == 1 {
        // One table: the values and "no answer" split each group. A multiple-choice item with
        // one value is the same thing (chose it, or did not answer).
        let mut counts = vec![vec![0u32; values + 1]; sizes.len()];
        for (leaf, choice) in choices {
            let column = match choice {
                Choice::Single(v) => v.unwrap_or(values),
                Choice::Multiple(set) => set.first().copied().unwrap_or(values),
            };
            counts[*leaf][column] += 1;
        }
        let flagged = (0..group_count)
            .map(|g| {
                let answered: u32 = (0..values).map(|c| group_sum(&counts, g, c)).sum();
                let majority = (0..values).map(|c| group_sum(&counts, g, c)).max().unwrap_or(0);
                let homogeneous = item.sensitive && answered - majority < 2;
                (0..=values).map(|c| homogeneous && c < values).collect()
            })
            .collect();
        let mut tables = [Table::new(groups, policy, counts, vec![true; values + 1], flagged, Some(totals.to_vec()))];
        settle(groups, policy, &mut tables, |_, _| None);
        let [table] = tables;
        return (0..group_count)
            .map(|g| {
                (0..=values)
                    .map(|c| Cell {
                        answer: if c < values { value_answer(c) } else { Answer::NoAnswer },
                        workers: count(table.released[g][c], table.count(groups, g, c)),
                    })
                    .collect()
            })
            .collect();
    }

    // Several values, any number chosen: one table per value (chose it / did not) and one for
    // "no answer" (answered / did not). The hidden columns are never shown but are populations
    // a reader may compute, so the same rules guard them.
    let mut chose = vec![vec![0u32; values]; sizes.len()];
    let mut answered = vec![0u32; sizes.len()];
    for (leaf, choice) in choices {
        if let Choice::Multiple(set) = choice {
            for &v in set {
                chose[*leaf][v] += 1;
            }
            answered[*leaf] += u32::from(!set.is_empty());
        }
    }
    let answered_in = |g: usize| -> u32 { groups.leaves[g].iter().map(|&l| answered[l]).sum() };
    let mut tables: Vec<Table> = (0..values)
        .map(|v| {
            let counts: Vec<Vec<u32>> = (0..sizes.len()).map(|l| vec![chose[l][v], sizes[l] - chose[l][v]]).collect();
            let flagged = (0..group_count)
                .map(|g| {
                    let yes = group_sum(&counts, g, 0);
                    let homogeneous = item.sensitive && yes.min(answered_in(g) - yes) < 2;
                    vec![homogeneous; 2]
                })
                .collect();
            Table::new(groups, policy, counts, vec![true, false], flagged, Some(totals.to_vec()))
        })
        .collect();
    let counts: Vec<Vec<u32>> = (0..sizes.len()).map(|l| vec![answered[l], sizes[l] - answered[l]]).collect();
    tables.push(Table::new(
        groups,
        policy,
        counts,
        vec![false, true],
        vec![vec![false; 2]; group_count],
        Some(totals.to_vec()),
    ));
    settle(groups, policy, &mut tables, |tables, known| covering(groups, tables, known, values));
    (0..group_count)
        .map(|g| {
            let mut cells: Vec<Cell> = (0..values)
                .map(|v| Cell {
                    answer: value_answer(v),
                    workers: count(tables[v].released[g][0], tables[v].count(groups, g, 0)),
                })
                .collect();
            let no_answer = &tables[values];
            cells.push(Cell {
                answer: Answer::NoAnswer,
                workers: count(no_answer.released[g][1], no_answer.count(groups, g, 1)),
            });
            cells
        })
        .collect()
}

/// The rule that multiple-choice items add: every worker who answered chose at least one
/// value, so with one value's cell hidden and the others shown, "answered minus the others"
/// is a lower bound on the hidden one, and it can be exact. So a group hides either none of a
/// multiple-choice item's values or at least two. Returns (table, group, column) to suppress.
fn covering(
    groups: &Groups,
    tables: &[Table],
    known: &[Vec<Vec<bool>>],
    values: usize,
) -> Option<(usize, usize, usize)> {
    (0..groups.cross.len()).find_map(|g| {
        let mut hidden = (0..values).filter(|&v| !known[v][g][0]);
        let (Some(only), None) = (hidden.next(), hidden.next()) else { return None };
        let shown = (0..values).filter(|&v| v != only && tables[v].released[g][0]);
        match shown.min_by_key(|&v| (tables[v].count(groups, g, 0), v)) {
            Some(v) => Some((v, g, 0)),
            // The other values are only computed, not shown: hide what they are computed
            // from, starting with the group's "no answer".
            None if tables[values].released[g][1] => Some((values, g, 1)),
            None => smallest_shown(groups, tables),
        }
    })
}

fn smallest_shown(groups: &Groups, tables: &[Table]) -> Option<(usize, usize, usize)> {
    let mut best: Option<(u32, usize, usize, usize)> = None;
    for (t, table) in tables.iter().enumerate() {
        for (g, row) in table.released.iter().enumerate() {
            for (c, _) in row.iter().enumerate().filter(|(_, r)| **r) {
                let n = table.count(groups, g, c);
                if best.is_none_or(|b| n < b.0) {
                    best = Some((n, t, g, c));
                }
            }
        }
    }
    best.map(|(_, t, g, c)| (t, g, c))
}
