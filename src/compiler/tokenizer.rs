//! The errors CPython's tokenizer raises, found by one scan of the source.
//!
//! CPython tokenizes while it parses, so a tokenizer error met before the
//! parser fails wins over the parse error, and after a parse error it
//! tokenizes the rest of the source: an error found there (a bad bracket, an
//! unterminated string, a bad number) replaces the parse error, and a bracket
//! still open at the end does too when it was opened on an earlier line than
//! the parser had read to (`_PyPegen_tokenize_full_source_to_check_for_errors`).
//! Ruff's lexer is more forgiving (it has no `TabError`, and recovers from
//! bracket mismatches), so this module re-reads the source the way CPython's
//! tokenizer does: indentation with tabs counted both as 8 columns and as 1,
//! brackets, strings, comments, line continuations and number literals. It
//! only looks for errors; tokens come from ruff.

use super::CompileError;
use ruff_text_size::{TextRange, TextSize};

/// What the tokenizer stopped at.
pub(super) struct TokError {
    /// Where the tokenizer met it (the parser had to read this far).
    pub at: usize,
    pub error: CompileError,
    /// True for errors that raise at once, which are found even after a
    /// parse error; false for the ones that only stop the tokenizer
    /// (indentation, line continuation), which the parser reports only when
    /// it reads that far.
    pub raises: bool,
}

/// The outcome of a scan: the first error, if any, and the brackets open
/// where the scan stopped (innermost last: the bracket and its offset).
pub(super) struct Scan {
    pub error: Option<TokError>,
    pub open: Vec<(char, usize)>,
}

/// The deepest indentation CPython's tokenizer accepts (`MAXINDENT`).
const MAX_INDENT: usize = 100;

fn at(pos: usize) -> TextRange {
    TextRange::empty(TextSize::new(pos as u32))
}

fn line_of(b: &[u8], pos: usize) -> usize {
    b[..pos.min(b.len())]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
        + 1
}

/// Scans `source` as CPython's tokenizer would, up to its first error.
pub(super) fn scan(source: &str) -> Scan {
    let b = source.as_bytes();
    let mut s = Scanner {
        b,
        source,
        i: 0,
        open: Vec::new(),
        indents: vec![(0, 0)],
    };
    let error = s.run().err();
    Scan {
        error,
        open: s.open,
    }
}

struct Scanner<'s> {
    b: &'s [u8],
    source: &'s str,
    i: usize,
    open: Vec<(char, usize)>,
    /// The indentation stack: columns with tabs to multiples of 8, and with
    /// tabs as one column (CPython's `indstack` and `altindstack`).
    indents: Vec<(usize, usize)>,
}

impl Scanner<'_> {
    fn peek(&self, k: usize) -> u8 {
        self.b.get(self.i + k).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.i >= self.b.len()
    }

    /// A newline: `\n`, `\r\n` or a lone `\r`; returns its length.
    fn newline_len(&self) -> usize {
        match self.peek(0) {
            b'\n' => 1,
            b'\r' if self.peek(1) == b'\n' => 2,
            b'\r' => 1,
            _ => 0,
        }
    }

    fn run(&mut self) -> Result<(), TokError> {
        let mut at_line_start = true;
        loop {
            if at_line_start {
                at_line_start = false;
                self.indentation()?;
            }
            while matches!(self.peek(0), b' ' | b'\t' | b'\x0c') {
                self.i += 1;
            }
            if self.at_eof() {
                return Ok(());
            }
            let c = self.peek(0);
            let nl = self.newline_len();
            if nl > 0 {
                self.i += nl;
                at_line_start = true;
                continue;
            }
            match c {
                b'#' => {
                    while !self.at_eof() && self.newline_len() == 0 {
                        self.i += 1;
                    }
                }
                b'\\' => self.continuation()?,
                b'\'' | b'"' => self.string(self.i)?,
                b'(' | b'[' | b'{' => {
                    self.open.push((c as char, self.i));
                    self.i += 1;
                }
                b')' | b']' | b'}' => self.close(c as char)?,
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                    let start = self.i;
                    while self.i < self.b.len()
                        && (self.b[self.i].is_ascii_alphanumeric()
                            || self.b[self.i] == b'_'
                            || self.b[self.i] >= 0x80)
                    {
                        self.i += 1;
                    }
                    let word = &self.b[start..self.i];
                    self.identifier(start)?;
                    if matches!(self.peek(0), b'\'' | b'"') && is_string_prefix(word) {
                        self.string(start)?;
                    }
                }
                _ => self.i += 1,
            }
        }
    }

    /// A name with characters outside ASCII: CPython refuses the first one
    /// that cannot be part of an identifier. (`char::is_alphanumeric`
    /// stands in for Unicode's XID classes.)
    fn identifier(&self, start: usize) -> Result<(), TokError> {
        let word = self.source.get(start..self.i).unwrap_or("");
        if word.is_ascii() {
            return Ok(());
        }
        let first_ok = |c: char| c.is_alphabetic() || c == '_';
        for (n, (k, c)) in word.char_indices().enumerate() {
            let ok = if n == 0 {
                first_ok(c)
            } else {
                c.is_alphanumeric() || c == '_' || c == '\u{b7}'
            };
            if !ok {
                let pos = start + k;
                return Err(TokError {
                    at: pos,
                    error: CompileError::syntax(
                        format!("invalid character '{c}' (U+{:04X})", c as u32),
                        at(pos),
                    )
                    .without_newline(),
                    raises: true,
                });
            }
        }
        Ok(())
    }

    /// The indentation of a new line (CPython's `tok_get` at `atbol`).
    fn indentation(&mut self) -> Result<(), TokError> {
        let line_start = self.i;
        let (mut col, mut alt) = (0usize, 0usize);
        let mut cont_col = None;
        loop {
            match self.peek(0) {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                b'\\' => {
                    cont_col.get_or_insert(col);
                    self.continuation()?;
                    continue;
                }
                _ => break,
            }
            self.i += 1;
        }
        let blank = self.at_eof() || self.peek(0) == b'#' || self.newline_len() > 0;
        if blank || !self.open.is_empty() {
            return Ok(());
        }
        if let Some(c) = cont_col {
            col = c;
            alt = c;
        }
        let tab_error = || TokError {
            at: line_start,
            error: CompileError::syntax(
                "inconsistent use of tabs and spaces in indentation",
                at(line_start),
            )
            .without_end(),
            raises: false,
        };
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(TokError {
                    at: line_start,
                    error: CompileError::syntax("too many levels of indentation", at(line_start))
                        .without_end(),
                    raises: false,
                });
            }
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                return Err(TokError {
                    at: line_start,
                    error: CompileError::syntax(
                        "unindent does not match any outer indentation level",
                        at(self.i),
                    ),
                    raises: false,
                });
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// A backslash, which must end its line.
    fn continuation(&mut self) -> Result<(), TokError> {
        let pos = self.i;
        self.i += 1;
        let nl = self.newline_len();
        if nl == 0 {
            let msg = if self.at_eof() {
                "unexpected EOF while parsing"
            } else {
                "unexpected character after line continuation character"
            };
            let range = at(pos + 1);
            return Err(TokError {
                at: pos,
                error: CompileError::syntax(msg, range).without_end(),
                raises: false,
            });
        }
        self.i += nl;
        Ok(())
    }

    fn close(&mut self, close: char) -> Result<(), TokError> {
        let pos = self.i;
        self.i += 1;
        let raise = |msg: String| TokError {
            at: pos,
            error: CompileError::syntax(msg, at(pos)).without_newline(),
            raises: true,
        };
        let Some((open, open_at)) = self.open.pop() else {
            return Err(raise(format!("unmatched '{close}'")));
        };
        let expected = match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if expected == close {
            return Ok(());
        }
        let open_line = line_of(self.b, open_at);
        Err(raise(if open_line == line_of(self.b, pos) {
            format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
        } else {
            format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
            )
        }))
    }

    /// A string literal whose token starts at `start` (its prefix) and whose
    /// quote is at the cursor.
    fn string(&mut self, start: usize) -> Result<(), TokError> {
        let q = self.peek(0);
        let triple = self.peek(1) == q && self.peek(2) == q;
        self.i += if triple { 3 } else { 1 };
        loop {
            if self.at_eof() {
                break;
            }
            let c = self.peek(0);
            if c == b'\\' {
                self.i += 1 + self.newline_len().max(usize::from(!self.at_eof()));
                continue;
            }
            if c == q {
                if !triple {
                    self.i += 1;
                    return Ok(());
                }
                if self.peek(1) == q && self.peek(2) == q {
                    self.i += 3;
                    return Ok(());
                }
            }
            if !triple && self.newline_len() > 0 {
                break;
            }
            self.i += 1;
        }
        // Unterminated: CPython reports it at the token's start, naming the
        // line where it noticed.
        let detected = if triple {
            self.source.lines().count().max(1)
        } else {
            line_of(self.b, self.i)
        };
        let what = if triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        Err(TokError {
            at: start,
            error: CompileError::syntax(format!("{what} (detected at line {detected})"), at(start))
                .without_newline(),
            raises: true,
        })
    }

    fn number(&mut self) -> Result<(), TokError> {
        let start = self.i;
        if let Some(e) = super::syntax::number_error(self.source, TextSize::new(start as u32)) {
            return Err(TokError {
                at: start,
                error: e.without_newline(),
                raises: true,
            });
        }
        // Skip the literal: digits, letters, `_`, `.`, and an exponent's sign.
        while self.i < self.b.len() {
            let c = self.b[self.i];
            let part = c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
            let exponent_sign = matches!(c, b'+' | b'-')
                && matches!(self.b[self.i - 1], b'e' | b'E')
                && !self.b[start..self.i].starts_with(b"0x")
                && !self.b[start..self.i].starts_with(b"0X");
            if !(part || exponent_sign) {
                break;
            }
            self.i += 1;
        }
        Ok(())
    }
}

/// The prefixes a string literal may have in Python 3.11.
fn is_string_prefix(word: &[u8]) -> bool {
    let w = word.to_ascii_lowercase();
    matches!(
        w.as_slice(),
        b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
}
