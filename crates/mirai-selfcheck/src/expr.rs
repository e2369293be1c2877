//! Conditions in XLSForm's syntax, as NGOs write them in the `relevant` column of a spreadsheet:
//!
//! - `${item} = 'value'` and `${item} != 'value'` for yes-no and single-choice items;
//! - `${item} > 45` (also `>=`, `<`, `<=`, `=`, `!=`) for number items;
//! - `selected(${item}, 'choice')` for multiple-choice items (and single-choice ones);
//! - `${item} < today() - 35` (any comparison, `today()` alone or plus or minus whole days)
//!   for date items, as ODK evaluates dates against the day of the check;
//! - `and`, `or`, `not(...)` and parentheses.
//!
//! The question is always on the left and a literal on the right, which is how XLSForm authors
//! write conditions anyway. One rule differs from XLSForm on purpose: a comparison with a
//! question that has no answer is false, `!=` included, so that a skipped question never leads
//! to a finding. Expressions come from packs, so their length and nesting are capped and every
//! error is a value, never a panic.

/// The longest expression accepted, in bytes.
pub const MAX_LEN: usize = 1_000;
/// The deepest nesting of parentheses and `not(...)` accepted.
pub const MAX_DEPTH: usize = 16;

use mirai_core::Date;

/// A parsed, valid expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr(Node);

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Or(Vec<Node>),
    And(Vec<Node>),
    Not(Box<Node>),
    Equals {
        item: String,
        value: String,
        negated: bool,
    },
    Compare {
        item: String,
        op: Op,
        number: f64,
    },
    /// `${item} op today() + days`.
    CompareDate {
        item: String,
        op: Op,
        days: i32,
    },
    Selected {
        item: String,
        choice: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Op {
    /// Whether a comparison that came out as `ordering` satisfies the operator (never for
    /// values that do not compare).
    fn holds(self, ordering: Option<std::cmp::Ordering>) -> bool {
        use std::cmp::Ordering::{Equal, Greater, Less};
        match (self, ordering) {
            (_, None) => false,
            (Op::Eq, Some(o)) => o == Equal,
            (Op::Ne, Some(o)) => o != Equal,
            (Op::Lt, Some(o)) => o == Less,
            (Op::Le, Some(o)) => o != Greater,
            (Op::Gt, Some(o)) => o == Greater,
            (Op::Ge, Some(o)) => o != Less,
        }
    }
}

/// An answer as expressions see it. Stored as JSON: `{"choice": "yes"}`, `{"choices": [...]}`,
/// `{"number": 45}` or `{"date": "2026-05-25"}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Answer {
    /// The id of the one choice picked (yes-no items answer `yes`, `no` or `not-sure`).
    Choice(String),
    /// The ids of every choice picked.
    Choices(Vec<String>),
    /// A number.
    Number(f64),
    /// A day, as `YYYY-MM-DD`.
    Date(String),
}

/// What a question accepts, for checking an expression against the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemShape {
    /// One of these choice ids.
    Choice(Vec<String>),
    /// Any of these choice ids, several at once.
    Choices(Vec<String>),
    /// A number.
    Number,
    /// A day.
    Date,
}

/// Why an expression was refused; `at` is a byte offset into it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExprError {
    /// Longer than [`MAX_LEN`].
    #[error("longer than {MAX_LEN} bytes")]
    TooLong,
    /// Nested deeper than [`MAX_DEPTH`].
    #[error("nested deeper than {MAX_DEPTH} levels")]
    TooDeep,
    /// Not in the accepted syntax.
    #[error("at byte {at}: {why}")]
    Syntax {
        /// Where.
        at: usize,
        /// What was expected.
        why: String,
    },
    /// Names a question the questionnaire does not have (or not yet, for skip logic).
    #[error("unknown question {0:?}")]
    UnknownItem(String),
    /// Compares a question with a value of the wrong kind.
    #[error("question {item:?}: {why}")]
    WrongKind {
        /// The question.
        item: String,
        /// What is wrong.
        why: String,
    },
    /// Compares a choice question with a value that is not one of its choices.
    #[error("question {item:?} has no choice {value:?}")]
    UnknownValue {
        /// The question.
        item: String,
        /// The value.
        value: String,
    },
}

impl Expr {
    /// Parses `text` and checks it against the questionnaire: `shape` tells what each question
    /// it may name accepts (`None` for a question it may not name).
    pub fn parse(text: &str, shape: &dyn Fn(&str) -> Option<ItemShape>) -> Result<Expr, ExprError> {
        if text.len() > MAX_LEN {
            return Err(ExprError::TooLong);
        }
        let tokens = tokenize(text)?;
        let mut parser = Parser { tokens: &tokens, next: 0, depth: 0 };
        let node = parser.or()?;
        if let Some((at, token)) = parser.tokens.get(parser.next) {
            return Err(syntax(*at, format!("unexpected {token}")));
        }
        check(&node, shape)?;
        Ok(Expr(node))
    }

    /// Whether the expression holds for these answers (`answer` gives a question's answer, or
    /// `None` if it has none) on day `today`.
    pub fn holds(&self, answer: &dyn Fn(&str) -> Option<Answer>, today: Date) -> bool {
        eval(&self.0, answer, today)
    }

    /// The questions it names, each once, in order of first mention.
    pub fn items(&self) -> Vec<&str> {
        let mut items = Vec::new();
        collect(&self.0, &mut items);
        items
    }
}

fn syntax(at: usize, why: impl Into<String>) -> ExprError {
    ExprError::Syntax { at, why: why.into() }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ref(String),
    Text(String),
    Number(f64),
    Word(String),
    Op(Op),
    Plus,
    Minus,
    Open,
    Close,
    Comma,
}

impl std::fmt::Display for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Token::Ref(id) => write!(f, "${{{id}}}"),
            Token::Text(_) => f.write_str("a quoted value"),
            Token::Number(n) => write!(f, "{n}"),
            Token::Word(w) => write!(f, "{w:?}"),
            Token::Op(_) => f.write_str("a comparison"),
            Token::Plus => f.write_str("'+'"),
            Token::Minus => f.write_str("'-'"),
            Token::Open => f.write_str("'('"),
            Token::Close => f.write_str("')'"),
            Token::Comma => f.write_str("','"),
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<(usize, Token)>, ExprError> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let token = match c {
            c if c.is_whitespace() => continue,
            '(' => Token::Open,
            ')' => Token::Close,
            ',' => Token::Comma,
            '=' => Token::Op(Op::Eq),
            '!' if chars.next_if(|(_, c)| *c == '=').is_some() => Token::Op(Op::Ne),
            '<' if chars.next_if(|(_, c)| *c == '=').is_some() => Token::Op(Op::Le),
            '<' => Token::Op(Op::Lt),
            '>' if chars.next_if(|(_, c)| *c == '=').is_some() => Token::Op(Op::Ge),
            '>' => Token::Op(Op::Gt),
            '+' => Token::Plus,
            '-' if chars.peek().is_none_or(|(_, d)| !d.is_ascii_digit() && *d != '.') => Token::Minus,
            '$' if chars.next_if(|(_, c)| *c == '{').is_some() => {
                let id: String = chars.by_ref().map(|(_, c)| c).take_while(|c| *c != '}').collect();
                if !is_id(&id) {
                    return Err(syntax(at, "a question name is letters, digits, '-' and '_' in ${...}"));
                }
                Token::Ref(id)
            }
            '\'' | '"' => {
                let mut value = String::new();
                loop {
                    match chars.next() {
                        Some((_, q)) if q == c => break,
                        Some((_, other)) => value.push(other),
                        None => return Err(syntax(at, "a quoted value is not closed")),
                    }
                }
                Token::Text(value)
            }
            c if c.is_ascii_digit() || c == '-' || c == '.' => {
                let mut number = String::from(c);
                while let Some((_, d)) = chars.next_if(|(_, d)| d.is_ascii_digit() || *d == '.') {
                    number.push(d);
                }
                match number.parse::<f64>() {
                    Ok(n) if n.is_finite() => Token::Number(n),
                    _ => return Err(syntax(at, format!("{number:?} is not a number"))),
                }
            }
            c if c.is_ascii_alphabetic() => {
                let mut word = String::from(c);
                while let Some((_, d)) = chars.next_if(|(_, d)| d.is_ascii_alphanumeric() || *d == '-' || *d == '_') {
                    word.push(d);
                }
                Token::Word(word)
            }
            other => return Err(syntax(at, format!("unexpected {other:?}"))),
        };
        tokens.push((at, token));
    }
    Ok(tokens)
}

fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

struct Parser<'t> {
    tokens: &'t [(usize, Token)],
    next: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.next).map(|(_, t)| t)
    }

    fn at(&self) -> usize {
        self.tokens.get(self.next).map_or_else(|| self.tokens.last().map_or(0, |(at, _)| *at + 1), |(at, _)| *at)
    }

    fn take(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.next).map(|(_, t)| t.clone());
        self.next += 1;
        token
    }

    fn expect(&mut self, want: &Token, what: &str) -> Result<(), ExprError> {
        let at = self.at();
        match self.take() {
            Some(token) if token == *want => Ok(()),
            _ => Err(syntax(at, format!("expected {what}"))),
        }
    }

    fn word(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Some(Token::Word(w)) if w == word) {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Result<Node, ExprError> {
        let mut terms = vec![self.and()?];
        while self.word("or") {
            terms.push(self.and()?);
        }
        Ok(if terms.len() == 1 { terms.remove(0) } else { Node::Or(terms) })
    }

    fn and(&mut self) -> Result<Node, ExprError> {
        let mut terms = vec![self.unary()?];
        while self.word("and") {
            terms.push(self.unary()?);
        }
        Ok(if terms.len() == 1 { terms.remove(0) } else { Node::And(terms) })
    }

    fn nested(&mut self) -> Result<Node, ExprError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ExprError::TooDeep);
        }
        self.expect(&Token::Open, "'('")?;
        let node = self.or()?;
        self.expect(&Token::Close, "')'")?;
        self.depth -= 1;
        Ok(node)
    }

    fn unary(&mut self) -> Result<Node, ExprError> {
        if self.word("not") {
            return Ok(Node::Not(Box::new(self.nested()?)));
        }
        if self.word("selected") {
            self.expect(&Token::Open, "'(' after selected")?;
            let item = self.reference()?;
            self.expect(&Token::Comma, "',' in selected(...)")?;
            let at = self.at();
            let Some(Token::Text(choice)) = self.take() else {
                return Err(syntax(at, "expected a quoted choice in selected(...)"));
            };
            self.expect(&Token::Close, "')'")?;
            return Ok(Node::Selected { item, choice });
        }
        if self.peek() == Some(&Token::Open) {
            return self.nested();
        }
        let item = self.reference()?;
        let at = self.at();
        let Some(Token::Op(op)) = self.take() else {
            return Err(syntax(at, "expected a comparison after the question"));
        };
        if self.word("today") {
            self.expect(&Token::Open, "'(' after today")?;
            self.expect(&Token::Close, "')' after today(")?;
            let days = self.days()?;
            return Ok(Node::CompareDate { item, op, days });
        }
        let at = self.at();
        match (self.take(), op) {
            (Some(Token::Text(value)), Op::Eq | Op::Ne) => Ok(Node::Equals { item, value, negated: op == Op::Ne }),
            (Some(Token::Number(number)), op) => Ok(Node::Compare { item, op, number }),
            (Some(Token::Text(_)), _) => Err(syntax(at, "only = and != compare with a quoted value")),
            _ => Err(syntax(at, "expected a quoted value or a number")),
        }
    }

    /// The whole days after `today()`: nothing, `+ 3`, `- 35` or `-35`, at most 100 years.
    fn days(&mut self) -> Result<i32, ExprError> {
        let at = self.at();
        let sign = match self.peek() {
            Some(Token::Plus) => 1.0,
            Some(Token::Minus) => -1.0,
            Some(Token::Number(n)) if *n < 0.0 => 1.0,
            _ => return Ok(0),
        };
        if !matches!(self.peek(), Some(Token::Number(_))) {
            self.next += 1;
        }
        match self.take() {
            Some(Token::Number(n)) if n.fract() == 0.0 && (sign * n).abs() <= 36_600.0 => Ok((sign * n) as i32),
            _ => Err(syntax(at, "expected a whole number of days after today()")),
        }
    }

    fn reference(&mut self) -> Result<String, ExprError> {
        let at = self.at();
        match self.take() {
            Some(Token::Ref(id)) => Ok(id),
            _ => Err(syntax(at, "expected a question as ${name}")),
        }
    }
}

fn check(node: &Node, shape: &dyn Fn(&str) -> Option<ItemShape>) -> Result<(), ExprError> {
    let shape_of = |item: &str| shape(item).ok_or_else(|| ExprError::UnknownItem(item.to_owned()));
    let wrong = |item: &str, why: &str| ExprError::WrongKind { item: item.to_owned(), why: why.to_owned() };
    let known = |item: &str, choices: &[String], value: &str| {
        if choices.iter().any(|c| c == value) {
            Ok(())
        } else {
            Err(ExprError::UnknownValue { item: item.to_owned(), value: value.to_owned() })
        }
    };
    match node {
        Node::Or(terms) | Node::And(terms) => terms.iter().try_for_each(|t| check(t, shape)),
        Node::Not(inner) => check(inner, shape),
        Node::Equals { item, value, .. } => match shape_of(item)? {
            ItemShape::Choice(choices) => known(item, &choices, value),
            ItemShape::Choices(_) => Err(wrong(item, "a multiple-choice question is tested with selected(...)")),
            ItemShape::Number => Err(wrong(item, "a number question is compared with a number")),
            ItemShape::Date => Err(wrong(item, "a date question is compared with today()")),
        },
        Node::Compare { item, .. } => match shape_of(item)? {
            ItemShape::Number => Ok(()),
            _ => Err(wrong(item, "only a number question is compared with a number")),
        },
        Node::CompareDate { item, .. } => match shape_of(item)? {
            ItemShape::Date => Ok(()),
            _ => Err(wrong(item, "only a date question is compared with today()")),
        },
        Node::Selected { item, choice } => match shape_of(item)? {
            ItemShape::Choice(choices) | ItemShape::Choices(choices) => known(item, &choices, choice),
            ItemShape::Number | ItemShape::Date => Err(wrong(item, "only a choice question has choices")),
        },
    }
}

fn eval(node: &Node, answer: &dyn Fn(&str) -> Option<Answer>, today: Date) -> bool {
    match node {
        Node::Or(terms) => terms.iter().any(|t| eval(t, answer, today)),
        Node::And(terms) => terms.iter().all(|t| eval(t, answer, today)),
        Node::Not(inner) => !eval(inner, answer, today),
        Node::Equals { item, value, negated } => match answer(item) {
            Some(Answer::Choice(given)) => (given == *value) != *negated,
            _ => false,
        },
        Node::Compare { item, op, number } => match answer(item) {
            Some(Answer::Number(given)) => op.holds(given.partial_cmp(number)),
            _ => false,
        },
        Node::CompareDate { item, op, days } => match answer(item) {
            Some(Answer::Date(given)) => {
                given.parse::<Date>().is_ok_and(|given| op.holds(Some(given.cmp(&today.plus_days(*days)))))
            }
            _ => false,
        },
        Node::Selected { item, choice } => match answer(item) {
            Some(Answer::Choice(given)) => given == *choice,
            Some(Answer::Choices(given)) => given.contains(choice),
            _ => false,
        },
    }
}

fn collect<'n>(node: &'n Node, items: &mut Vec<&'n str>) {
    let mut add = |item: &'n str| {
        if !items.contains(&item) {
            items.push(item);
        }
    };
    match node {
        Node::Or(terms) | Node::And(terms) => terms.iter().for_each(|t| collect(t, items)),
        Node::Not(inner) => collect(inner, items),
        Node::Equals { item, .. }
        | Node::Compare { item, .. }
        | Node::CompareDate { item, .. }
        | Node::Selected { item, .. } => add(item),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shapes(item: &str) -> Option<ItemShape> {
        let list = |ids: &[&str]| ids.iter().map(|s| (*s).to_owned()).collect();
        match item {
            "passport-kept" => Some(ItemShape::Choice(list(&["yes", "no", "not-sure"]))),
            "status" => Some(ItemShape::Choice(list(&["trainee", "ssw-1", "student"]))),
            "limits" => Some(ItemShape::Choices(list(&["going-out", "phone", "contact"]))),
            "overtime-hours" => Some(ItemShape::Number),
            "last-paid" => Some(ItemShape::Date),
            _ => None,
        }
    }

    /// The day the tests evaluate on.
    fn today() -> Date {
        "2026-12-06".parse().expect("date")
    }

    fn answers(item: &str) -> Option<Answer> {
        match item {
            "passport-kept" => Some(Answer::Choice("yes".into())),
            "status" => Some(Answer::Choice("trainee".into())),
            "limits" => Some(Answer::Choices(vec!["phone".into(), "contact".into()])),
            "overtime-hours" => Some(Answer::Number(60.0)),
            "last-paid" => Some(Answer::Date("2026-10-31".into())),
            _ => None,
        }
    }

    fn holds(text: &str, given: &dyn Fn(&str) -> Option<Answer>) -> bool {
        Expr::parse(text, &shapes).unwrap_or_else(|e| panic!("{text}: {e}")).holds(given, today())
    }

    #[test]
    fn conditions_as_xlsform_authors_write_them() {
        for (text, expected) in [
            ("${passport-kept} = 'yes'", true),
            ("${passport-kept}='no'", false),
            ("${passport-kept} != \"no\"", true),
            ("${overtime-hours} > 45", true),
            ("${overtime-hours} >= 100", false),
            ("${overtime-hours} <= 60 and ${overtime-hours} < 60.5", true),
            ("${overtime-hours} = 60", true),
            ("selected(${limits}, 'phone')", true),
            ("selected(${limits}, 'going-out')", false),
            ("selected(${status}, 'trainee')", true),
            ("not(selected(${limits}, 'going-out')) and ${status} = 'trainee'", true),
            ("${status} = 'student' or (${passport-kept} = 'yes' and ${overtime-hours} > 45)", true),
            ("not(${status} = 'trainee' or ${status} = 'ssw-1')", false),
            // 2026-10-31 is 36 days before 2026-12-06.
            ("${last-paid} < today() - 35", true),
            ("${last-paid} < today() - 36", false),
            ("${last-paid} <= today()-36", true),
            ("${last-paid} < today()", true),
            ("${last-paid} > today() + 1", false),
            ("${last-paid} = today() - 36", true),
        ] {
            assert_eq!(holds(text, &answers), expected, "{text}");
        }
    }

    #[test]
    fn an_unanswered_question_makes_every_comparison_false() {
        let none = |_: &str| None;
        for text in [
            "${passport-kept} = 'yes'",
            "${passport-kept} != 'yes'",
            "${overtime-hours} < 1",
            "selected(${limits}, 'phone')",
            "${last-paid} < today()",
            "${last-paid} != today()",
        ] {
            assert!(!holds(text, &none), "{text}");
            assert!(holds(&format!("not({text})"), &none), "not({text})");
        }
    }

    #[test]
    fn expressions_that_do_not_fit_the_questionnaire_are_refused_with_a_reason() {
        for (text, expected) in [
            ("${salary} > 3", ExprError::UnknownItem("salary".into())),
            (
                "${passport-kept} = 'maybe'",
                ExprError::UnknownValue { item: "passport-kept".into(), value: "maybe".into() },
            ),
            ("selected(${limits}, 'email')", ExprError::UnknownValue { item: "limits".into(), value: "email".into() }),
        ] {
            assert_eq!(Expr::parse(text, &shapes), Err(expected), "{text}");
        }
        for text in [
            "${limits} = 'phone'",
            "${overtime-hours} = 'many'",
            "${passport-kept} > 3",
            "selected(${overtime-hours}, 'x')",
            "${last-paid} = '2026-01-01'",
            "${last-paid} > 3",
            "${overtime-hours} > today()",
            "selected(${last-paid}, 'x')",
        ] {
            assert!(matches!(Expr::parse(text, &shapes), Err(ExprError::WrongKind { .. })), "{text}");
        }
        for text in [
            "",
            "${passport-kept}",
            "${passport-kept} = ",
            "'yes' = ${passport-kept}",
            "${passport-kept} = 'yes' and",
            "(${passport-kept} = 'yes'",
            "${passport-kept} = 'yes')",
            "${passport-kept} > 'yes'",
            "${pass port} = 'yes'",
            "${passport-kept} = 'yes",
            "${overtime-hours} > 1e400",
            "${overtime-hours} > 1..2",
            "selected(${limits} 'phone')",
            "${passport-kept} == 'yes'",
            "count(${limits}) > 1",
            "${passport-kept} = 'yes' ; drop",
            "${last-paid} < today",
            "${last-paid} < today() - ",
            "${last-paid} < today() - 1.5",
            "${last-paid} < today() - 99999",
            "${last-paid} < today() * 2",
            "${last-paid} - 3 < today()",
        ] {
            assert!(matches!(Expr::parse(text, &shapes), Err(ExprError::Syntax { .. })), "{text:?}");
        }
    }

    #[test]
    fn length_and_nesting_are_capped() {
        let deep = format!("{}${{overtime-hours}} > 1{}", "not(".repeat(MAX_DEPTH + 1), ")".repeat(MAX_DEPTH + 1));
        assert_eq!(Expr::parse(&deep, &shapes), Err(ExprError::TooDeep));
        let fits = format!("{}${{overtime-hours}} > 1{}", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert!(Expr::parse(&fits, &shapes).is_ok());
        let long = vec!["${overtime-hours} > 1"; 60].join(" or ");
        assert_eq!(Expr::parse(&long, &shapes), Err(ExprError::TooLong));
    }

    #[test]
    fn the_questions_named_are_listed_once_each() {
        let expr =
            Expr::parse("${status} = 'trainee' and (${passport-kept} = 'yes' or ${status} = 'student')", &shapes)
                .expect("valid");
        assert_eq!(expr.items(), ["status", "passport-kept"]);
    }

    fn node() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            prop::sample::select(vec!["yes", "no", "not-sure"]).prop_map(|v| format!("${{passport-kept}} = '{v}'")),
            prop::sample::select(vec!["yes", "no"]).prop_map(|v| format!("${{passport-kept}} != '{v}'")),
            (prop::sample::select(vec!["<", "<=", ">", ">=", "=", "!="]), 0u32..200)
                .prop_map(|(op, n)| format!("${{overtime-hours}} {op} {n}")),
            prop::sample::select(vec!["going-out", "phone", "contact"])
                .prop_map(|c| format!("selected(${{limits}}, '{c}')")),
        ];
        leaf.prop_recursive(4, 24, 3, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 2..4).prop_map(|t| format!("({})", t.join(" and "))),
                prop::collection::vec(inner.clone(), 2..4).prop_map(|t| format!("({})", t.join(" or "))),
                inner.prop_map(|t| format!("not({t})")),
            ]
        })
    }

    fn answer_set() -> impl Strategy<Value = (Option<String>, Option<u32>, Option<Vec<String>>)> {
        (
            prop::option::of(prop::sample::select(vec!["yes", "no", "not-sure"]).prop_map(str::to_owned)),
            prop::option::of(0u32..200),
            prop::option::of(
                prop::sample::subsequence(vec!["going-out", "phone", "contact"], 0..=3)
                    .prop_map(|v| v.into_iter().map(str::to_owned).collect()),
            ),
        )
    }

    proptest! {
        #[test]
        fn not_negates_and_de_morgan_holds(a in node(), b in node(), (kept, hours, limits) in answer_set()) {
            let given = |item: &str| match item {
                "passport-kept" => kept.clone().map(Answer::Choice),
                "overtime-hours" => hours.map(|h| Answer::Number(f64::from(h))),
                "limits" => limits.clone().map(Answer::Choices),
                _ => None,
            };
            let (x, y) = (holds(&a, &given), holds(&b, &given));
            prop_assert_eq!(holds(&format!("not({a})"), &given), !x);
            prop_assert_eq!(holds(&format!("({a}) and ({b})"), &given), x && y);
            prop_assert_eq!(holds(&format!("not(({a}) or ({b}))"), &given), !x && !y);
        }

        #[test]
        fn any_text_is_parsed_or_refused_without_panicking(text in "\\PC{0,200}") {
            let _ = Expr::parse(&text, &shapes);
        }

        #[test]
        fn token_soup_is_parsed_or_refused_without_panicking(
            parts in prop::collection::vec(prop::sample::select(vec![
                "${passport-kept}", "${limits}", "${overtime-hours}", "${last-paid}", "${x}", "'yes'", "'phone'", "45", "-1.5",
                "today", "today()", "+", "-",
                "=", "!=", "<", ">=", "and", "or", "not", "selected", "(", ")", ",", "${", "'", "$",
            ]), 0..40)
        ) {
            let text = parts.join(" ");
            if let Ok(expr) = Expr::parse(&text, &shapes) {
                let _ = expr.holds(&answers, today());
            }
        }
    }
}
