//! The worker self-check's logic, with no IO: which questions are asked given the answers so far
//! (skip logic), and which findings the answers lead to. Questionnaires come in signed packs and
//! are written by NGOs in the XLSForm spreadsheet format that ODK and KoBo users know, so
//! conditions use XLSForm's expression syntax (a subset: see [`Expr`]).
//!
//! An expression is parsed and checked against the questionnaire when a pack is built and again
//! when it is installed; evaluating it can then never fail, whatever the answers.

mod change;
mod expr;
mod form;
mod points;
mod schedule;
mod submission;

pub use change::{Change, change};
pub use expr::{Answer, Expr, ExprError, ItemShape, MAX_DEPTH, MAX_LEN};
pub use form::{AnswerError, Answers, FindingRule, Form, Question, Severity};
pub use points::{POINTS_FOR_A_CHECK, POINTS_FOR_THE_WEEKLY_ARTICLE, READ_TO_THE_END, article_of_the_week, week_of};
pub use schedule::{EVERY_MONTHS, FIRST_AFTER_MONTHS, NextCheck, Phase};
pub use submission::{MAX_EMPLOYER, MAX_NOTE, SUBMISSION_FORMAT, Submission, SubmissionError};
