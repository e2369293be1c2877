//! A stronger audit than the per-sum complement rule: a reader who combines *every* released
//! count of a report, across groups, items and values, by any linear combination, still cannot
//! compute a suppressed count, nor a hidden population ("did not choose", "answered") that could
//! not be shown.
//!
//! The unknowns are the finest counts a reader could want: per employer, its workers and, per
//! item, how many gave each exact answer (each subset of values for a multiple-choice item).
//! Each released count is a linear form in them, and so is each structural fact (an employer's
//! answers to an item add up to its workers). A count is computable exactly when its form lies
//! in the span of the known forms; this is decided by Gaussian elimination modulo the prime
//! 2^61 - 1 (a different method from the crate's GF(2) audit, so the two cannot share a
//! mistake; a false "not computable" would need the prime to divide a minor of a small 0/±1
//! matrix).

mod support;

use std::collections::BTreeMap;

use mirai_aggregate::{Count, Group, release};
use proptest::prelude::*;
use support::checker::{Quantity, Truth, released};
use support::generate::{build, shape};

const P: u64 = (1 << 61) - 1;

fn mul(a: u64, b: u64) -> u64 {
    ((u128::from(a) * u128::from(b)) % u128::from(P)) as u64
}

fn inverse(a: u64) -> u64 {
    let (mut base, mut exp, mut out) = (a, P - 2, 1);
    while exp > 0 {
        if exp & 1 == 1 {
            out = mul(out, base);
        }
        base = mul(base, base);
        exp >>= 1;
    }
    out
}

/// Row space modulo P, in reduced echelon form (each pivot column is zero in every other row).
#[derive(Default)]
struct Span {
    rows: Vec<(usize, Vec<u64>)>,
}

impl Span {
    fn reduce(&self, mut row: Vec<u64>) -> Vec<u64> {
        for (pivot, basis) in &self.rows {
            let factor = row[*pivot];
            if factor != 0 {
                for (x, b) in row.iter_mut().zip(basis) {
                    *x = (*x + P - mul(factor, *b)) % P;
                }
            }
        }
        row
    }

    fn insert(&mut self, row: Vec<u64>) {
        let mut row = self.reduce(row);
        let Some(pivot) = row.iter().position(|&x| x != 0) else { return };
        let scale = inverse(row[pivot]);
        row.iter_mut().for_each(|x| *x = mul(*x, scale));
        for (_, basis) in &mut self.rows {
            let factor = basis[pivot];
            if factor != 0 {
                for (b, x) in basis.iter_mut().zip(&row) {
                    *b = (*b + P - mul(factor, *x)) % P;
                }
            }
        }
        self.rows.push((pivot, row));
    }

    fn contains(&self, row: Vec<u64>) -> bool {
        self.reduce(row).iter().all(|&x| x == 0)
    }
}

/// The unknowns: per employer its workers, and per item the count of each exact answer.
struct Unknowns<'a> {
    truth: &'a Truth<'a>,
    index: BTreeMap<(String, usize, usize), usize>,
    len: usize,
}

const WORKERS: usize = usize::MAX;

impl<'a> Unknowns<'a> {
    fn new(truth: &'a Truth<'a>) -> Unknowns<'a> {
        let mut index = BTreeMap::new();
        for employer in truth.survey.employers.keys() {
            let next = index.len();
            index.insert((employer.clone(), WORKERS, 0), next);
            for (i, item) in truth.survey.items.iter().enumerate() {
                for answer in 0..Self::answers(truth, i) {
                    let next = index.len();
                    index.insert((employer.clone(), i, answer), next);
                }
                let _ = item;
            }
        }
        let len = index.len();
        Unknowns { truth, index, len }
    }

    /// Exact answers to item `i`: single choice, value index or `values` for none; multiple
    /// choice, the set of chosen values as a bit mask (0 for none).
    fn answers(truth: &Truth, i: usize) -> usize {
        let item = &truth.survey.items[i];
        if truth.single(&item.id) { item.values.len() + 1 } else { 1 << item.values.len() }
    }

    fn employers(&self, group: &Group) -> Vec<String> {
        self.truth
            .survey
            .employers
            .iter()
            .filter(|(e, s)| match group {
                Group::AllSegments => true,
                Group::Segment(seg) => seg == *s,
                Group::Employer { employer, .. } => employer == *e,
            })
            .map(|(e, _)| e.clone())
            .collect()
    }

    /// The linear form of a quantity in a group.
    fn form(&self, group: &Group, q: &Quantity) -> Vec<u64> {
        let mut row = vec![0; self.len];
        let item_of = |id: &str| self.truth.survey.items.iter().position(|i| i.id == id).expect("item");
        for e in self.employers(group) {
            let mut put = |i: usize, answer: usize, sign: u64| {
                let at = self.index[&(e.clone(), i, answer)];
                row[at] = (row[at] + sign) % P;
            };
            match q {
                Quantity::Workers => put(WORKERS, 0, 1),
                Quantity::Chose(id, v) | Quantity::NotChose(id, v) => {
                    let i = item_of(id);
                    let item = &self.truth.survey.items[i];
                    let v = item.values.iter().position(|x| x == v).expect("value");
                    let sign = if matches!(q, Quantity::NotChose(..)) {
                        put(WORKERS, 0, 1);
                        P - 1
                    } else {
                        1
                    };
                    if self.truth.single(id) {
                        put(i, v, sign);
                    } else {
                        for mask in (0..Self::answers(self.truth, i)).filter(|m| m & (1 << v) != 0) {
                            put(i, mask, sign);
                        }
                    }
                }
                Quantity::NoAnswer(id) => {
                    let i = item_of(id);
                    let none = if self.truth.single(id) { self.truth.survey.items[i].values.len() } else { 0 };
                    put(i, none, 1);
                }
                Quantity::Answered(id) => {
                    let i = item_of(id);
                    for mask in 1..Self::answers(self.truth, i) {
                        put(i, mask, 1);
                    }
                }
            }
        }
        row
    }

    /// Structure: each employer's exact answers to an item add up to its workers.
    fn structure(&self) -> Vec<Vec<u64>> {
        let mut out = Vec::new();
        for e in self.truth.survey.employers.keys() {
            for i in 0..self.truth.survey.items.len() {
                let mut row = vec![0; self.len];
                row[self.index[&(e.clone(), WORKERS, 0)]] = P - 1;
                for answer in 0..Self::answers(self.truth, i) {
                    row[self.index[&(e.clone(), i, answer)]] = 1;
                }
                out.push(row);
            }
        }
        out
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    #[test]
    fn nothing_suppressed_is_computable_from_the_whole_report(shape in shape(7, 2, 3)) {
        let data = build(&shape);
        let report = release(&data.submissions, &data.survey, &data.policy, &data.window, data.today)
            .map_err(|e| TestCaseError::fail(format!("release refused: {e}")))?;
        let truth = Truth::new(&data.survey, &data.policy, &data.submissions, &data.window);
        let shown = released(&truth, &report);
        let unknowns = Unknowns::new(&truth);
        let mut span = Span::default();
        for row in unknowns.structure() {
            span.insert(row);
        }
        for (g, row) in shown.iter().enumerate() {
            for (q, count) in row.iter().enumerate() {
                if let Some(Count::Released(_)) = count {
                    span.insert(unknowns.form(&truth.groups[g], &truth.quantities[q]));
                }
            }
        }
        let computable: Vec<Vec<bool>> = truth
            .groups
            .iter()
            .map(|g| truth.quantities.iter().map(|q| span.contains(unknowns.form(g, q))).collect())
            .collect();
        let mut violations = Vec::new();
        for (g, row) in shown.iter().enumerate() {
            for (q, count) in row.iter().enumerate() {
                if matches!(count, Some(Count::Released(_))) || !computable[g][q] {
                    continue;
                }
                // A cross-employer count that is the sum of computable children tells nothing
                // they do not; each child is audited on its own.
                let children = &truth.children[g];
                if !children.is_empty() && children.iter().all(|&h| computable[h][q]) {
                    continue;
                }
                let name = format!("{:?} {:?}", truth.groups[g], truth.quantities[q]);
                if count.is_some() {
                    violations.push(format!("suppressed but computable: {name}"));
                } else if !truth.showable(g, q) {
                    violations.push(format!("hidden, unsafe and computable: {name}"));
                }
            }
        }
        prop_assert!(violations.is_empty(), "{violations:#?}");
    }
}
