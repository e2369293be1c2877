//! Checks shared by the fuzz target and the corpus replay test: the importer reads workbooks
//! from outside, so it is fuzzed like the pack parsers.

/// The importer never panics on any bytes, and a workbook it accepts exports and imports back to
/// the same questionnaire.
pub fn xlsform(data: &[u8]) {
    if let Ok(questionnaire) = crate::xlsform::import(data) {
        let again = crate::xlsform::export(&questionnaire).and_then(|bytes| crate::xlsform::import(&bytes));
        assert!(
            matches!(&again, Ok(same) if *same == questionnaire),
            "an imported workbook must round-trip: {again:?}"
        );
    }
}
