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
    if let Some(e) = refine_parser_message(source, m, range) {
        return e;
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

/// CPython's wording for parser errors that ruff words differently
/// (parameters, arguments, numbers, `try`, missing commas and colons, `=`
/// written for `==`).
fn refine_parser_message(source: &str, m: &str, range: TextRange) -> Option<CompileError> {
    let at = |s: &str| Some(CompileError::syntax(s.to_string(), range));
    let text = source
        .get(range.start().to_usize()..range.end().to_usize())
        .unwrap_or("");
    for (ruff, cpython) in [
        (
            "Only single target (not tuple) can be annotated",
            "only single target (not tuple) can be annotated",
        ),
        (
            "Only single target (not list) can be annotated",
            "only single target (not list) can be annotated",
        ),
        (
            "Invalid annotated assignment target",
            "illegal target for annotation",
        ),
        (
            "Parameter cannot follow var-keyword parameter",
            "arguments cannot follow var-keyword argument",
        ),
        (
            "Expected one or more keyword parameter after",
            "named arguments must follow bare *",
        ),
        (
            "Parameter without a default cannot follow a parameter with a default",
            "non-default argument follows default argument",
        ),
        (
            "Iterable argument unpacking cannot follow keyword argument unpacking",
            "iterable argument unpacking follows keyword argument unpacking",
        ),
        (
            "Positional argument cannot follow keyword argument unpacking",
            "positional argument follows keyword argument unpacking",
        ),
        (
            "Positional argument cannot follow keyword argument",
            "positional argument follows keyword argument",
        ),
        ("Expected `else`", "expected 'else' after 'if' expression"),
    ] {
        if m.starts_with(ruff) {
            return at(cpython);
        }
    }
    if m.starts_with("Expected a parameter name")
        && source
            .get(range.end().to_usize()..)
            .is_some_and(|r| r.trim_start().starts_with('=') && !r.trim_start().starts_with("=="))
    {
        return at("expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    if m.starts_with("Assignment expression target must be an identifier") {
        let desc = ruff_python_parser::parse_expression(text)
            .map(|p| super::stmt::describe(&p.syntax().body))
            .unwrap_or("expression");
        return at(&format!("cannot use assignment expressions with {desc}"));
    }
    if m.starts_with("Invalid decimal integer literal") && text.starts_with('0') {
        return at(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        );
    }
    if m.starts_with("Simple statements must be separated") && follows_number(source, range) {
        return at("invalid decimal literal");
    }
    if m.starts_with("Expected `except` or `finally` after `try` block") {
        let rest = source.get(range.start().to_usize()..).unwrap_or("");
        let r = if rest.trim().is_empty() {
            // At the end of the input CPython reports the last line.
            let end = source.trim_end().len() as u32;
            TextRange::new(TextSize::new(end), TextSize::new(end))
        } else {
            range
        };
        return Some(CompileError::syntax(
            "expected 'except' or 'finally' block",
            r,
        ));
    }
    if m.starts_with("Unparenthesized generator expression cannot be used here") {
        let start = statement_start(source, range.start()).to_usize();
        if source.get(start..).is_some_and(|r| r.starts_with("class")) {
            return at("invalid syntax");
        }
        return at("Generator expression must be parenthesized");
    }
    if text == "=" && m.starts_with("Expected") {
        return Some(
            equal_for_eqeq(source, range)
                .unwrap_or_else(|| CompileError::syntax("invalid syntax", range)),
        );
    }
    if let Some(found) = m.strip_prefix("Expected `,`, found ") {
        if is_augassign_token(found) {
            let start = statement_start(source, range.start());
            let target = source
                .get(start.to_usize()..range.start().to_usize())
                .unwrap_or("")
                .trim_end();
            let desc = ruff_python_parser::parse_expression(target)
                .map(|p| aug_describe(&p.syntax().body))
                .unwrap_or("expression");
            return Some(CompileError::syntax(
                format!("'{desc}' is an illegal expression for augmented assignment"),
                TextRange::new(start, start + TextSize::new(target.len() as u32)),
            ));
        }
        if bracket_depth(source, range.start()) > 0 && starts_expression(text) {
            return at("invalid syntax. Perhaps you forgot a comma?");
        }
        return at("invalid syntax");
    }
    if let Some(found) = m.strip_prefix("Expected `:`, found ") {
        if found == "newline" {
            return at("expected ':'");
        }
        if innermost_bracket(source, range.start()) == Some('{') {
            return at("':' expected after dictionary key");
        }
        return at("invalid syntax");
    }
    None
}

/// `'tuple'`/`'list'` and the other names CPython gives an augmented
/// assignment's invalid target (the whole target, not an element of it).
fn aug_describe(e: &Expr) -> &'static str {
    match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) => "list",
        other => super::stmt::describe(other),
    }
}

fn is_augassign_token(found: &str) -> bool {
    matches!(
        found.trim_matches('`'),
        "+=" | "-="
            | "*="
            | "/="
            | "//="
            | "%="
            | "**="
            | "@="
            | "&="
            | "|="
            | "^="
            | "<<="
            | ">>="
    )
}

/// True when `text` (the token after a missing comma) begins an expression.
fn starts_expression(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"' || c == '\'' || !c.is_ascii())
}

/// True when the error at `range` is glued to a number before it (`1__0`,
/// `5.e`): CPython's tokenizer rejects such a number.
fn follows_number(source: &str, range: TextRange) -> bool {
    let start = range.start().to_usize();
    let before = source.get(..start).unwrap_or("");
    let word_start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .map_or(0, |i| i + 1);
    let word = &before[word_start..];
    word.starts_with(|c: char| c.is_ascii_digit())
        && source
            .get(start..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// The open brackets before `offset`, innermost last.
fn open_brackets(source: &str, offset: TextSize) -> Vec<char> {
    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    let mut stack = Vec::new();
    for tok in parsed.tokens().iter() {
        let (kind, range) = tok.as_tuple();
        if range.start() >= offset {
            break;
        }
        match kind {
            TokenKind::Lpar => stack.push('('),
            TokenKind::Lsqb => stack.push('['),
            TokenKind::Lbrace => stack.push('{'),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack
}

fn bracket_depth(source: &str, offset: TextSize) -> usize {
    open_brackets(source, offset).len()
}

fn innermost_bracket(source: &str, offset: TextSize) -> Option<char> {
    open_brackets(source, offset).last().copied()
}

/// `=` where `==` was meant (`if x = 1:`, `(a + 1 = 2)`): CPython's
/// "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" for a name
/// before the `=`, "cannot assign to X here. Maybe you meant '==' instead of
/// '='?" for another operand. `None` when the `=` is not of that kind.
fn equal_for_eqeq(source: &str, eq: TextRange) -> Option<CompileError> {
    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    let toks: Vec<(TokenKind, TextRange)> = parsed.tokens().iter().map(|t| t.as_tuple()).collect();
    let i = toks.iter().position(|(_, r)| r.start() == eq.start())?;
    // The operand before the `=`: back to an unmatched bracket, a comma or
    // the start of the statement or of an `if`/`while` condition.
    let mut depth = 0i32;
    let mut j = i;
    while j > 0 {
        let (k, _) = toks[j - 1];
        match k {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            TokenKind::Equal if depth == 0 => return None,
            TokenKind::Comma
            | TokenKind::Newline
            | TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::If
            | TokenKind::Elif
            | TokenKind::While
            | TokenKind::Colon
                if depth == 0 =>
            {
                break;
            }
            _ => {}
        }
        j -= 1;
    }
    if j == i {
        return None;
    }
    let start = toks[j].1.start();
    // The operand after the `=` ends at the next token at this depth that
    // cannot continue an expression.
    let mut depth = 0i32;
    let mut end = eq.end();
    for (k, r) in &toks[i + 1..] {
        match k {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            TokenKind::Equal | TokenKind::ColonEqual if depth == 0 => return None,
            TokenKind::Comma | TokenKind::Colon | TokenKind::Newline | TokenKind::EndOfFile
                if depth == 0 =>
            {
                break;
            }
            _ => {}
        }
        end = r.end();
    }
    let before = source
        .get(start.to_usize()..eq.start().to_usize())?
        .trim_end();
    let whole = TextRange::new(start, end);
    if !before.is_empty() && before.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return Some(CompileError::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            whole,
        ));
    }
    let p = ruff_python_parser::parse_expression(before).ok()?;
    let e = &p.syntax().body;
    if !is_bitwise_or_level(e) {
        return None;
    }
    Some(CompileError::syntax(
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            super::stmt::describe(e)
        ),
        TextRange::new(start, start + TextSize::new(before.len() as u32)),
    ))
}

/// True for expressions CPython's grammar parses at the `bitwise_or` level
/// or below (what its "Maybe you meant '=='" rule applies to): not
/// comparisons, `not`/`and`/`or`, conditionals, lambdas, tuples, lists,
/// generator expressions or True/False/None.
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::Compare(_)
            | Expr::BoolOp(_)
            | Expr::If(_)
            | Expr::Lambda(_)
            | Expr::Named(_)
            | Expr::Tuple(_)
            | Expr::List(_)
            | Expr::Generator(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::Starred(_)
    ) && !matches!(e, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not)
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
fn offending(e: &Expr, kind: TargetKind) -> &Expr {
    match e {
        Expr::Tuple(t) => t
            .elts
            .iter()
            .find(|x| !assignable(x, kind))
            .map_or(e, |x| offending(x, kind)),
        Expr::List(l) => l
            .elts
            .iter()
            .find(|x| !assignable(x, kind))
            .map_or(e, |x| offending(x, kind)),
        Expr::Starred(_) if matches!(kind, TargetKind::Delete) => e,
        Expr::Starred(s) => offending(&s.value, kind),
        _ => e,
    }
}

fn assignable(e: &Expr, kind: TargetKind) -> bool {
    match e {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => true,
        Expr::Tuple(t) => t.elts.iter().all(|x| assignable(x, kind)),
        Expr::List(l) => l.elts.iter().all(|x| assignable(x, kind)),
        Expr::Starred(_) if matches!(kind, TargetKind::Delete) => false,
        Expr::Starred(s) => assignable(&s.value, kind),
        _ => false,
    }
}

fn target_error(source: &str, range: TextRange, kind: TargetKind) -> CompileError {
    use ruff_text_size::Ranged;
    let text = source
        .get(range.start().to_usize()..range.end().to_usize())
        .unwrap_or("");
    let is_yield = text.starts_with("yield");
    let parsed = ruff_python_parser::parse_expression(text).ok();
    let (desc, sub_range, here_ok) = match &parsed {
        Some(p) => {
            let whole: &Expr = &p.syntax().body;
            let bad = if matches!(kind, TargetKind::AugAssign) {
                whole
            } else {
                offending(whole, kind)
            };
            let r = bad.range();
            let shifted = TextRange::new(range.start() + r.start(), range.start() + r.end());
            let desc = if matches!(kind, TargetKind::AugAssign) {
                aug_describe(bad)
            } else {
                super::stmt::describe(bad)
            };
            (
                desc,
                if std::ptr::eq(bad, whole) {
                    range
                } else {
                    shifted
                },
                is_bitwise_or_level(bad),
            )
        }
        None if is_yield => ("yield expression", range, true),
        None if text.starts_with('*') => ("starred", range, false),
        None => ("expression", range, true),
    };
    let whole_target = sub_range == range;
    let msg = match kind {
        TargetKind::Delete => format!("cannot delete {desc}"),
        TargetKind::AugAssign => {
            format!("'{desc}' is an illegal expression for augmented assignment")
        }
        TargetKind::Assign => {
            let stmt_start = statement_start(source, range.start());
            let parenthesized = source
                .get(stmt_start.to_usize()..range.start().to_usize())
                .is_some_and(|p| !p.is_empty() && p.chars().all(|c| c == '(' || c.is_whitespace()));
            let after = source
                .get(range.end().to_usize()..)
                .unwrap_or("")
                .trim_start_matches(|c: char| c.is_whitespace() || (parenthesized && c == ')'));
            let is_stmt_start = stmt_start == range.start() || parenthesized;
            if is_yield && !parenthesized {
                return CompileError::syntax("assignment to yield expression not possible", range);
            }
            if whole_target
                && here_ok
                && is_stmt_start
                && after.starts_with('=')
                && !after.starts_with("==")
                && single_equal(source, range.end())
            {
                format!("cannot assign to {desc} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {desc}")
            }
        }
    };
    CompileError::syntax(msg, sub_range)
}

/// True when the statement continuing at `offset` (just before its `=`) has
/// no second `=` at the top level (`1 = 2 = x` is not a mistyped `==`).
fn single_equal(source: &str, offset: TextSize) -> bool {
    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    let mut depth = 0i32;
    let mut count = 0;
    for tok in parsed.tokens().iter() {
        let (kind, range) = tok.as_tuple();
        if range.start() < offset {
            continue;
        }
        match kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            TokenKind::Equal if depth <= 0 => count += 1,
            TokenKind::Newline | TokenKind::EndOfFile if depth <= 0 => break,
            _ => {}
        }
    }
    count <= 1
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
