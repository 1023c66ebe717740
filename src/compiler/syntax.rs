//! CPython's wording for syntax errors.
//!
//! The parser (ruff's) reports errors in its own words and sometimes at a
//! different place than CPython (an unclosed bracket is reported at the end of
//! the file). This module re-derives CPython's message and location for the
//! common cases: bracket mismatches (found by scanning the tokens, which is
//! what CPython's tokenizer does first), invalid assignment and deletion
//! targets, indentation errors, unterminated strings, and `print x`. Anything
//! else becomes CPython's generic "invalid syntax".

use super::CompileError;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Expr, PySourceType};
use ruff_text_size::{TextRange, TextSize};

/// Rewrites a parse error (message and range) the way CPython reports it.
pub fn refine(source: &str, msg: &str, range: TextRange) -> CompileError {
    if std::env::var_os("PYJIT_RAW_SYNTAX").is_some() {
        return CompileError::syntax(msg.to_string(), range);
    }
    if let Some(e) = bracket_error(source, range) {
        return e;
    }
    let m = msg.trim();
    let at = |s: &str| CompileError::syntax(s.to_string(), range);
    if m.starts_with("missing closing quote") || m.contains("unterminated") {
        let line = line_of(source, range.start());
        let triple = source
            .get(range.start().to_usize()..)
            .is_some_and(|s| s.starts_with("\"\"\"") || s.starts_with("'''"));
        let detected = if triple {
            source.lines().count().max(1) as u32
        } else {
            line
        };
        let what = if triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        return at(&format!("{what} (detected at line {detected})"));
    }
    if m.starts_with("Unexpected indentation") {
        return at("unexpected indent");
    }
    if m.starts_with("Expected an indented block") {
        return expected_block(source, range);
    }
    if m.starts_with("unindent does not match") || m.starts_with("Unindent") {
        return at("unindent does not match any outer indentation level");
    }
    if let Some(kind) = target_error_kind(m) {
        return target_error(source, range, kind);
    }
    if m.starts_with("Simple statements must be separated") && is_print_statement(source, range) {
        let start = statement_start(source, range.start());
        return CompileError::syntax(
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            TextRange::new(start, range.end()),
        );
    }
    if m.starts_with("Expected ':'") || m.starts_with("Expected `:`") {
        return at("expected ':'");
    }
    if m.starts_with("Positional patterns cannot follow keyword patterns") {
        return at("positional patterns follow keyword patterns");
    }
    if m.starts_with("Expected an imaginary number in complex literal") {
        return at("imaginary number required in complex literal");
    }
    if m.starts_with("f-string: expecting '}'") || m.contains("Expected '}'") {
        return at("f-string: expecting '}'");
    }
    at("invalid syntax")
}

fn line_of(source: &str, offset: TextSize) -> u32 {
    let o = offset.to_usize().min(source.len());
    source.as_bytes()[..o]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
        + 1
}

fn statement_start(source: &str, offset: TextSize) -> TextSize {
    let o = offset.to_usize().min(source.len());
    let line_start = source[..o].rfind('\n').map_or(0, |i| i + 1);
    let indent = source[line_start..o].len() - source[line_start..o].trim_start().len();
    TextSize::new((line_start + indent) as u32)
}

fn is_print_statement(source: &str, range: TextRange) -> bool {
    let start = statement_start(source, range.start()).to_usize();
    source.get(start..).is_some_and(|s| {
        s.starts_with("print ")
            && !s["print ".len()..]
                .trim_start()
                .starts_with(['(', '=', '.', '['])
    })
}

/// Bracket errors, found by scanning the tokens as CPython's tokenizer does.
fn bracket_error(source: &str, parse_error: TextRange) -> Option<CompileError> {
    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    let mut stack: Vec<(char, TextRange)> = Vec::new();
    for tok in parsed.tokens().iter() {
        let (kind, range) = tok.as_tuple();
        // The tokenizer only gets as far as the parser did.
        if range.start() > parse_error.end() {
            return None;
        }
        let open = match kind {
            TokenKind::Lpar => Some('('),
            TokenKind::Lsqb => Some('['),
            TokenKind::Lbrace => Some('{'),
            _ => None,
        };
        if let Some(c) = open {
            stack.push((c, range));
            continue;
        }
        let close = match kind {
            TokenKind::Rpar => ')',
            TokenKind::Rsqb => ']',
            TokenKind::Rbrace => '}',
            _ => continue,
        };
        match stack.pop() {
            None => return Some(CompileError::syntax(format!("unmatched '{close}'"), range)),
            Some((o, orange)) => {
                let expected = match o {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if expected != close {
                    let (ol, cl) = (
                        line_of(source, orange.start()),
                        line_of(source, range.start()),
                    );
                    let msg = if ol == cl {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{o}'"
                        )
                    } else {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{o}' on line {ol}"
                        )
                    };
                    return Some(CompileError::syntax(msg, range));
                }
            }
        }
    }
    // Unclosed brackets are reported when the parser reached the end of input.
    if source[parse_error.start().to_usize().min(source.len())..]
        .trim()
        .is_empty()
    {
        return stack
            .first()
            .map(|(o, r)| CompileError::syntax(format!("'{o}' was never closed"), *r));
    }
    None
}

#[derive(Clone, Copy)]
enum TargetKind {
    Assign,
    Delete,
    AugAssign,
}

fn target_error_kind(m: &str) -> Option<TargetKind> {
    if m.starts_with("Invalid assignment target") {
        Some(TargetKind::Assign)
    } else if m.starts_with("Invalid delete target") {
        Some(TargetKind::Delete)
    } else if m.starts_with("Invalid augmented assignment target") {
        Some(TargetKind::AugAssign)
    } else {
        None
    }
}

/// The innermost offending sub-target: the first element of a tuple/list
/// target that cannot be assigned to.
fn offending(e: &Expr) -> &Expr {
    match e {
        Expr::Tuple(t) => t.elts.iter().find(|x| !assignable(x)).map_or(e, offending),
        Expr::List(l) => l.elts.iter().find(|x| !assignable(x)).map_or(e, offending),
        Expr::Starred(s) => offending(&s.value),
        _ => e,
    }
}

fn assignable(e: &Expr) -> bool {
    match e {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => true,
        Expr::Tuple(t) => t.elts.iter().all(assignable),
        Expr::List(l) => l.elts.iter().all(assignable),
        Expr::Starred(s) => assignable(&s.value),
        _ => false,
    }
}

fn target_error(source: &str, range: TextRange, kind: TargetKind) -> CompileError {
    use ruff_text_size::Ranged;
    let text = source
        .get(range.start().to_usize()..range.end().to_usize())
        .unwrap_or("");
    let parsed = ruff_python_parser::parse_expression(text).ok();
    let (desc, sub_range) = match &parsed {
        Some(p) => {
            let whole = &p.syntax().body;
            let bad = offending(whole);
            let r = bad.range();
            let shifted = TextRange::new(range.start() + r.start(), range.start() + r.end());
            (
                super::stmt::describe(bad),
                if std::ptr::eq(bad, &**whole) {
                    range
                } else {
                    shifted
                },
            )
        }
        None => ("expression", range),
    };
    let whole_target = sub_range == range;
    let msg = match kind {
        TargetKind::Delete => format!("cannot delete {desc}"),
        TargetKind::AugAssign => {
            format!("'{desc}' is an illegal expression for augmented assignment")
        }
        TargetKind::Assign => {
            let after = source
                .get(range.end().to_usize()..)
                .unwrap_or("")
                .trim_start();
            let is_stmt_start = statement_start(source, range.start()) == range.start();
            if whole_target && is_stmt_start && after.starts_with('=') && !after.starts_with("==") {
                format!("cannot assign to {desc} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {desc}")
            }
        }
    };
    CompileError::syntax(msg, sub_range)
}

/// "expected an indented block after 'if' statement on line N".
fn expected_block(source: &str, range: TextRange) -> CompileError {
    let err_line = line_of(source, range.start());
    // The header is the last non-blank line before the error line.
    let lines: Vec<&str> = source.lines().collect();
    let mut header_line = err_line.saturating_sub(1);
    while header_line > 0 {
        let l = lines.get(header_line as usize - 1).map_or("", |l| l.trim());
        if !l.is_empty() && !l.starts_with('#') {
            break;
        }
        header_line -= 1;
    }
    let header = lines
        .get((header_line as usize).saturating_sub(1))
        .map_or("", |l| l.trim_start());
    let word = header
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    let what = match word {
        "def" => "function definition".to_string(),
        "async" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with"
        | "match" | "case" => {
            format!("'{word}' statement")
        }
        _ => String::new(),
    };
    if what.is_empty() {
        CompileError::syntax("expected an indented block", range)
    } else {
        CompileError::syntax(
            format!("expected an indented block after {what} on line {header_line}"),
            range,
        )
    }
}
