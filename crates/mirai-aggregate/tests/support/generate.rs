//! Datasets built to hit the cases that break naive aggregation: one-worker employers, all
//! identical answers, one employer with most of a segment, workers who submit several times or
//! move employer, submissions outside the window, employers registered but silent.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use mirai_aggregate::{Item, ItemKind, Policy, Submission, Survey, Window};
use mirai_core::Date;
use proptest::prelude::*;

/// How an item's answers are drawn.
#[derive(Debug, Clone, Copy)]
pub enum Mode {
    /// Independent answers, some unanswered.
    Random,
    /// Everyone gives the same answer: value index, or no answer when it is out of range.
    Same(usize),
    /// Nearly everyone chooses the first value.
    Skewed,
}

/// An item's shape.
#[derive(Debug, Clone)]
pub struct ItemShape {
    pub multiple: bool,
    pub values: usize,
    pub sensitive: bool,
    pub mode: Mode,
}

/// An employer's shape.
#[derive(Debug, Clone)]
pub struct EmployerShape {
    pub segment: usize,
    pub workers: usize,
}

/// Everything a dataset is built from; the answers themselves come from `seed`.
#[derive(Debug, Clone)]
pub struct Shape {
    pub k: u32,
    pub window_days: u32,
    pub settle_days: u32,
    pub late_days: u32,
    pub window_index: usize,
    pub items: Vec<ItemShape>,
    pub employers: Vec<EmployerShape>,
    pub idle_employers: usize,
    pub seed: u64,
}

/// A dataset ready to release.
pub struct Dataset {
    pub survey: Survey,
    pub policy: Policy,
    pub window: Window,
    pub today: Date,
    pub submissions: Vec<Submission>,
}

fn item_shape(max_values: usize) -> impl Strategy<Value = ItemShape> {
    let mode = prop_oneof![
        3 => Just(Mode::Random),
        2 => (0usize..=3).prop_map(Mode::Same),
        1 => Just(Mode::Skewed),
    ];
    (any::<bool>(), 1..=max_values, prop::bool::weighted(0.7), mode)
        .prop_map(|(multiple, values, sensitive, mode)| ItemShape { multiple, values, sensitive, mode })
}

fn employer_shape(segments: usize) -> impl Strategy<Value = EmployerShape> {
    let workers = prop_oneof![
        3 => Just(1usize),
        2 => 2usize..=4,
        4 => 5usize..=15,
        2 => 16usize..=45,
    ];
    (0..segments, workers).prop_map(|(segment, workers)| EmployerShape { segment, workers })
}

/// Shapes with up to `max_employers` employers (plus up to two silent ones), `max_items` items
/// of up to `max_values` values.
pub fn shape(max_employers: usize, max_items: usize, max_values: usize) -> impl Strategy<Value = Shape> {
    let segments = prop_oneof![3 => Just(1usize), 1 => Just(2usize), 1 => Just(3usize)];
    let k = prop_oneof![Just(5u32), Just(10u32), 5u32..=12];
    let window_days = prop_oneof![3 => Just(30u32), 1 => Just(45u32)];
    (segments, k, window_days, 0u32..=20, 0u32..=5, 0usize..4)
        .prop_flat_map(move |(segments, k, window_days, settle_days, late_days, window_index)| {
            (
                Just((k, window_days, settle_days, late_days, window_index)),
                prop::collection::vec(item_shape(max_values), 1..=max_items),
                prop::collection::vec(employer_shape(segments), 1..=max_employers),
                0usize..=2,
                any::<u64>(),
            )
        })
        .prop_map(|((k, window_days, settle_days, late_days, window_index), items, employers, idle_employers, seed)| {
            Shape { k, window_days, settle_days, late_days, window_index, items, employers, idle_employers, seed }
        })
}

/// A small seedable random source (xorshift), so a dataset is a pure function of its shape.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Dates around a few fixed windows, computed once: date arithmetic is slow unoptimised and a
/// run builds millions of submissions.
struct Calendar {
    window: Window,
    /// Day `window start - 40 + i`.
    days: Vec<Date>,
}

const BEFORE: i32 = 40;

fn calendar(window_days: u32, index: usize) -> &'static Calendar {
    static CALENDARS: OnceLock<Vec<Calendar>> = OnceLock::new();
    let all = CALENDARS.get_or_init(|| {
        let mut out = Vec::new();
        for days in [30u32, 45] {
            let policy = Policy { window_days: days, ..Policy::default() };
            for i in 0..4 {
                let anchor: Date = "2026-02-10".parse().expect("valid date");
                let window = policy.window_containing(anchor.plus_days(i * 97)).expect("in range");
                let start = window.first_day().plus_days(-BEFORE);
                let days = (0..(days as i32 + 2 * BEFORE)).map(|d| start.plus_days(d)).collect();
                out.push(Calendar { window, days });
            }
        }
        out
    });
    &all[usize::from(window_days != 30) * 4 + index]
}

/// Builds the dataset a shape describes.
pub fn build(shape: &Shape) -> Dataset {
    let mut rng = Rng(shape.seed | 1);
    let calendar = calendar(shape.window_days, shape.window_index);
    let policy =
        Policy { k: shape.k, window_days: shape.window_days, settle_days: shape.settle_days, ..Policy::default() };
    let items: Vec<Item> = shape
        .items
        .iter()
        .enumerate()
        .map(|(i, s)| Item {
            id: format!("q{i}"),
            kind: if s.multiple { ItemKind::Multiple } else { ItemKind::Single },
            values: (0..s.values).map(|v| format!("v{v}")).collect(),
            sensitive: s.sensitive,
        })
        .collect();
    let mut employers: BTreeMap<String, String> =
        shape.employers.iter().enumerate().map(|(e, s)| (format!("e{e}"), format!("s{}", s.segment))).collect();
    for i in 0..shape.idle_employers {
        employers.insert(format!("idle{i}"), format!("s{}", i % 2));
    }
    let mut submissions = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let days = shape.window_days as usize;
    for (e, employer) in shape.employers.iter().enumerate() {
        for w in 0..employer.workers {
            // A few workers moved here from another employer: same id, other employer.
            let worker =
                if !ids.is_empty() && rng.chance(5) { ids[rng.below(ids.len())].clone() } else { format!("e{e}w{w}") };
            ids.push(worker.clone());
            let count = match rng.below(10) {
                0 => 3,
                1 | 2 => 2,
                _ => 1,
            };
            for _ in 0..count {
                let offset = match rng.below(10) {
                    0 => rng.below(BEFORE as usize),
                    1 => BEFORE as usize + days + rng.below(BEFORE as usize),
                    _ => BEFORE as usize + rng.below(days),
                };
                let answers = shape
                    .items
                    .iter()
                    .zip(&items)
                    .filter_map(|(s, item)| answer(&mut rng, s).map(|chosen| (item.id.clone(), chosen)))
                    .collect();
                submissions.push(Submission {
                    worker: worker.clone(),
                    employer: format!("e{e}"),
                    segment: format!("s{}", employer.segment),
                    day: calendar.days[offset],
                    answers,
                });
            }
        }
    }
    // The input order is not the order of days.
    for i in (1..submissions.len()).rev() {
        submissions.swap(i, rng.below(i + 1));
    }
    let today = calendar.days[BEFORE as usize + days + (shape.settle_days + shape.late_days) as usize];
    Dataset { survey: Survey { items, employers }, policy, window: calendar.window, today, submissions }
}

fn answer(rng: &mut Rng, shape: &ItemShape) -> Option<Vec<String>> {
    let value = |v: usize| format!("v{v}");
    match shape.mode {
        Mode::Same(v) if v < shape.values => Some(vec![value(v)]),
        Mode::Same(_) => None,
        Mode::Skewed if rng.chance(90) => Some(vec![value(0)]),
        _ if rng.chance(15) => None,
        _ if shape.multiple => {
            let chosen: Vec<String> = (0..shape.values).filter(|_| rng.chance(50)).map(value).collect();
            // An empty list is "not answered" too, and worth having in the data.
            Some(chosen)
        }
        _ => Some(vec![value(rng.below(shape.values))]),
    }
}
