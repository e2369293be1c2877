//! A cheap "did you mean": when a search finds nothing, a misspelled word in a Latin-script
//! language is replaced by the indexed word closest to it. Words are compared after
//! [`fold`](crate::fold), so accents and case never count as mistakes; one typing mistake is
//! allowed in words of four to seven letters and two in longer ones, where a mistake is a
//! letter added, dropped, changed, or two neighbours swapped. Shorter words and other scripts
//! are left alone: there a one-letter change is usually another word.

/// How many mistakes a word of `len` letters may hold and still be corrected.
fn allowed(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Whether `word` is one this module corrects: ASCII letters and digits only (a folded
/// Vietnamese, Portuguese, Spanish, Tagalog, Indonesian or English word), at least four long.
pub fn correctable(word: &str) -> bool {
    word.len() >= 4 && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// The best replacement for `word` among `known` words (each with how many texts hold it):
/// the one needing the fewest mistakes, then the most common, then the first alphabetically.
/// `None` when `word` is known itself, is not [`correctable`], or nothing is close enough.
pub fn correction<'k>(word: &str, known: impl IntoIterator<Item = (&'k str, u64)>) -> Option<&'k str> {
    if !correctable(word) {
        return None;
    }
    let max = allowed(word.len());
    let mut best: Option<(usize, u64, &str)> = None;
    for (candidate, texts) in known {
        if candidate == word {
            return None;
        }
        let Some(edits) = distance(word.as_bytes(), candidate.as_bytes(), max) else { continue };
        let better = match best {
            None => true,
            Some((e, t, c)) => (edits, std::cmp::Reverse(texts), candidate) < (e, std::cmp::Reverse(t), c),
        };
        if better {
            best = Some((edits, texts, candidate));
        }
    }
    best.map(|(_, _, candidate)| candidate)
}

/// The optimal-string-alignment distance between `a` and `b` if it is at most `max`.
fn distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rows of the dynamic-programming table: two back for transpositions.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        if current.iter().min().is_some_and(|m| *m > max) {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|d| *d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn one_mistake_in_a_short_word_and_two_in_a_long_one() {
        let known = [("salary", 40), ("salario", 12), ("insurance", 30), ("pension", 25), ("passport", 50)];
        for (typed, expected) in [
            ("salry", Some("salary")),    // a letter dropped
            ("salaary", Some("salary")),  // a letter added
            ("slaary", Some("salary")),   // neighbours swapped
            ("pensoin", Some("pension")), // neighbours swapped
            ("insurnace", Some("insurance")),
            ("insuranse", Some("insurance")),
            ("pasport", Some("passport")),
            ("paxxpurt", None),             // three mistakes in eight letters
            ("paszport", Some("passport")), // two in eight
            ("pension", None),              // known already
            ("tax", None),                  // too short to guess
            ("holiday", None),              // nothing close
        ] {
            assert_eq!(correction(typed, known), expected, "{typed}");
        }
    }

    #[test]
    fn ties_go_to_the_fewest_mistakes_then_the_most_common_word() {
        assert_eq!(correction("salari", [("salario", 90), ("salary", 5)]), Some("salario"));
        assert_eq!(correction("salaryy", [("salary", 1), ("salaries", 90)]), Some("salary"));
        assert_eq!(correction("hous", [("house", 3), ("hours", 9)]), Some("hours"));
        assert_eq!(correction("hous", [("hours", 9), ("house", 9)]), Some("hours"));
    }

    #[test]
    fn other_scripts_are_never_corrected() {
        assert_eq!(correction("家賃です", [("家賃", 3)]), None);
        assert_eq!(correction("လုပ်ခ", [("လုပ်", 3)]), None);
    }

    fn reference(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    proptest! {
        #[test]
        fn the_bounded_distance_agrees_with_the_full_table(a in "[a-e]{0,10}", b in "[a-e]{0,10}", max in 0usize..4) {
            let full = reference(a.as_bytes(), b.as_bytes());
            prop_assert_eq!(distance(a.as_bytes(), b.as_bytes(), max), Some(full).filter(|d| *d <= max));
        }

        #[test]
        fn a_correction_is_always_a_known_word_within_reach(
            word in "[a-z]{0,12}",
            known in prop::collection::vec(("[a-z]{1,12}", 0u64..100), 0..20),
        ) {
            let list: Vec<(&str, u64)> = known.iter().map(|(w, n)| (w.as_str(), *n)).collect();
            if let Some(found) = correction(&word, list.iter().copied()) {
                prop_assert!(list.iter().any(|(w, _)| *w == found));
                prop_assert!(reference(word.as_bytes(), found.as_bytes()) <= allowed(word.len()));
                prop_assert!(found != word);
            }
        }
    }
}
