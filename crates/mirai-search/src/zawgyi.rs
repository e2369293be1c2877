//! Zawgyi: the legacy Burmese font encoding that many Burmese phones still type in.
//!
//! Zawgyi reuses the Myanmar block (U+1000–U+109F) with other meanings: it stores text in the
//! order it is drawn, so the vowel sign ေ (U+1031) and the medial ra come before the
//! consonant they belong to; U+1039 is the asat (Unicode's virama), U+103A–U+103D are the
//! medials ya, ra, wa and ha (Unicode: U+103B–U+103E), and U+1060–U+1097 are glyph variants:
//! stacked consonants, kinzi, short forms and ligatures. A Zawgyi query searched as it is
//! finds nothing in our Unicode articles, so [`normalize_query`] converts it first, but only
//! when [`is_zawgyi`] is confident: converting real Unicode would break it.
//!
//! The mapping follows the well-known published Zawgyi ⇄ Unicode rules (as in the Rabbit
//! converter), implemented here as a decomposition table plus a reordering of each syllable
//! instead of a chain of regular expressions.

use std::borrow::Cow;

/// Zawgyi's e-vowel, written before its consonant; Unicode's too, written after it.
const E_VOWEL: char = '\u{1031}';
/// Unicode's virama (stacks the next consonant); Zawgyi's asat.
const VIRAMA: char = '\u{1039}';
/// Unicode's asat; Zawgyi's medial ya.
const ASAT: char = '\u{103A}';
/// Unicode's medial ya; Zawgyi's medial ra (written before its consonant).
const MEDIAL_YA: char = '\u{103B}';
/// The consonant ng, the first letter of a kinzi.
const NGA: char = '\u{1004}';

/// Whether `text` is Burmese typed in Zawgyi rather than in Unicode. Text without Myanmar
/// script is not.
///
/// The rule counts evidence on each side and says Zawgyi only when the Zawgyi side is
/// heavier (a tie is Unicode). Each sign of Zawgyi is a sequence that well-formed Unicode
/// Burmese never has (or, for the weak signs, almost never):
///
/// - (2 each) a Zawgyi-only code point: U+1033, U+1034, U+105A, or anything in
///   U+1060–U+1097 (stacked consonants, kinzi, short forms; Unicode uses these for Mon, Shan
///   and Karen, not Burmese);
/// - (2) ေ (U+1031) that no consonant or medial carries (at the start, after a space, a vowel
///   sign or another mark) and that is followed by a consonant: Zawgyi writes it first;
/// - (2) U+103B, with no consonant before it and a consonant after it: Zawgyi's medial ra,
///   written first (Unicode's U+103B, medial ya, always follows its consonant);
/// - (2) U+1039 not between a consonant (or an asat, for kinzi) and a consonant that Unicode
///   can stack (any but ya, ra, wa, ha): Zawgyi's asat, closing a syllable, where Unicode's
///   virama can only stack one consonant under another;
/// - (2) U+103A followed by a medial wa or ha (U+103D, U+103E) or by a vowel sign other than
///   ု (U+102B–U+102E, U+1030, U+1032, U+1036): a Zawgyi medial ya and the rest of its
///   syllable, where a Unicode asat ends the syllable (only ု and medial ya, as in ကျွန်ုပ်
///   and ယောက်ျား, dot below and visarga may follow it). U+103A U+103C is left out: it is
///   also how medial ra typed before its consonant looks in Unicode, a common slip;
/// - (1) ng followed by U+1039 (an asat in Zawgyi; Unicode spells kinzi with an asat in
///   between: U+1004 U+103A U+1039);
/// - (1) U+1039 between two consonants that Burmese does not stack: not the same consonant
///   twice, not two of one row of the alphabet (ka, ca, ṭa, ta, pa), not ha over another. The
///   U+1039 is then Zawgyi's asat, as in "လုပ္ခ" and "အလုပ္သမား".
///
/// Each sign of Unicode is a sequence that Zawgyi text does not have:
///
/// - (2) ေ after its consonant or medial and followed by a vowel sign or another mark
///   (in Zawgyi, a consonant always follows ေ);
/// - (2) U+103B after a consonant and followed by a vowel sign or another mark (Zawgyi's
///   U+103B, medial ra, is always followed by its consonant);
/// - (2) kinzi spelt the Unicode way, U+1004 U+103A U+1039 and a consonant;
/// - (1) U+103E, Unicode's medial ha, which Zawgyi does not use;
/// - (4 each) what only Unicode text in the other languages of Myanmar has (Mon, Karen, Shan;
///   they use U+1060–U+1097 as letters): code points Zawgyi does not use (U+1022, U+1028,
///   U+1035, U+1050–U+1059, U+105B–U+105F, U+1098–U+109F); a Zawgyi stacked consonant or ါ်
///   at the start of a word or followed by U+103A (Karen ၢ်, Shan ၼ်, Mon ၚ်); a Zawgyi medial ra
///   form (U+107E–U+1084) not followed by a consonant (Shan ႁိ).
///
/// Text that is the same in both encodings (no medials or vowels out of place, no asat at the
/// end of a syllable and no Zawgyi-only code point, such as "မာ") has no sign at all and is
/// taken as Unicode: converting it would change nothing anyway, or would be a guess.
pub fn is_zawgyi(text: &str) -> bool {
    let (zawgyi, unicode) = scores(text);
    zawgyi > unicode
}

/// The weight of the signs of Zawgyi and of Unicode in `text` (see [`is_zawgyi`]).
fn scores(text: &str) -> (u32, u32) {
    if !text.chars().any(is_myanmar) {
        return (0, 0);
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut zawgyi, mut unicode) = (0, 0);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        match c {
            '\u{1022}'
            | '\u{1028}'
            | '\u{1035}'
            | '\u{1050}'..='\u{1059}'
            | '\u{105B}'..='\u{105F}'
            | '\u{1098}'..='\u{109F}' => {
                unicode += 4;
            }
            _ if is_subjoined(c) && (!prev.is_some_and(is_letter_or_mark) || next == Some(ASAT)) => unicode += 4,
            '\u{107E}'..='\u{1084}' if !next.is_some_and(|n| starts_zawgyi_syllable(n) || n == E_VOWEL) => unicode += 4,
            '\u{1033}' | '\u{1034}' | '\u{105A}' | '\u{1060}'..='\u{1097}' => zawgyi += 2,
            E_VOWEL => {
                let carried = prev.is_some_and(carries_e);
                if !carried && next.is_some_and(starts_zawgyi_syllable) {
                    zawgyi += 2;
                } else if carried && next.is_some_and(is_dependent_mark) {
                    unicode += 2;
                }
            }
            MEDIAL_YA => {
                let carried = prev.is_some_and(carries_medial);
                if !carried && next.is_some_and(starts_zawgyi_syllable) {
                    zawgyi += 2;
                } else if carried && next.is_some_and(|n| is_dependent_mark(n) || n == E_VOWEL) {
                    unicode += 2;
                }
            }
            VIRAMA => {
                let after_consonant = prev.is_some_and(|p| is_consonant(p) || p == ASAT);
                match (prev, next) {
                    _ if !after_consonant || !next.is_some_and(is_stackable) => zawgyi += 2,
                    (Some(NGA), _) => zawgyi += 1,
                    (Some(p), Some(n)) if !stacks_in_burmese(p, n) => zawgyi += 1,
                    _ => {}
                }
            }
            ASAT => {
                if next.is_some_and(|n| {
                    matches!(
                        n,
                        '\u{102B}'..='\u{102E}' | '\u{1030}' | '\u{1032}' | '\u{1036}' | '\u{103D}' | '\u{103E}'
                    )
                }) {
                    zawgyi += 2;
                } else if prev == Some(NGA)
                    && next == Some(VIRAMA)
                    && chars.get(i + 2).is_some_and(|&n| is_consonant(n))
                {
                    unicode += 2;
                }
            }
            '\u{103E}' => unicode += 1,
            _ => {}
        }
    }
    (zawgyi, unicode)
}

fn is_myanmar(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{109F}')
}

/// Zawgyi's stacked consonants and ါ်, which only ever follow a consonant, and never an asat
/// (Zawgyi's U+103A is a medial ya, which does not follow them).
fn is_subjoined(c: char) -> bool {
    matches!(
        c,
        '\u{105A}'
            | '\u{1060}'..='\u{1063}'
            | '\u{1065}'..='\u{1069}'
            | '\u{106C}'
            | '\u{106D}'
            | '\u{1070}'..='\u{107C}'
            | '\u{1085}'
            | '\u{1093}'
            | '\u{1096}'
    )
}

fn is_consonant(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{1021}')
}

/// What Unicode can stack under a consonant: all consonants but ya, ra, wa and ha.
fn is_stackable(c: char) -> bool {
    is_consonant(c) && !matches!(c, '\u{101A}' | '\u{101B}' | '\u{101D}' | '\u{101F}')
}

/// What a Unicode ေ can follow: a consonant (or an independent vowel), a medial, and, to
/// forgive a common typing slip, the digits ၀ and ၇ typed for the letters ဝ and ရ.
fn carries_e(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{102A}' | '\u{103B}'..='\u{103F}' | '\u{1040}' | '\u{1047}')
}

/// What a Unicode medial ya can follow: a consonant (or ၀ and ၇, as for [`carries_e`]).
fn carries_medial(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{1021}' | '\u{103F}' | '\u{1040}' | '\u{1047}')
}

/// What Zawgyi writes after ေ or medial ra: a consonant (in any of its Zawgyi forms), or the
/// medial ra after ေ.
fn starts_zawgyi_syllable(c: char) -> bool {
    matches!(
        c,
        '\u{1000}'..='\u{1021}'
            | '\u{103B}'
            | '\u{1040}'
            | '\u{1047}'
            | '\u{106A}'
            | '\u{106B}'
            | '\u{107E}'..='\u{1084}'
            | '\u{1086}'
            | '\u{108F}'
            | '\u{1090}'
    )
}

/// Vowel signs and other marks that follow the medials and ေ in a Unicode syllable.
fn is_dependent_mark(c: char) -> bool {
    matches!(c, '\u{102B}'..='\u{1030}' | '\u{1032}'..='\u{1038}' | '\u{103A}')
}

/// Whether Burmese stacks `lower` under `upper` (with a virama; kinzi aside): the same
/// consonant twice (တ္တ, လ္လ), two consonants of one row of the alphabet (န္တ, မ္ဘ), or ha
/// over another (ဗြဟ္မာ). No other pair occurs in a 20,000-word Burmese dictionary.
fn stacks_in_burmese(upper: char, lower: char) -> bool {
    upper == lower || row(upper).is_some() && row(upper) == row(lower) || upper == '\u{101F}'
}

/// The row of the alphabet (ka, ca, ṭa, ta, pa) of a consonant, for stacking.
fn row(c: char) -> Option<u8> {
    Some(match c {
        '\u{1000}'..='\u{1004}' => 0,
        '\u{1005}'..='\u{100A}' => 1,
        '\u{100B}'..='\u{100F}' => 2,
        '\u{1010}'..='\u{1014}' => 3,
        '\u{1015}'..='\u{1019}' => 4,
        _ => return None,
    })
}

/// Converts Zawgyi text to Unicode. Everything but Myanmar script passes through unchanged.
///
/// Each Zawgyi character is first read as what it stands for (U+1064 as a kinzi, U+1060 as ka
/// stacked under the consonant before, U+103B as a medial ra, U+1088 as medial ha and u, …).
/// Then each syllable (the consonant with the marks written before it and after it) is
/// written out in Unicode's order: kinzi, consonant, an asat that closes the consonant before
/// ု or medial ya (as in ကျွန်ုပ် and ယောက်ျား), stacked consonants, medials ya, ra, wa and
/// ha, ေ, the upper vowels ိ ီ ဲ, the lower vowels ု ူ, ါ ာ, anusvara, dot below, asat and
/// visarga (dot below before asat is also the canonical order that NFC gives). A mark typed
/// twice is kept once. Letters that Zawgyi typists write with another character are fixed the
/// usual way: ဥ with an asat, a stack or ာ is ဉ; ဥ with ီ is ဦ; စ with medial ya is ဈ; ၀ is ဝ
/// when it is next to letters but not to other digits (၀န္, သဘာ၀) or has a mark; ၇ with a
/// mark is ရ; ၄ before င is ၎.
pub fn to_unicode(text: &str) -> String {
    let units = decompose(text);
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut current: Option<Syllable> = None;
    let mut prefix = Syllable::default();
    for (i, &unit) in units.iter().enumerate() {
        match unit {
            // They belong to the next consonant; marks may still come for this one.
            Unit::E | Unit::Ra => {
                if unit == Unit::E {
                    prefix.e = true;
                } else {
                    prefix.ra = true;
                }
            }
            Unit::Base(c) | Unit::Digit(c) => {
                if let Some(syllable) = current.take() {
                    syllable.write(&mut out);
                }
                let mut syllable = std::mem::take(&mut prefix);
                syllable.base = Some(c);
                syllable.digit = matches!(unit, Unit::Digit(_));
                current = Some(syllable);
            }
            Unit::Other(c) => {
                if let Some(syllable) = current.take() {
                    syllable.write(&mut out);
                }
                std::mem::take(&mut prefix).write(&mut out);
                out.push(c);
            }
            mark => {
                // A mark typed after the ေ or medial ra of the next syllable still belongs to
                // this one; with no syllable before, it goes with them.
                let syllable = match current.as_mut() {
                    Some(syllable) => syllable,
                    None => current.insert(std::mem::take(&mut prefix)),
                };
                syllable.add(mark, units.get(i + 1).copied());
            }
        }
    }
    if let Some(syllable) = current.take() {
        syllable.write(&mut out);
    }
    prefix.write(&mut out);
    out
}

/// `text` in Unicode: converted when [`is_zawgyi`] says it is Zawgyi, as it is otherwise.
pub fn normalize_query(text: &str) -> Cow<'_, str> {
    if is_zawgyi(text) { Cow::Owned(to_unicode(text)) } else { Cow::Borrowed(text) }
}

/// What a Zawgyi character stands for (some stand for several things).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A consonant or an independent vowel: the start of a syllable.
    Base(char),
    /// ၀ or ၇: the letter ဝ or ရ when marks attach to it, else the digit.
    Digit(char),
    /// ေ, written before the consonant.
    E,
    /// Medial ra, written before the consonant.
    Ra,
    /// Kinzi, written after the consonant it sits on.
    Kinzi,
    /// A consonant stacked under the previous one.
    Stack(char),
    Ya,
    Wa,
    Ha,
    /// ိ ီ ဲ
    Upper(char),
    /// ု ူ
    Lower(char),
    /// ါ ာ
    VowelA(char),
    Anusvara,
    DotBelow,
    Asat,
    Visarga,
    /// Anything else: it ends the syllable and passes through.
    Other(char),
}

/// Reads Zawgyi text as [`Unit`]s.
fn decompose(text: &str) -> Vec<Unit> {
    let chars: Vec<char> = text.chars().collect();
    let mut units = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let stack = |consonant: u32| Unit::Stack(char::from_u32(consonant).unwrap_or(c));
        match c {
            '\u{1000}'..='\u{1021}' | '\u{1023}'..='\u{1027}' | '\u{1029}' | '\u{102A}' => units.push(Unit::Base(c)),
            '\u{102B}' | '\u{102C}' => units.push(Unit::VowelA(c)),
            '\u{102D}' | '\u{102E}' | '\u{1032}' => units.push(Unit::Upper(c)),
            '\u{102F}' | '\u{1033}' => units.push(Unit::Lower('\u{102F}')),
            '\u{1030}' | '\u{1034}' | '\u{103F}' => units.push(Unit::Lower('\u{1030}')),
            E_VOWEL => units.push(Unit::E),
            '\u{1036}' => units.push(Unit::Anusvara),
            '\u{1037}' | '\u{1094}' | '\u{1095}' => units.push(Unit::DotBelow),
            '\u{1038}' => units.push(Unit::Visarga),
            VIRAMA => units.push(Unit::Asat),
            '\u{103A}' | '\u{107D}' => units.push(Unit::Ya),
            '\u{103B}' | '\u{107E}'..='\u{1084}' => units.push(Unit::Ra),
            '\u{103C}' => units.push(Unit::Wa),
            '\u{103D}' | '\u{103E}' | '\u{1087}' => units.push(Unit::Ha),
            // ၀ typed for ဝ: next to letters and not to other digits (as in ၀န္, သဘာ၀).
            '\u{1040}'
                if !prev.is_some_and(is_digit)
                    && !next.is_some_and(is_digit)
                    && (prev.is_some_and(is_letter_or_mark) || next.is_some_and(is_letter_or_mark)) =>
            {
                units.push(Unit::Base('\u{101D}'));
            }
            '\u{1040}' | '\u{1047}' => units.push(Unit::Digit(c)),
            // ၄ typed for ၎, in ၄င္း.
            '\u{1044}' if next == Some(NGA) && !prev.is_some_and(is_digit) => units.push(Unit::Other('\u{104E}')),
            // ၎ is short for ၎င်း in Zawgyi.
            '\u{104E}' => {
                units.push(Unit::Other(c));
                if next != Some(NGA) {
                    units.extend([Unit::Other(NGA), Unit::Other(ASAT), Unit::Other('\u{1038}')]);
                }
            }
            '\u{105A}' => units.extend([Unit::VowelA('\u{102B}'), Unit::Asat]),
            '\u{1060}'..='\u{1063}' => units.push(stack(c as u32 - 0x60)),
            '\u{1064}' => units.push(Unit::Kinzi),
            '\u{1065}' => units.push(stack(0x1005)),
            '\u{1066}' | '\u{1067}' => units.push(stack(0x1006)),
            '\u{1068}' => units.push(stack(0x1007)),
            '\u{1069}' => units.push(stack(0x1008)),
            '\u{106A}' => units.push(Unit::Base('\u{1009}')),
            '\u{106B}' => units.push(Unit::Base('\u{100A}')),
            '\u{106C}' => units.push(stack(0x100B)),
            '\u{106D}' => units.push(stack(0x100C)),
            '\u{106E}' => units.extend([Unit::Base('\u{100D}'), stack(0x100D)]),
            '\u{106F}' => units.extend([Unit::Base('\u{100D}'), stack(0x100E)]),
            '\u{1070}' => units.push(stack(0x100F)),
            '\u{1071}' | '\u{1072}' => units.push(stack(0x1010)),
            '\u{1073}' | '\u{1074}' => units.push(stack(0x1011)),
            '\u{1075}'..='\u{107C}' => units.push(stack(c as u32 - 0x63)),
            '\u{1085}' => units.push(stack(0x101C)),
            '\u{1086}' => units.push(Unit::Base('\u{103F}')),
            '\u{1088}' => units.extend([Unit::Ha, Unit::Lower('\u{102F}')]),
            '\u{1089}' => units.extend([Unit::Ha, Unit::Lower('\u{1030}')]),
            '\u{108A}' => units.extend([Unit::Wa, Unit::Ha]),
            '\u{108B}' => units.extend([Unit::Kinzi, Unit::Upper('\u{102D}')]),
            '\u{108C}' => units.extend([Unit::Kinzi, Unit::Upper('\u{102E}')]),
            '\u{108D}' => units.extend([Unit::Kinzi, Unit::Anusvara]),
            '\u{108E}' => units.extend([Unit::Upper('\u{102D}'), Unit::Anusvara]),
            '\u{108F}' => units.push(Unit::Base('\u{1014}')),
            '\u{1090}' => units.push(Unit::Base('\u{101B}')),
            '\u{1091}' => units.extend([Unit::Base('\u{100F}'), stack(0x100D)]),
            '\u{1092}' => units.extend([Unit::Base('\u{100B}'), stack(0x100C)]),
            '\u{1093}' => units.push(stack(0x1018)),
            '\u{1096}' => units.extend([stack(0x1010), Unit::Wa]),
            '\u{1097}' => units.extend([Unit::Base('\u{100B}'), stack(0x100B)]),
            _ => units.push(Unit::Other(c)),
        }
    }
    units
}

fn is_digit(c: char) -> bool {
    matches!(c, '\u{1040}'..='\u{1049}')
}

/// Myanmar letters and marks, Zawgyi's included (not digits or punctuation).
fn is_letter_or_mark(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{103F}' | '\u{1050}'..='\u{109F}')
}

/// One syllable being rebuilt: its consonant and its marks, by slot.
#[derive(Debug, Default)]
struct Syllable {
    base: Option<char>,
    /// The base is ၀ or ၇, which stand for ဝ and ရ when marks attach.
    digit: bool,
    kinzi: bool,
    /// An asat right after the consonant, before ု or a medial (ကျွန်ုပ်, ယောက်ျား).
    early_asat: bool,
    stacks: Vec<char>,
    ya: bool,
    ra: bool,
    wa: bool,
    ha: bool,
    e: bool,
    upper: Vec<char>,
    lower: Vec<char>,
    vowel_a: Vec<char>,
    anusvara: bool,
    dot_below: bool,
    asat: bool,
    visarga: bool,
}

impl Syllable {
    /// Adds a mark; `next` is the unit after it.
    fn add(&mut self, unit: Unit, next: Option<Unit>) {
        match unit {
            Unit::Kinzi => self.kinzi = true,
            Unit::Stack(c) => self.stacks.push(c),
            Unit::Ya => self.ya = true,
            Unit::Wa => self.wa = true,
            Unit::Ha => self.ha = true,
            Unit::Upper(c) => push_once(&mut self.upper, c),
            Unit::Lower(c) => push_once(&mut self.lower, c),
            Unit::VowelA(c) => push_once(&mut self.vowel_a, c),
            Unit::Anusvara => self.anusvara = true,
            Unit::DotBelow => self.dot_below = true,
            // An asat right before ု or medial ya closes the consonant itself: ကျွန်ုပ်, ယောက်ျား.
            Unit::Asat if matches!(next, Some(Unit::Lower('\u{102F}') | Unit::Ya)) && !self.has_vowel_or_medial() => {
                self.early_asat = true;
            }
            Unit::Asat => self.asat = true,
            Unit::Visarga => self.visarga = true,
            Unit::E => self.e = true,
            Unit::Ra => self.ra = true,
            Unit::Base(_) | Unit::Digit(_) | Unit::Other(_) => {}
        }
    }

    fn has_vowel(&self) -> bool {
        self.e || !self.upper.is_empty() || !self.lower.is_empty() || !self.vowel_a.is_empty()
    }

    fn has_vowel_or_medial(&self) -> bool {
        self.has_vowel() || self.ya || self.ra || self.wa || self.ha
    }

    fn has_marks(&self) -> bool {
        self.kinzi
            || self.early_asat
            || !self.stacks.is_empty()
            || self.ya
            || self.ra
            || self.wa
            || self.ha
            || self.has_vowel()
            || self.anusvara
            || self.dot_below
            || self.asat
            || self.visarga
    }

    /// Writes the syllable in Unicode order.
    fn write(mut self, out: &mut String) {
        if self.digit && self.has_marks() {
            self.base = self.base.map(|digit| if digit == '\u{1040}' { '\u{101D}' } else { '\u{101B}' });
        }
        match self.base {
            Some('\u{1025}') if self.asat || self.early_asat || !self.stacks.is_empty() || !self.vowel_a.is_empty() => {
                self.base = Some('\u{1009}');
            }
            Some('\u{1025}') if self.upper == ['\u{102E}'] => {
                self.base = Some('\u{1026}');
                self.upper.clear();
            }
            Some('\u{1005}') if self.ya => {
                self.base = Some('\u{1008}');
                self.ya = false;
            }
            _ => {}
        }
        self.upper.sort_unstable();
        self.lower.sort_unstable();
        self.vowel_a.sort_unstable();
        if self.kinzi {
            out.extend([NGA, ASAT, VIRAMA]);
        }
        out.extend(self.base);
        if self.early_asat {
            out.push(ASAT);
        }
        for c in self.stacks {
            out.extend([VIRAMA, c]);
        }
        for (present, c) in [
            (self.ya, '\u{103B}'),
            (self.ra, '\u{103C}'),
            (self.wa, '\u{103D}'),
            (self.ha, '\u{103E}'),
            (self.e, E_VOWEL),
        ] {
            if present {
                out.push(c);
            }
        }
        out.extend(self.upper);
        out.extend(self.lower);
        out.extend(self.vowel_a);
        for (present, c) in
            [(self.anusvara, '\u{1036}'), (self.dot_below, '\u{1037}'), (self.asat, ASAT), (self.visarga, '\u{1038}')]
        {
            if present {
                out.push(c);
            }
        }
    }
}

fn push_once(slot: &mut Vec<char>, c: char) {
    if !slot.contains(&c) {
        slot.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Zawgyi spellings and their Unicode spellings, code point by code point (the Zawgyi
    /// forms follow the published Zawgyi ⇄ Unicode mapping).
    const PAIRS: &[(&str, &str, &str)] = &[
        // ျ(ra) မ န ္(asat) မ ာ
        (
            "Myanmar",
            "\u{103B}\u{1019}\u{1014}\u{1039}\u{1019}\u{102C}",
            "\u{1019}\u{103C}\u{1014}\u{103A}\u{1019}\u{102C}",
        ),
        // ႏ(short na) ိ ု င ္ င ံ
        (
            "country",
            "\u{108F}\u{102D}\u{102F}\u{1004}\u{1039}\u{1004}\u{1036}",
            "\u{1014}\u{102D}\u{102F}\u{1004}\u{103A}\u{1004}\u{1036}",
        ),
        // The same, typed with the plain na and ု before ိ.
        (
            "country, typed otherwise",
            "\u{1014}\u{102F}\u{102D}\u{1004}\u{1039}\u{1004}\u{1036}",
            "\u{1014}\u{102D}\u{102F}\u{1004}\u{103A}\u{1004}\u{1036}",
        ),
        // ေ က ်(ya) ာ င ္ း
        (
            "school",
            "\u{1031}\u{1000}\u{103A}\u{102C}\u{1004}\u{1039}\u{1038}",
            "\u{1000}\u{103B}\u{1031}\u{102C}\u{1004}\u{103A}\u{1038}",
        ),
        // လ ု ပ ္ ခ
        ("wages", "\u{101C}\u{102F}\u{1015}\u{1039}\u{1001}", "\u{101C}\u{102F}\u{1015}\u{103A}\u{1001}"),
        // အ လ ု ပ ္
        ("work", "\u{1021}\u{101C}\u{102F}\u{1015}\u{1039}", "\u{1021}\u{101C}\u{102F}\u{1015}\u{103A}"),
        // ေ ဆ း ႐(short ra) ု ံ
        (
            "hospital",
            "\u{1031}\u{1006}\u{1038}\u{1090}\u{102F}\u{1036}",
            "\u{1006}\u{1031}\u{1038}\u{101B}\u{102F}\u{1036}",
        ),
        // The same, with ံ typed before ု, as Zawgyi keyboards allow.
        (
            "hospital, typed otherwise",
            "\u{1031}\u{1006}\u{1038}\u{1090}\u{1036}\u{102F}",
            "\u{1006}\u{1031}\u{1038}\u{101B}\u{102F}\u{1036}",
        ),
        // ေ ၾ(ra, wide form) က ာ င ့ ္
        (
            "because",
            "\u{1031}\u{107E}\u{1000}\u{102C}\u{1004}\u{1037}\u{1039}",
            "\u{1000}\u{103C}\u{1031}\u{102C}\u{1004}\u{1037}\u{103A}",
        ),
        // က ၽ(ya, short form) ြ(wa) န ္ ု ပ ္
        (
            "I",
            "\u{1000}\u{107D}\u{103C}\u{1014}\u{1039}\u{102F}\u{1015}\u{1039}",
            "\u{1000}\u{103B}\u{103D}\u{1014}\u{103A}\u{102F}\u{1015}\u{103A}",
        ),
        // အ ဂ ၤ(kinzi) လ ိ ပ ္
        (
            "English",
            "\u{1021}\u{1002}\u{1064}\u{101C}\u{102D}\u{1015}\u{1039}",
            "\u{1021}\u{1004}\u{103A}\u{1039}\u{1002}\u{101C}\u{102D}\u{1015}\u{103A}",
        ),
        // ကမၻာ: ၻ is ဘ stacked under မ.
        ("world", "\u{1000}\u{1019}\u{107B}\u{102C}", "\u{1000}\u{1019}\u{1039}\u{1018}\u{102C}"),
        // ႏ ွ(ha) င ့ ္
        ("and", "\u{108F}\u{103D}\u{1004}\u{1037}\u{1039}", "\u{1014}\u{103E}\u{1004}\u{1037}\u{103A}"),
        // မ ႈ(ha and u)
        ("-ness", "\u{1019}\u{1088}", "\u{1019}\u{103E}\u{102F}"),
        // ေ ၾ က း
        ("fee", "\u{1031}\u{107E}\u{1000}\u{1038}", "\u{1000}\u{103C}\u{1031}\u{1038}"),
        // ေ ၀(digit zero for wa) း
        ("far", "\u{1031}\u{1040}\u{1038}", "\u{101D}\u{1031}\u{1038}"),
        // ေ ယ ာ က ္ ်(ya) ာ း: the asat closes က before its medial ya.
        (
            "man",
            "\u{1031}\u{101A}\u{102C}\u{1000}\u{1039}\u{103A}\u{102C}\u{1038}",
            "\u{101A}\u{1031}\u{102C}\u{1000}\u{103A}\u{103B}\u{102C}\u{1038}",
        ),
        // တ ာ ၀(digit zero for wa) န ္
        ("duty", "\u{1010}\u{102C}\u{1040}\u{1014}\u{1039}", "\u{1010}\u{102C}\u{101D}\u{1014}\u{103A}"),
        // မ ွ(ha) ျ(ra, for ဖ) ဖ စ ္: ha typed after the ra of the next syllable.
        (
            "be (from)",
            "\u{1019}\u{103B}\u{103D}\u{1016}\u{1005}\u{1039}",
            "\u{1019}\u{103E}\u{1016}\u{103C}\u{1005}\u{103A}",
        ),
        // ဗ ု ဒ ၶ(stacked dha)
        ("Buddha", "\u{1017}\u{102F}\u{1012}\u{1076}", "\u{1017}\u{102F}\u{1012}\u{1039}\u{1013}"),
        // ေ ပ ါ င ္ မ ု န ္ ႔(dot below, Zawgyi form)
        (
            "bread",
            "\u{1031}\u{1015}\u{102B}\u{1004}\u{1039}\u{1019}\u{102F}\u{1014}\u{1039}\u{1094}",
            "\u{1015}\u{1031}\u{102B}\u{1004}\u{103A}\u{1019}\u{102F}\u{1014}\u{1037}\u{103A}",
        ),
    ];

    #[test]
    fn known_words_convert() {
        for (meaning, zawgyi, unicode) in PAIRS {
            assert_eq!(to_unicode(zawgyi), *unicode, "{meaning}: {zawgyi} should be {unicode}");
        }
        // Readable forms of some of the same, as a check on the code points above.
        assert_eq!(to_unicode("ျမန္မာ"), "မြန်မာ");
        assert_eq!(to_unicode("ႏိုင္ငံ"), "နိုင်ငံ");
        assert_eq!(to_unicode("ေက်ာင္း"), "ကျောင်း");
        assert_eq!(to_unicode("လုပ္ခ"), "လုပ်ခ");
        assert_eq!(to_unicode("အလုပ္"), "အလုပ်");
        assert_eq!(to_unicode("ေဆး႐ုံ"), "ဆေးရုံ");
    }

    #[test]
    fn sentences_convert_and_other_scripts_pass_through() {
        assert_eq!(to_unicode("ျမန္မာ ႏိုင္ငံ (Myanmar) 2024"), "မြန်မာ နိုင်ငံ (Myanmar) 2024");
        assert_eq!(to_unicode("ေက်ာင္းသား"), "ကျောင်းသား");
        assert_eq!(to_unicode("家賃 abc"), "家賃 abc");
        assert_eq!(to_unicode("၁၀၂၀"), "၁၀၂၀");
        assert_eq!(to_unicode("၎"), "၎င်း");
        assert_eq!(to_unicode("၄င္း"), "၎င်း");
        assert_eq!(to_unicode("၁၀ ရက္"), "၁၀ ရက်");
        assert_eq!(to_unicode("၇ ရက္"), "၇ ရက်");
    }

    #[test]
    fn zawgyi_words_are_detected() {
        for (meaning, zawgyi, unicode) in PAIRS {
            assert!(!is_zawgyi(unicode), "{meaning}: Unicode {unicode} taken for Zawgyi");
            assert!(is_zawgyi(zawgyi), "{meaning}: Zawgyi {zawgyi} not detected");
        }
        assert!(is_zawgyi("ျမန္မာႏိုင္ငံမွာ အလုပ္လုပ္ေနတဲ့ သူေတြ"));
    }

    #[test]
    fn other_text_is_not_zawgyi() {
        for text in ["", "hello", "家賃", "Ngân hàng", "မာ", "လ", "၁၂၃", "ကလေး", "ယောက်ျား", "ဗြဟ္မာ", "အင်္ဂလိပ်"]
        {
            assert!(!is_zawgyi(text), "{text}");
        }
        // Unicode text in other languages of Myanmar, which use U+1060–U+109F as letters:
        // Karen တၢ်, Shan ၶူး and ႁိုၼ်း, Mon ဍုၚ်.
        for text in [
            "\u{1010}\u{1062}\u{103A}",
            "\u{1076}\u{1030}\u{1038}",
            "\u{1081}\u{102D}\u{102F}\u{107C}\u{103A}\u{1038}",
            "\u{100D}\u{102F}\u{105A}\u{103A}",
        ] {
            assert!(!is_zawgyi(text), "{text}");
        }
        assert!(matches!(normalize_query("မြန်မာ"), Cow::Borrowed(_)));
        assert!(matches!(normalize_query("abc"), Cow::Borrowed(_)));
        assert_eq!(normalize_query("ျမန္မာ"), "မြန်မာ");
    }

    /// Every Burmese text in the repository (content and translations, all Unicode) read as
    /// lines, sentences and words: none may be taken for Zawgyi, since converting it would
    /// break it.
    #[test]
    fn the_apps_own_burmese_is_not_zawgyi() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut texts = Vec::new();
        for dir in ["content/default/articles", "content/default/directory"] {
            for path in json_files(&root.join(dir)) {
                let json = std::fs::read_to_string(&path).expect("read content");
                let value: serde_json::Value = serde_json::from_str(&json).expect("content is JSON");
                burmese_strings(&value, false, &mut texts);
            }
        }
        for entry in std::fs::read_dir(root.join("locales/my")).expect("locales/my") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let ftl = std::fs::read_to_string(&path).expect("read ftl");
                texts.extend(ftl.lines().filter(|line| !line.trim_start().starts_with('#')).map(str::to_owned));
            }
        }
        let mut checked = 0;
        for text in &texts {
            for line in text.lines() {
                let sentences = line.split(['။', '၊', '.', '!', '?']);
                let words = line.split_whitespace();
                for piece in std::iter::once(line).chain(sentences).chain(words) {
                    if piece.chars().any(is_myanmar) {
                        checked += 1;
                        assert!(!is_zawgyi(piece), "Unicode taken for Zawgyi: {piece:?} (scores {:?})", scores(piece));
                    }
                }
            }
        }
        assert!(checked > 1000, "only {checked} Burmese pieces found: is the content missing?");
    }

    fn json_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("content directory")
            .map(|entry| entry.expect("entry").path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no JSON in {}", dir.display());
        files
    }

    /// The strings under every "my" key (and inside it, if it is an object or a list).
    fn burmese_strings(value: &serde_json::Value, inside_my: bool, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) if inside_my => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| burmese_strings(v, inside_my, out)),
            serde_json::Value::Object(map) => {
                map.iter().for_each(|(key, v)| burmese_strings(v, inside_my || key == "my", out));
            }
            _ => {}
        }
    }

    proptest! {
        #[test]
        fn any_text_converts_without_panicking(text in "\\PC{0,64}") {
            let _ = is_zawgyi(&text);
            let _ = to_unicode(&text);
            let _ = normalize_query(&text);
        }

        #[test]
        fn any_myanmar_text_converts_without_panicking(text in "[\u{1000}-\u{109F} a]{0,64}") {
            let _ = is_zawgyi(&text);
            let converted = to_unicode(&text);
            // Nothing is lost: every syllable is written out, with at most a few code points more.
            prop_assert!(converted.chars().count() <= 4 * text.chars().count());
            let _ = normalize_query(&text);
        }
    }
}
