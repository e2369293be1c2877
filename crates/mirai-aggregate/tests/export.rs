//! The CSV and SVG of one realistic release, as snapshots: a construction segment of six
//! employers (names with a comma, a quote, a formula-like start and Japanese), and three
//! one-worker domestic households that must show nothing.

use std::collections::BTreeMap;

use mirai_aggregate::{Item, ItemKind, Labels, Policy, Report, Submission, Survey, release, to_csv, to_svg};
use mirai_core::Date;

const CONSTRUCTION: &str = "construction/aichi";
const DOMESTIC: &str = "domestic/tokyo";

/// (employer, segment, workers who answered).
const EMPLOYERS: [(&str, &str, usize); 9] = [
    ("Aichi Build", CONSTRUCTION, 24),
    ("Kato, Sato & Partners", CONSTRUCTION, 18),
    ("\"Sun\" Rise KK", CONSTRUCTION, 15),
    ("=Nagoya Steel", CONSTRUCTION, 14),
    ("株式会社ミライ建設", CONSTRUCTION, 12),
    ("Okazaki Works", CONSTRUCTION, 11),
    ("Household 1", DOMESTIC, 1),
    ("Household 2", DOMESTIC, 1),
    ("Household 3", DOMESTIC, 1),
];

fn survey() -> Survey {
    Survey {
        items: vec![
            Item {
                id: "passport_kept".into(),
                kind: ItemKind::Single,
                values: vec!["yes".into(), "no".into()],
                sensitive: true,
            },
            Item {
                id: "problems".into(),
                kind: ItemKind::Multiple,
                values: vec!["unpaid_overtime".into(), "no_days_off".into(), "threats".into()],
                sensitive: true,
            },
            Item {
                id: "days_off".into(),
                kind: ItemKind::Single,
                values: vec!["none".into(), "1-3".into(), "4+".into()],
                sensitive: false,
            },
        ],
        employers: EMPLOYERS.iter().map(|(e, s, _)| (e.to_string(), s.to_string())).collect(),
    }
}

fn report() -> Report {
    let policy = Policy::default();
    let window = policy.window_containing("2026-05-20".parse::<Date>().expect("date")).expect("in range");
    let mut submissions = Vec::new();
    for (employer, segment, count) in EMPLOYERS {
        for i in 0..count {
            let mut answers = BTreeMap::new();
            // Fixed patterns rather than randomness, so the snapshot is stable and readable.
            if i % 7 != 6 {
                answers.insert("passport_kept".into(), vec![if i % 3 == 0 { "yes" } else { "no" }.into()]);
            }
            let problems: Vec<String> =
                [(i % 2 == 0, "unpaid_overtime"), (i % 4 == 1, "no_days_off"), (i == 5, "threats")]
                    .iter()
                    .filter(|(chosen, _)| *chosen)
                    .map(|(_, p)| p.to_string())
                    .collect();
            answers.insert("problems".into(), problems);
            answers.insert("days_off".into(), vec![["none", "1-3", "4+"][i % 3].into()]);
            submissions.push(Submission {
                worker: format!("{employer}/{i}"),
                employer: employer.into(),
                segment: segment.into(),
                day: window.first_day().plus_days((i % 30) as i32),
                answers,
            });
        }
    }
    let today = window.last_day().plus_days(20);
    release(&submissions, &survey(), &policy, &window, today).expect("released")
}

fn labels() -> Labels {
    let mut labels = Labels { title: "自己チェック <集計> & 報告".into(), ..Labels::default() };
    labels.items.insert("passport_kept".into(), "パスポートを会社が預かっていますか".into());
    labels.items.insert("problems".into(), "ပြဿနာများ (problems)".into());
    labels
        .values
        .insert("passport_kept".into(), [("yes", "はい"), ("no", "いいえ")].map(|(k, v)| (k.into(), v.into())).into());
    labels
}

#[test]
fn csv_of_a_release() {
    let csv = to_csv(&report());
    assert!(csv.ends_with("\r\n") && !csv.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    insta::assert_snapshot!(csv);
}

#[test]
fn csv_of_one_employer() {
    insta::assert_snapshot!(to_csv(&report().for_employer("Kato, Sato & Partners")));
}

#[test]
fn svg_of_the_cross_employer_part() {
    let svg = to_svg(&report().cross_employer(), &labels());
    assert!(!svg.contains("<script") && !svg.contains("<集計>"), "no script, all text escaped");
    assert!(svg.contains("Noto Sans CJK JP") && svg.contains("Noto Sans Myanmar"));
    insta::assert_snapshot!(svg);
}

#[test]
fn svg_of_one_employer() {
    insta::assert_snapshot!(to_svg(&report().for_employer("株式会社ミライ建設"), &labels()));
}
