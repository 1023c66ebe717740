//! A backtracking subset of Python's `re`, for `compileall -x REGEXP`
//! (`re.search` on each file's path).
//!
//! Supported: literals and escapes (`\n`, `\x41`, `\u00e9`, octal `\012`,
//! escaped punctuation), `.`, `^`, `$`, `\A`, `\Z`, `\b`, `\B`, the classes
//! `\d \w \s` and their negations, sets `[...]` with ranges and negation,
//! groups `(...)`, `(?:...)`, `(?P<name>...)`, atomic `(?>...)`, lookahead
//! `(?=...)` `(?!...)`, lookbehind `(?<=...)` `(?<!...)`, comments `(?#...)`,
//! alternation, the quantifiers `* + ? {m} {m,} {,n} {m,n}` with their lazy
//! (`?`) and possessive (`+`) forms, and the flags `i m s x a u` (at the start,
//! `(?i)`, or scoped, `(?i:...)`). Not supported, with an error saying so:
//! backreferences, conditionals and `\N{...}`. Errors in the pattern are
//! reported with `re`'s messages (`nothing to repeat at position 0`).

/// Why a pattern was not accepted.
#[derive(Debug, PartialEq, Eq)]
pub enum RegexError {
    /// Python's `re` rejects it too: `re.error`'s message.
    Invalid(String),
    /// Valid Python, but beyond this subset.
    Unsupported(String),
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Regex {
    alt: Vec<Vec<Node>>,
}

#[derive(Clone, Copy, Debug)]
struct Flags {
    icase: bool,
    multiline: bool,
    dotall: bool,
    verbose: bool,
    ascii: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClassKind {
    Digit,
    Word,
    Space,
}

#[derive(Debug)]
enum SetItem {
    Char(char),
    Range(char, char),
    Class { kind: ClassKind, negated: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug)]
enum Node {
    Char(char, bool),
    Any(bool),
    Set {
        negated: bool,
        items: Vec<SetItem>,
        icase: bool,
        ascii: bool,
    },
    Class {
        kind: ClassKind,
        negated: bool,
        ascii: bool,
    },
    LineStart(bool),
    LineEnd(bool),
    TextStart,
    TextEnd,
    WordBoundary {
        want: bool,
        ascii: bool,
    },
    Group(Vec<Vec<Node>>),
    Atomic(Vec<Vec<Node>>),
    Look {
        ahead: bool,
        negate: bool,
        alt: Vec<Vec<Node>>,
    },
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        mode: Mode,
    },
}

impl Node {
    /// Anchors cannot take a quantifier ("nothing to repeat").
    fn is_anchor(&self) -> bool {
        matches!(
            self,
            Node::LineStart(_)
                | Node::LineEnd(_)
                | Node::TextStart
                | Node::TextEnd
                | Node::WordBoundary { .. }
        )
    }
}

/// Repeat counts above this are refused (they would only make the matcher
/// recurse very deeply).
const MAX_COUNT: u32 = 65_535;

struct ParseState {
    chars: Vec<char>,
    pos: usize,
}

fn invalid<T>(msg: impl Into<String>, pos: usize) -> Result<T, RegexError> {
    Err(RegexError::Invalid(format!(
        "{} at position {pos}",
        msg.into()
    )))
}

fn unsupported<T>(what: &str, pos: usize) -> Result<T, RegexError> {
    Err(RegexError::Unsupported(format!(
        "{what} (at position {pos}) is not supported by pyjit's compileall -x"
    )))
}

fn flag_letter(flags: &mut Flags, c: char, on: bool) -> bool {
    match c {
        'i' => flags.icase = on,
        'm' => flags.multiline = on,
        's' => flags.dotall = on,
        'x' => flags.verbose = on,
        'a' => flags.ascii = on,
        'u' => flags.ascii = !on && flags.ascii,
        _ => return false,
    }
    true
}

impl ParseState {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.pos + n).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Skips whitespace and `#` comments in verbose mode.
    fn skip_verbose(&mut self, flags: Flags) {
        if !flags.verbose {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.pos += 1;
            } else if c == '#' {
                while let Some(c) = self.next() {
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self, flags: &mut Flags, top: bool) -> Result<Vec<Vec<Node>>, RegexError> {
        let mut alt = vec![self.sequence(flags, top)?];
        while self.eat('|') {
            alt.push(self.sequence(flags, false)?);
        }
        Ok(alt)
    }

    fn sequence(&mut self, flags: &mut Flags, top: bool) -> Result<Vec<Node>, RegexError> {
        let mut seq: Vec<Node> = Vec::new();
        let mut quantified = false;
        loop {
            self.skip_verbose(*flags);
            let start = self.pos;
            let Some(c) = self.peek() else {
                return Ok(seq);
            };
            match c {
                '|' | ')' => return Ok(seq),
                '*' | '+' | '?' | '{' => {
                    let Some((min, max)) = self.quantifier()? else {
                        // `{` that does not start a quantifier is a literal.
                        self.pos = start + 1;
                        seq.push(Node::Char('{', flags.icase));
                        quantified = false;
                        continue;
                    };
                    if quantified {
                        return invalid("multiple repeat", start);
                    }
                    let Some(node) = seq.pop().filter(|n| !n.is_anchor()) else {
                        return invalid("nothing to repeat", start);
                    };
                    let mode = if self.eat('?') {
                        Mode::Lazy
                    } else if self.eat('+') {
                        Mode::Possessive
                    } else {
                        Mode::Greedy
                    };
                    seq.push(Node::Repeat {
                        node: Box::new(node),
                        min,
                        max,
                        mode,
                    });
                    quantified = true;
                    continue;
                }
                _ => {}
            }
            quantified = false;
            self.pos += 1;
            let node = match c {
                '.' => Node::Any(flags.dotall),
                '^' => Node::LineStart(flags.multiline),
                '$' => Node::LineEnd(flags.multiline),
                '[' => self.set(*flags, start)?,
                '\\' => self.escape(*flags, start)?,
                '(' => match self.group(flags, start, top && seq.is_empty())? {
                    Some(node) => node,
                    None => continue,
                },
                other => Node::Char(other, flags.icase),
            };
            seq.push(node);
        }
    }

    /// Parses a quantifier at the current position. `None` (with nothing
    /// consumed) for a `{` that is a literal.
    fn quantifier(&mut self) -> Result<Option<(u32, Option<u32>)>, RegexError> {
        let start = self.pos;
        match self.next() {
            Some('*') => return Ok(Some((0, None))),
            Some('+') => return Ok(Some((1, None))),
            Some('?') => return Ok(Some((0, Some(1)))),
            _ => {}
        }
        let number = |s: &mut ParseState| {
            let begin = s.pos;
            while s.peek().is_some_and(|c| c.is_ascii_digit()) {
                s.pos += 1;
            }
            let text: String = s
                .chars
                .get(begin..s.pos)
                .unwrap_or_default()
                .iter()
                .collect();
            text
        };
        if self.peek() == Some('}') {
            // `{}` is a literal brace.
            self.pos = start;
            return Ok(None);
        }
        let lo = number(self);
        let hi = if self.eat(',') {
            Some(number(self))
        } else {
            None
        };
        if !self.eat('}') {
            self.pos = start;
            return Ok(None);
        }
        let count = |text: &str| -> Result<u32, RegexError> {
            match text.parse::<u64>() {
                Ok(n) if n <= u64::from(MAX_COUNT) => Ok(n as u32),
                _ => unsupported("a repeat count above 65535", start + 1),
            }
        };
        let min = if lo.is_empty() { 0 } else { count(&lo)? };
        let max = match &hi {
            None => Some(min),
            Some(h) if h.is_empty() => None,
            Some(h) => Some(count(h)?),
        };
        if let Some(max) = max
            && max < min
        {
            return invalid("min repeat greater than max repeat", start + 1);
        }
        Ok(Some((min, max)))
    }

    /// A group after its `(`. `None` for a group that matches nothing at all
    /// (a comment, or global flags).
    fn group(
        &mut self,
        flags: &mut Flags,
        start: usize,
        at_start: bool,
    ) -> Result<Option<Node>, RegexError> {
        let mut inner = *flags;
        let kind = if self.eat('?') {
            let Some(c) = self.next() else {
                return invalid("unexpected end of pattern", self.pos);
            };
            match c {
                ':' => 'g',
                '>' => 'a',
                '=' => '=',
                '!' => '!',
                '#' => loop {
                    match self.next() {
                        Some(')') => return Ok(None),
                        Some(_) => {}
                        None => return invalid("missing ), unterminated comment", start),
                    }
                },
                '<' => match self.next() {
                    Some('=') => '<',
                    Some('!') => 'n',
                    _ => return unsupported("a group name after (?<", start),
                },
                'P' => match self.next() {
                    Some('<') => {
                        let name_start = self.pos;
                        let mut name = String::new();
                        loop {
                            match self.next() {
                                Some('>') => break,
                                Some(c) => name.push(c),
                                None => return invalid("missing >, unterminated name", name_start),
                            }
                        }
                        let mut chars = name.chars();
                        let valid = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
                            && chars.all(|c| c == '_' || c.is_alphanumeric());
                        if !valid {
                            return invalid(
                                format!(
                                    "bad character in group name {}",
                                    crate::runtime::format::str_repr(&name)
                                ),
                                name_start,
                            );
                        }
                        'g'
                    }
                    Some('=') => return unsupported("a backreference (?P=name)", start),
                    _ => return invalid("unknown extension ?P", start + 1),
                },
                '(' => return unsupported("a conditional group (?(...)...)", start),
                c if c == '-' || flag_letter(&mut inner.clone(), c, true) => {
                    // Flags: `(?ims)` or `(?i-s:...)`, with `re`'s messages.
                    let bad = |c: char, otherwise: &str, at: usize| {
                        let msg = if c.is_alphabetic() {
                            "unknown flag"
                        } else {
                            otherwise
                        };
                        invalid(msg, at)
                    };
                    let mut c = c;
                    if c != '-' {
                        flag_letter(&mut inner, c, true);
                        loop {
                            let at = self.pos;
                            match self.next() {
                                None => return invalid("missing -, : or )", at),
                                Some(')') => {
                                    if !at_start {
                                        return invalid(
                                            "global flags not at the start of the expression",
                                            start,
                                        );
                                    }
                                    *flags = inner;
                                    return Ok(None);
                                }
                                Some(':') => break,
                                Some('-') => {
                                    c = '-';
                                    break;
                                }
                                Some(f) if flag_letter(&mut inner, f, true) => {}
                                Some(f) => return bad(f, "missing -, : or )", at),
                            }
                        }
                    }
                    if c == '-' {
                        let at = self.pos;
                        match self.next() {
                            None => return invalid("missing flag", at),
                            Some(f) if flag_letter(&mut inner, f, false) => {}
                            Some(f) => return bad(f, "missing flag", at),
                        }
                        loop {
                            let at = self.pos;
                            match self.next() {
                                None => return invalid("missing :", at),
                                Some(':') => break,
                                Some(f) if flag_letter(&mut inner, f, false) => {}
                                Some(f) => return bad(f, "missing :", at),
                            }
                        }
                    }
                    'g'
                }
                '\\' => {
                    let escaped: String = self.next().map(String::from).unwrap_or_default();
                    return invalid(format!("unknown extension ?\\{escaped}"), start + 1);
                }
                other => return invalid(format!("unknown extension ?{other}"), start + 1),
            }
        } else {
            'g'
        };
        let alt = self.alternation(&mut inner, false)?;
        if !self.eat(')') {
            return invalid("missing ), unterminated subpattern", start);
        }
        Ok(Some(match kind {
            'a' => Node::Atomic(alt),
            '=' | '!' | '<' | 'n' => Node::Look {
                ahead: kind == '=' || kind == '!',
                negate: kind == '!' || kind == 'n',
                alt,
            },
            _ => Node::Group(alt),
        }))
    }

    fn hex_escape(
        &mut self,
        digits: usize,
        start: usize,
        letter: char,
    ) -> Result<char, RegexError> {
        let mut value = 0u32;
        for _ in 0..digits {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    value = value * 16 + d;
                    self.pos += 1;
                }
                None => {
                    let text: String = self
                        .chars
                        .get(start..self.pos)
                        .unwrap_or_default()
                        .iter()
                        .collect();
                    return invalid(format!("incomplete escape {text}"), start);
                }
            }
        }
        match char::from_u32(value) {
            Some(c) => Ok(c),
            None if letter == 'U' => {
                let text: String = self
                    .chars
                    .get(start..self.pos)
                    .unwrap_or_default()
                    .iter()
                    .collect();
                invalid(format!("bad escape {text}"), start)
            }
            // A lone surrogate cannot occur in a path.
            None => Ok('\u{fffd}'),
        }
    }

    fn octal(&mut self, first: u32, max_digits: usize) -> u32 {
        let mut value = first;
        for _ in 1..max_digits {
            match self.peek().and_then(|c| c.to_digit(8)) {
                Some(d) => {
                    value = value * 8 + d;
                    self.pos += 1;
                }
                None => break,
            }
        }
        value
    }

    /// The character of a simple escape (`\n`, `\x41`, ...), shared by
    /// patterns and sets. `start` is the position of the backslash.
    fn char_escape(&mut self, c: char, start: usize) -> Result<Option<char>, RegexError> {
        Ok(Some(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'x' => self.hex_escape(2, start, 'x')?,
            'u' => self.hex_escape(4, start, 'u')?,
            'U' => self.hex_escape(8, start, 'U')?,
            'N' => return unsupported("\\N{...}", start),
            _ => return Ok(None),
        }))
    }

    fn escape(&mut self, flags: Flags, start: usize) -> Result<Node, RegexError> {
        let Some(c) = self.next() else {
            return invalid("bad escape (end of pattern)", start);
        };
        let class = |kind, negated| Node::Class {
            kind,
            negated,
            ascii: flags.ascii,
        };
        Ok(match c {
            'A' => Node::TextStart,
            'Z' => Node::TextEnd,
            'b' => Node::WordBoundary {
                want: true,
                ascii: flags.ascii,
            },
            'B' => Node::WordBoundary {
                want: false,
                ascii: flags.ascii,
            },
            'd' => class(ClassKind::Digit, false),
            'D' => class(ClassKind::Digit, true),
            'w' => class(ClassKind::Word, false),
            'W' => class(ClassKind::Word, true),
            's' => class(ClassKind::Space, false),
            'S' => class(ClassKind::Space, true),
            '0' => {
                let v = self.octal(0, 3);
                Node::Char(char::from_u32(v).unwrap_or('\0'), flags.icase)
            }
            '1'..='9' => {
                let d1 = c.to_digit(10).unwrap_or(0);
                let octal3 = d1 < 8
                    && self.peek().is_some_and(|c| c.is_digit(8))
                    && self.peek_at(1).is_some_and(|c| c.is_digit(8));
                if !octal3 {
                    return unsupported("a backreference", start);
                }
                let v = self.octal(d1, 3);
                if v > 0o377 {
                    let text: String = self
                        .chars
                        .get(start..self.pos)
                        .unwrap_or_default()
                        .iter()
                        .collect();
                    return invalid(
                        format!("octal escape value {text} outside of range 0-0o377"),
                        start,
                    );
                }
                Node::Char(char::from_u32(v).unwrap_or('\0'), flags.icase)
            }
            c => match self.char_escape(c, start)? {
                Some(ch) => Node::Char(ch, flags.icase),
                None if c.is_ascii_alphanumeric() => {
                    return invalid(format!("bad escape \\{c}"), start);
                }
                None => Node::Char(c, flags.icase),
            },
        })
    }

    /// One member of a set after its first character was read: a character,
    /// or a class (`\d`).
    fn set_member(&mut self, c: char, start: usize) -> Result<SetItem, RegexError> {
        if c != '\\' {
            return Ok(SetItem::Char(c));
        }
        let Some(e) = self.next() else {
            return invalid("bad escape (end of pattern)", start);
        };
        let class = |kind, negated| Ok(SetItem::Class { kind, negated });
        match e {
            'd' => class(ClassKind::Digit, false),
            'D' => class(ClassKind::Digit, true),
            'w' => class(ClassKind::Word, false),
            'W' => class(ClassKind::Word, true),
            's' => class(ClassKind::Space, false),
            'S' => class(ClassKind::Space, true),
            'b' => Ok(SetItem::Char('\x08')),
            '0'..='7' => {
                let v = self.octal(e.to_digit(8).unwrap_or(0), 3);
                if v > 0o377 {
                    let text: String = self
                        .chars
                        .get(start..self.pos)
                        .unwrap_or_default()
                        .iter()
                        .collect();
                    return invalid(
                        format!("octal escape value {text} outside of range 0-0o377"),
                        start,
                    );
                }
                Ok(SetItem::Char(char::from_u32(v).unwrap_or('\0')))
            }
            _ => match self.char_escape(e, start)? {
                Some(ch) => Ok(SetItem::Char(ch)),
                None if e.is_ascii_alphanumeric() => invalid(format!("bad escape \\{e}"), start),
                None => Ok(SetItem::Char(e)),
            },
        }
    }

    /// A set after its `[`.
    fn set(&mut self, flags: Flags, start: usize) -> Result<Node, RegexError> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let item_start = self.pos;
            let Some(c) = self.next() else {
                return invalid("unterminated character set", start);
            };
            if c == ']' && !first {
                break;
            }
            first = false;
            let item = self.set_member(c, item_start)?;
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                self.pos += 1;
                let hi_start = self.pos;
                let Some(h) = self.next() else {
                    return invalid("unterminated character set", start);
                };
                let hi = self.set_member(h, hi_start)?;
                let text = |s: &ParseState| -> String {
                    s.chars
                        .get(item_start..s.pos)
                        .unwrap_or_default()
                        .iter()
                        .collect()
                };
                match (item, hi) {
                    (SetItem::Char(lo), SetItem::Char(hi)) => {
                        if hi < lo {
                            return invalid(
                                format!("bad character range {}", text(self)),
                                item_start,
                            );
                        }
                        items.push(SetItem::Range(lo, hi));
                    }
                    _ => return invalid(format!("bad character range {}", text(self)), item_start),
                }
            } else {
                items.push(item);
            }
        }
        Ok(Node::Set {
            negated,
            items,
            icase: flags.icase,
            ascii: flags.ascii,
        })
    }
}

impl Regex {
    /// Compiles `pattern` (Python `re` syntax, within the subset above).
    pub fn new(pattern: &str) -> Result<Regex, RegexError> {
        let mut state = ParseState {
            chars: pattern.chars().collect(),
            pos: 0,
        };
        let mut flags = Flags {
            icase: false,
            multiline: false,
            dotall: false,
            verbose: false,
            ascii: false,
        };
        let parsed = state.alternation(&mut flags, true);
        // Python's tokenizer reads one token ahead, so a lone backslash at
        // the end is reported as soon as the token before it is consumed.
        let trailing = pattern.len() - pattern.trim_end_matches('\\').len();
        if trailing % 2 == 1 {
            let at = state.chars.len() - 1;
            if parsed.is_err() && state.pos >= at {
                return invalid("bad escape (end of pattern)", at);
            }
        }
        let alt = parsed?;
        if state.pos < state.chars.len() {
            // Only a `)` without its `(` stops the top level early.
            return invalid("unbalanced parenthesis", state.pos);
        }
        Ok(Regex { alt })
    }

    /// `re.search(pattern, text) is not None`.
    pub fn search(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let m = Matcher { text: &chars };
        (0..=chars.len()).any(|start| m.alt(&self.alt, start, &mut |_| true))
    }
}

fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

fn is_word(c: char, ascii: bool) -> bool {
    if ascii {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric() || c == '_'
    }
}

fn class_matches(kind: ClassKind, c: char, ascii: bool) -> bool {
    match kind {
        ClassKind::Digit => c.is_ascii_digit() || (!ascii && !c.is_ascii() && c.is_numeric()),
        ClassKind::Word => is_word(c, ascii),
        ClassKind::Space => {
            matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
                || (!ascii && super::is_py_space(c))
        }
    }
}

fn set_matches(items: &[SetItem], c: char, ascii: bool) -> bool {
    items.iter().any(|item| match *item {
        SetItem::Char(x) => x == c,
        SetItem::Range(lo, hi) => (lo..=hi).contains(&c),
        SetItem::Class { kind, negated } => class_matches(kind, c, ascii) != negated,
    })
}

/// Continuation: called with the position after a match; `true` ends the
/// search successfully.
type Cont<'k> = dyn FnMut(usize) -> bool + 'k;

struct Matcher<'t> {
    text: &'t [char],
}

impl Matcher<'_> {
    fn alt(&self, alt: &[Vec<Node>], pos: usize, k: &mut Cont<'_>) -> bool {
        alt.iter().any(|seq| self.seq(seq, pos, k))
    }

    fn seq(&self, seq: &[Node], pos: usize, k: &mut Cont<'_>) -> bool {
        match seq.split_first() {
            None => k(pos),
            Some((first, rest)) => self.node(first, pos, &mut |p| self.seq(rest, p, k)),
        }
    }

    fn node(&self, node: &Node, pos: usize, k: &mut Cont<'_>) -> bool {
        let here = self.text.get(pos).copied();
        let before = pos.checked_sub(1).and_then(|i| self.text.get(i)).copied();
        let one = |ok: bool, k: &mut Cont<'_>| ok && k(pos + 1);
        match node {
            Node::Char(c, icase) => one(
                here.is_some_and(|h| h == *c || (*icase && fold(h) == fold(*c))),
                k,
            ),
            Node::Any(dotall) => one(here.is_some_and(|h| *dotall || h != '\n'), k),
            Node::Set {
                negated,
                items,
                icase,
                ascii,
            } => one(
                here.is_some_and(|h| {
                    let hit = set_matches(items, h, *ascii)
                        || (*icase
                            && (set_matches(items, fold(h), *ascii)
                                || h.to_uppercase().any(|u| set_matches(items, u, *ascii))));
                    hit != *negated
                }),
                k,
            ),
            Node::Class {
                kind,
                negated,
                ascii,
            } => one(
                here.is_some_and(|h| class_matches(*kind, h, *ascii) != *negated),
                k,
            ),
            Node::LineStart(multi) => (pos == 0 || (*multi && before == Some('\n'))) && k(pos),
            Node::LineEnd(multi) => {
                let at_end = pos == self.text.len()
                    || (pos + 1 == self.text.len() && here == Some('\n'))
                    || (*multi && here == Some('\n'));
                at_end && k(pos)
            }
            Node::TextStart => pos == 0 && k(pos),
            Node::TextEnd => pos == self.text.len() && k(pos),
            Node::WordBoundary { want, ascii } => {
                let a = before.is_some_and(|c| is_word(c, *ascii));
                let b = here.is_some_and(|c| is_word(c, *ascii));
                ((a != b) == *want) && k(pos)
            }
            Node::Group(alt) => self.alt(alt, pos, k),
            Node::Atomic(alt) => {
                let mut end = None;
                self.alt(alt, pos, &mut |p| {
                    end = Some(p);
                    true
                });
                end.is_some_and(&mut *k)
            }
            Node::Look { ahead, negate, alt } => {
                let found = if *ahead {
                    self.alt(alt, pos, &mut |_| true)
                } else {
                    (0..=pos).rev().any(|s| self.alt(alt, s, &mut |e| e == pos))
                };
                found != *negate && k(pos)
            }
            Node::Repeat {
                node,
                min,
                max,
                mode,
            } => match mode {
                Mode::Possessive => {
                    let mut end = None;
                    self.repeat(node, *min, *max, true, 0, pos, &mut |p| {
                        end = Some(p);
                        true
                    });
                    end.is_some_and(&mut *k)
                }
                _ => self.repeat(node, *min, *max, *mode == Mode::Greedy, 0, pos, k),
            },
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn repeat(
        &self,
        node: &Node,
        min: u32,
        max: Option<u32>,
        greedy: bool,
        count: u32,
        pos: usize,
        k: &mut Cont<'_>,
    ) -> bool {
        if count < min {
            return self.node(node, pos, &mut |p| {
                self.repeat(node, min, max, greedy, count + 1, p, k)
            });
        }
        let more = max.is_none_or(|m| count < m);
        // An iteration that matched nothing cannot lead anywhere new.
        let again = |k: &mut Cont<'_>| {
            more && self.node(node, pos, &mut |p| {
                p != pos && self.repeat(node, min, max, greedy, count + 1, p, k)
            })
        };
        if greedy && again(k) {
            return true;
        }
        k(pos) || (!greedy && again(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(p: &str, t: &str) -> bool {
        Regex::new(p)
            .map(|r| r.search(t))
            .unwrap_or_else(|e| panic!("{p}: {e:?}"))
    }

    fn err(p: &str) -> String {
        match Regex::new(p) {
            Err(RegexError::Invalid(m)) => m,
            Err(RegexError::Unsupported(m)) => format!("unsupported: {m}"),
            Ok(_) => "ok".to_string(),
        }
    }

    #[test]
    fn searches() {
        assert!(s("bad", "pkg/bad.py"));
        assert!(!s("^bad", "pkg/bad.py"));
        assert!(s(r"/bad\.py$", "pkg/bad.py"));
        assert!(!s(r"/bad\.py$", "pkg/bad.pyc"));
        assert!(s("test|tmp", "a/tmp/x.py"));
        assert!(s(r"[/\\]sub[/\\]", "pkg/sub/x.py"));
        assert!(s("a.*c", "xxabbbcxx"));
        assert!(s("^a.*?c$", "abcbc"));
        assert!(s("x{2,3}", "axxb"));
        assert!(!s("^x{2,3}$", "xxxx"));
        assert!(s("^(ab)+$", "ababab"));
        assert!(!s("^(ab)+$", "ababa"));
        assert!(s("[^a-c]", "abcd"));
        assert!(!s("^[^a-c]+$", "abcd"));
        assert!(s(r"\d\d", "a12"));
        assert!(s(r"\bbad\b", "x/bad.py"));
        assert!(!s(r"\bbad\b", "x/badly.py"));
        assert!(s("(?i)BAD", "bad.py"));
        assert!(s("(?i:B)ad", "bad.py"));
        assert!(!s("B(?i:A)d", "bad.py"));
        assert!(s("foo(?=bar)", "foobar"));
        assert!(!s("foo(?!bar)", "foobar"));
        assert!(s("(?<=/)bad", "x/bad"));
        assert!(!s("(?<!/)bad", "x/bad"));
        assert!(!s("^a*+a$", "aaa"));
        assert!(!s("^(?>a*)a$", "aaa"));
        assert!(s("^(a*)*$", "aaa"));
        assert!(s("a{,2}b", "b"));
        assert!(s("x{", "x{"));
        assert!(s("a{}", "a{}"));
        assert!(s("(?x) a  b # comment", "ab"));
        assert!(s("(?#note)ab", "ab"));
        assert!(s(r"\x41\u0042", "AB"));
        assert!(s("", "anything"));
        assert!(s("$", ""));
    }

    #[test]
    fn errors_like_re() {
        assert_eq!(err("*a"), "nothing to repeat at position 0");
        assert_eq!(err("a**"), "multiple repeat at position 2");
        assert_eq!(
            err("(a"),
            "missing ), unterminated subpattern at position 0"
        );
        assert_eq!(err("a)"), "unbalanced parenthesis at position 1");
        assert_eq!(err("[a"), "unterminated character set at position 0");
        assert_eq!(err(r"\q"), r"bad escape \q at position 0");
        assert_eq!(err("a\\"), "bad escape (end of pattern) at position 1");
        assert_eq!(err("[z-a]"), "bad character range z-a at position 1");
        assert_eq!(
            err("a{2,1}"),
            "min repeat greater than max repeat at position 2"
        );
        assert_eq!(
            err("a(?i)"),
            "global flags not at the start of the expression at position 1"
        );
        assert_eq!(err(r"[\d-z]"), r"bad character range \d-z at position 1");
        assert_eq!(err("(?z)"), "unknown extension ?z at position 1");
        assert_eq!(err("a{1,2}{3}"), "multiple repeat at position 6");
        assert_eq!(err("^*"), "nothing to repeat at position 1");
        assert_eq!(err("?\\"), "bad escape (end of pattern) at position 1");
        assert_eq!(err("+?\\"), "nothing to repeat at position 0");
        assert_eq!(err("(?-=(b"), "missing flag at position 3");
        assert_eq!(err("(?m}"), "missing -, : or ) at position 3");
        assert_eq!(err("(?ab"), "unknown flag at position 3");
        assert!(err(r"(a)\1").starts_with("unsupported"));
        assert!(err("(?P=x)").starts_with("unsupported"));
    }
}
