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

/// Rewrites a parse error (message and range) the way CPython reports it:
/// a tokenizer error wins when the tokenizer met it before the parser
/// failed, or when it raises anywhere after; otherwise the parser's error in
/// CPython's words (see `tokenizer` for the order CPython checks them in).
pub fn refine(source: &str, msg: &str, range: TextRange) -> CompileError {
    if std::env::var_os("PYJIT_RAW_SYNTAX").is_some() {
        return CompileError::syntax(msg.to_string(), range);
    }
    let scan = super::tokenizer::scan(source);
    let reach = parser_reach(source, range);
    let reach_at = reach.map_or(source.len(), |r| r.start().to_usize());
    // The line CPython's tokenizer is on when the parser gives up.
    let tok_line = match reach {
        Some(r) => line_of(source, r.start()),
        None => source.lines().count().max(1) as u32,
    };
    if let Some(t) = &scan.error
        && t.at <= reach_at
    {
        return t.error.clone();
    }
    let unclosed = scan.open.last().map(|&(c, at)| {
        let at = TextSize::new(at as u32);
        let e = CompileError::syntax(format!("'{c}' was never closed"), TextRange::empty(at))
            .without_end();
        if line_of(source, at) < tok_line {
            e.without_newline()
        } else {
            e
        }
    });
    if reach.is_none()
        && let Some(e) = unclosed
    {
        return e;
    }
    let e = refine_parse(source, msg, range);
    match scan.error {
        Some(t) if t.raises => return t.error,
        _ => {}
    }
    if let Some(u) = unclosed
        && line_of(source, u.range.start()) < tok_line
    {
        return u;
    }
    // An error at a NEWLINE token ends where the newline starts.
    let mut e = e;
    if e.range.end() > e.range.start()
        && source[..e.range.end().to_usize().min(source.len())].ends_with('\n')
    {
        let end = source[..e.range.end().to_usize()]
            .trim_end_matches(['\n', '\r'])
            .len();
        e.range = TextRange::new(
            e.range.start(),
            TextSize::new(end as u32).max(e.range.start()),
        );
    }
    if line_of(source, e.range.start()) < tok_line {
        e.without_newline()
    } else {
        e
    }
}

/// The syntax errors CPython's tokenizer finds in source that parses (an
/// inconsistent mix of tabs and spaces).
pub fn check_tokens(source: &str) -> Result<(), CompileError> {
    match super::tokenizer::scan(source).error {
        Some(t) => Err(t.error),
        None => Ok(()),
    }
}

/// The token CPython's parser had read when it gave up at `error`: the one
/// after it, as the parsers look one token ahead. None when that is the end
/// of the input.
fn parser_reach(source: &str, error: TextRange) -> Option<TextRange> {
    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    let trivia = |k: TokenKind| {
        matches!(
            k,
            TokenKind::Comment
                | TokenKind::NonLogicalNewline
                | TokenKind::Newline
                | TokenKind::Indent
                | TokenKind::Dedent
                | TokenKind::EndOfFile
        )
    };
    let content_end = parsed
        .tokens()
        .iter()
        .rev()
        .find(|t| !trivia(t.kind()))
        .map_or(TextSize::new(0), |t| t.as_tuple().1.end());
    // The parser does not read past the end of the line it failed on.
    let (_, r) = parsed
        .tokens()
        .iter()
        .map(|t| t.as_tuple())
        .find(|(k, r)| {
            (r.start() >= error.end() || (*k == TokenKind::Newline && r.end() > error.start()))
                && !matches!(
                    k,
                    TokenKind::Comment
                        | TokenKind::NonLogicalNewline
                        | TokenKind::Indent
                        | TokenKind::Dedent
                )
        })?;
    (r.start() < content_end).then_some(r)
}

/// The parser's error in CPython's words.
fn refine_parse(source: &str, msg: &str, range: TextRange) -> CompileError {
    if let Some(e) = fstring_error(source, msg.trim(), range) {
        return e;
    }
    let m = msg.trim();
    let at = |s: &str| CompileError::syntax(s.to_string(), range);
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
    if m.starts_with("Simple statements must be separated")
        && let Some(name) = legacy_statement(source, range)
    {
        let start = statement_start(source, range.start());
        return CompileError::syntax(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            TextRange::new(start, range.end()),
        );
    }
    if let Some(e) = refine_parser_message(source, m, range) {
        return e;
    }
    if m.starts_with("Expected ':'") || m.starts_with("Expected `:`") {
        return at("expected ':'");
    }
    if m.starts_with("Expected one or more exception types") {
        return at("expected one or more exception types");
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
    let at_range = |s: &str, r: TextRange| Some(CompileError::syntax(s.to_string(), r));
    let text = source
        .get(range.start().to_usize()..range.end().to_usize())
        .unwrap_or("");
    if m.starts_with("Expected one or more keyword parameter after") {
        // CPython points at the bare `*`.
        let before = source.get(..range.start().to_usize()).unwrap_or("");
        if let Some(star) = before.trim_end().strip_suffix(',').map(str::trim_end)
            && star.ends_with('*')
        {
            let at = TextSize::new(star.len() as u32 - 1);
            return Some(CompileError::syntax(
                "named arguments must follow bare *",
                TextRange::new(at, at + TextSize::new(1)),
            ));
        }
    }
    if m.starts_with("Iterable argument unpacking cannot follow keyword argument unpacking") {
        return Some(CompileError::syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            TextRange::new(range.start(), range.start() + TextSize::new(1)),
        ));
    }
    if m.starts_with("bytes can only contain ASCII literal characters") {
        // CPython underlines the whole bytes literal.
        let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
        let tok = parsed.tokens().iter().find(|t| {
            let r = ruff_text_size::Ranged::range(*t);
            r.start() <= range.start() && range.start() < r.end()
        });
        return at_range(
            "bytes can only contain ASCII literal characters",
            tok.map_or(range, ruff_text_size::Ranged::range),
        );
    }
    if m.starts_with("Only single target (not tuple) can be annotated") && !text.starts_with('(') {
        // An unparenthesized tuple: CPython points at its first element.
        if let Ok(p) = ruff_python_parser::parse_expression(text)
            && let Expr::Tuple(t) = p.syntax().body.as_ref()
            && let Some(first) = t.elts.first()
        {
            return at_range(
                "only single target (not tuple) can be annotated",
                ruff_text_size::Ranged::range(first) + range.start(),
            );
        }
    }
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
        ("Only one '/' separator allowed", "/ may appear only once"),
        (
            "Position-only parameter separator not allowed as first parameter",
            "at least one argument must precede /",
        ),
        (
            "'/' parameter must appear before '*' parameter",
            "/ must be ahead of *",
        ),
    ] {
        if m.starts_with(ruff) {
            return at(cpython);
        }
    }
    if m.starts_with("Expected a parameter name")
        && matches!(text, "True" | "False" | "None")
        && source
            .get(range.end().to_usize()..)
            .is_some_and(|r| r.trim_start().starts_with('=') && !r.trim_start().starts_with("=="))
    {
        // `f(True=1)`: CPython underlines the keyword argument.
        return at_range(
            &format!("cannot assign to {text}"),
            through_equal(source, range),
        );
    }
    if m.starts_with("Expected a parameter name")
        && source
            .get(range.end().to_usize()..)
            .is_some_and(|r| r.trim_start().starts_with('=') && !r.trim_start().starts_with("=="))
    {
        let whole = through_equal(source, range);
        if text.starts_with('*') {
            // A starred argument is no expression: the `=` is unexpected.
            let eq = whole.end() - TextSize::new(1);
            return at_range("invalid syntax", TextRange::at(eq, TextSize::new(1)));
        }
        return at_range(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            whole,
        );
    }
    if m.starts_with("cannot use '_' as a target") {
        let before = source.get(..range.start().to_usize()).unwrap_or("");
        return at(if before.trim_end().ends_with("**") {
            "invalid syntax"
        } else {
            "cannot use '_' as a target"
        });
    }
    if m.starts_with("Expected an identifier")
        && source
            .get(..range.start().to_usize())
            .is_some_and(|b| b.trim_end().ends_with(" as"))
        && source
            .get(statement_start(source, range.start()).to_usize()..)
            .is_some_and(|s| s.starts_with("case"))
    {
        return at("invalid pattern target");
    }
    if m.starts_with("Trailing comma not allowed")
        && source
            .get(statement_start(source, range.start()).to_usize()..)
            .is_some_and(|s| s.starts_with("from"))
    {
        return at_range(
            "trailing comma not allowed without surrounding parentheses",
            TextRange::empty(range.end()),
        );
    }
    if m.starts_with("Cannot have both 'except' and 'except*' on the same 'try'") {
        let len = if text.starts_with("except*") { 7 } else { 6 };
        return at_range(
            "cannot have both 'except' and 'except*' on the same 'try'",
            TextRange::at(range.start(), TextSize::new(len)),
        );
    }
    if m.starts_with("Expected a statement") && text == ":=" {
        // `target := value` as a statement, the target not a name.
        let start = statement_start(source, range.start());
        let target = source
            .get(start.to_usize()..range.start().to_usize())
            .unwrap_or("")
            .trim_end();
        if let Ok(p) = ruff_python_parser::parse_expression(target)
            && !matches!(p.syntax().body.as_ref(), Expr::Name(_))
        {
            // CPython underlines the target inside its parentheses.
            let inner = ruff_text_size::Ranged::range(p.syntax().body.as_ref());
            return at_range(
                &format!(
                    "cannot use assignment expressions with {}",
                    super::stmt::describe(&p.syntax().body)
                ),
                inner + start,
            );
        }
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
        let forced = m.starts_with("Expected `:`") && forced_colon(source, range);
        return Some(equal_for_eqeq(source, range).unwrap_or_else(|| {
            CompileError::syntax(
                if forced {
                    "expected ':'"
                } else {
                    "invalid syntax"
                },
                range,
            )
        }));
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
        if let Some(e) = missing_comma(source, range) {
            return Some(e);
        }
        return at("invalid syntax");
    }
    if let Some(found) = [
        "Expected `)`, found ",
        "Expected `]`, found ",
        "Expected `}`, found ",
    ]
    .iter()
    .find_map(|p| m.strip_prefix(p))
        && found != "newline"
        && let Some(e) = missing_comma(source, range)
    {
        return Some(e);
    }
    if let Some(found) = m.strip_prefix("Expected `:`, found ") {
        if found == "newline" {
            return at("expected ':'");
        }
        if innermost_bracket(source, range.start()) == Some('{') {
            return at("':' expected after dictionary key");
        }
        if forced_colon(source, range) {
            return at("expected ':'");
        }
        return at("invalid syntax");
    }
    None
}

/// True when the statement around `range` is one whose `:` CPython's
/// grammar forces (`def`, `try`, `finally`): a missing one is "expected ':'"
/// whatever stands in its place.
fn forced_colon(source: &str, range: TextRange) -> bool {
    let stmt = source
        .get(statement_start(source, range.start()).to_usize()..)
        .unwrap_or("");
    let mut words = stmt.split(|c: char| !c.is_alphanumeric() && c != '_');
    let mut keyword = words.next().unwrap_or("");
    if keyword == "async" {
        keyword = words.find(|w| !w.is_empty()).unwrap_or("");
    }
    matches!(keyword, "def" | "try" | "finally")
}

/// From the start of `range` through the `=` after it (CPython's range for
/// a keyword argument whose name is not a name).
fn through_equal(source: &str, range: TextRange) -> TextRange {
    let rest = source.get(range.end().to_usize()..).unwrap_or("");
    let eq = rest.find('=').map_or(0, |i| i + 1);
    TextRange::new(range.start(), range.end() + TextSize::new(eq as u32))
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

/// CPython's errors for two expressions side by side in brackets
/// (`invalid_expression`, `invalid_legacy_expression`): "Perhaps you forgot
/// a comma?" spanning both (the first at the `or` level, the second a whole
/// expression), or print/exec's "Missing parentheses". `found` is the start
/// of the second. None when they are not in brackets, or the first is a name
/// and the second a string (`f"..."` misspelt).
fn missing_comma(source: &str, found: TextRange) -> Option<CompileError> {
    if bracket_depth(source, found.start()) == 0 {
        return None;
    }
    let operand_end = |k: TokenKind| {
        matches!(
            k,
            TokenKind::Name
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Complex
                | TokenKind::String
                | TokenKind::FStringEnd
                | TokenKind::True
                | TokenKind::False
                | TokenKind::None
                | TokenKind::Ellipsis
                | TokenKind::Rpar
                | TokenKind::Rsqb
                | TokenKind::Rbrace
        )
    };
    let operand_start = |k: TokenKind| {
        matches!(
            k,
            TokenKind::Name
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Complex
                | TokenKind::String
                | TokenKind::FStringStart
                | TokenKind::True
                | TokenKind::False
                | TokenKind::None
        )
    };

    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    let toks: Vec<(TokenKind, TextRange)> = parsed
        .tokens()
        .iter()
        .map(|t| t.as_tuple())
        .filter(|(k, _)| !matches!(k, TokenKind::Comment | TokenKind::NonLogicalNewline))
        .collect();
    let i = toks.iter().position(|(_, r)| r.start() == found.start())?;
    if i == 0 || !operand_start(toks[i].0) || !operand_end(toks[i - 1].0) {
        return None;
    }
    let ends = |k: TokenKind| {
        matches!(
            k,
            TokenKind::Comma
                | TokenKind::Colon
                | TokenKind::Equal
                | TokenKind::ColonEqual
                | TokenKind::If
                | TokenKind::Else
                | TokenKind::For
                | TokenKind::Async
                | TokenKind::In
                | TokenKind::Lambda
                | TokenKind::Newline
                | TokenKind::Semi
                | TokenKind::EndOfFile
        )
    };
    // Back to the start of the first expression.
    let mut depth = 0i32;
    let mut j = i;
    while j > 0 {
        let (k, _) = toks[j - 1];
        match k {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth == 0 => break,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
            k if depth == 0 && ends(k) => break,
            _ => {}
        }
        j -= 1;
    }
    if j == i {
        return None;
    }
    // On to the end of the second.
    let mut depth = 0i32;
    let mut end = toks[i].1.end();
    for (n, (k, r)) in toks.iter().enumerate().skip(i) {
        // Another operand right after one ends the expression (`1 2 3`).
        if depth == 0 && n > i && operand_start(*k) && operand_end(toks[n - 1].0) {
            break;
        }
        match k {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if depth == 0 => break,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            k if depth == 0 && ends(*k) => break,
            _ => {}
        }
        end = r.end();
    }
    let (first_kind, first) = toks[j];
    let whole = TextRange::new(first.start(), end);
    if j + 1 == i && first_kind == TokenKind::Name {
        let name = source.get(first.start().to_usize()..first.end().to_usize())?;
        if toks[i].0 == TokenKind::String {
            return Some(CompileError::syntax("invalid syntax", found));
        }
        if name == "print" || name == "exec" {
            return Some(CompileError::syntax(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                whole,
            ));
        }
    }
    Some(CompileError::syntax(
        "invalid syntax. Perhaps you forgot a comma?",
        whole,
    ))
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
    let toks: Vec<(TokenKind, TextRange)> = parsed
        .tokens()
        .iter()
        .map(|t| t.as_tuple())
        .filter(|(k, _)| !matches!(k, TokenKind::Comment | TokenKind::NonLogicalNewline))
        .collect();
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
    if before.starts_with(|c: char| !c.is_ascii_digit())
        && before.chars().all(|c| c.is_alphanumeric() || c == '_')
    {
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

/// `print x` or `exec x` (Python 2 statements): the name, if so.
fn legacy_statement(source: &str, range: TextRange) -> Option<&'static str> {
    let start = statement_start(source, range.start()).to_usize();
    let s = source.get(start..)?;
    ["print", "exec"].into_iter().find(|name| {
        s.strip_prefix(name).is_some_and(|rest| {
            rest.starts_with(' ') && !rest.trim_start().starts_with(['(', '=', '.', '['])
        })
    })
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
    // The header is the last non-blank line before the error line (at the
    // end of the input, the last non-blank line).
    let lines: Vec<&str> = source.lines().collect();
    let at_end = source
        .get(range.start().to_usize()..)
        .is_none_or(|r| r.trim().is_empty());
    let mut header_line = if at_end {
        lines.len() as u32
    } else {
        err_line.saturating_sub(1)
    };
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

/// CPython's tokenizer errors for a malformed number literal around
/// `offset` (`0b2`, `0x`, `1__0`, `1e`, `09`, `12abc`, `5j_`): the message
/// and the column CPython's tokenizer stops at. None when the number there
/// is well formed (or there is none).
pub(super) fn number_error(source: &str, offset: TextSize) -> Option<CompileError> {
    let b = source.as_bytes();
    let mut start = offset.to_usize().min(b.len());
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    while start > 0 && word(b[start - 1]) {
        start -= 1;
    }
    // The literal starts at the first digit (or `.digit`) of the word.
    while start < b.len() && b[start] == b'.' {
        start += 1;
    }
    let first = *b.get(start)?;
    let starts_number = first.is_ascii_digit()
        || (first == b'.' && b.get(start + 1).is_some_and(u8::is_ascii_digit));
    if !starts_number {
        return None;
    }
    // An identifier like `x1` is not a number.
    if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'_') {
        return None;
    }
    let mut t = NumTok { b, pos: start };
    let at = |msg: String, pos: usize| {
        let p = TextSize::new(pos.saturating_sub(1) as u32);
        Some(CompileError::syntax(msg, TextRange::new(p, p)))
    };
    let mut c = t.next();
    if c == b'0' {
        c = t.next();
        let radix = match c {
            b'x' | b'X' => Some((16, "hexadecimal")),
            b'o' | b'O' => Some((8, "octal")),
            b'b' | b'B' => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, kind)) = radix {
            let ok = |c: u8| (c as char).is_digit(radix);
            c = t.next();
            loop {
                if c == b'_' {
                    c = t.next();
                }
                if !ok(c) {
                    if radix != 16 && c.is_ascii_digit() {
                        return at(
                            format!("invalid digit '{}' in {kind} literal", c as char),
                            t.pos,
                        );
                    }
                    t.backup();
                    return at(format!("invalid {kind} literal"), t.pos);
                }
                while ok(c) {
                    c = t.next();
                }
                if c != b'_' {
                    break;
                }
            }
            if radix != 16 && c.is_ascii_digit() {
                return at(
                    format!("invalid digit '{}' in {kind} literal", c as char),
                    t.pos,
                );
            }
            return t
                .end_of_number(c, kind)
                .err()
                .and_then(|p| at(format!("invalid {kind} literal"), p));
        }
        // Zeros, maybe followed by an old-style octal (refused).
        loop {
            if c == b'_' {
                c = t.next();
                if !c.is_ascii_digit() {
                    t.backup();
                    return at("invalid decimal literal".into(), t.pos);
                }
            }
            if c != b'0' {
                break;
            }
            c = t.next();
        }
        let zeros_end = t.pos;
        let mut nonzero = false;
        if c.is_ascii_digit() {
            nonzero = true;
            c = match t.decimal_tail() {
                Ok(c) => c,
                Err(p) => return at("invalid decimal literal".into(), p),
            };
        }
        if c == b'.' {
            c = t.next();
            return t.fraction(c).err().and_then(|(m, p)| at(m, p));
        }
        if matches!(c, b'e' | b'E' | b'j' | b'J') {
            return t.fraction(c).err().and_then(|(m, p)| at(m, p));
        }
        if nonzero {
            return Some(CompileError::syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                TextRange::new(
                    TextSize::new(start as u32),
                    TextSize::new(zeros_end.saturating_sub(1) as u32),
                ),
            ));
        }
        return t
            .end_of_number(c, "decimal")
            .err()
            .and_then(|p| at("invalid decimal literal".into(), p));
    }
    t.backup();
    c = match t.decimal_tail() {
        Ok(c) => c,
        Err(p) => return at("invalid decimal literal".into(), p),
    };
    if c == b'.' {
        c = t.next();
    }
    t.fraction(c).err().and_then(|(m, p)| at(m, p))
}

/// A cursor over a number literal that reads like CPython's tokenizer
/// (`tok_nextc` / `tok_backup`); errors carry the cursor position.
struct NumTok<'s> {
    b: &'s [u8],
    pos: usize,
}

impl NumTok<'_> {
    fn next(&mut self) -> u8 {
        let c = self.b.get(self.pos).copied().unwrap_or(b'\n');
        self.pos += 1;
        c
    }

    fn backup(&mut self) {
        self.pos = self.pos.saturating_sub(1);
    }

    /// Digits with single underscores between them; returns the next char.
    fn decimal_tail(&mut self) -> Result<u8, usize> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.pos);
            }
        }
    }

    /// The rest of a decimal literal from its fraction digits (`c` is the
    /// char after the `.`, or the first char after the integer part).
    fn fraction(&mut self, mut c: u8) -> Result<(), (String, usize)> {
        let dec = |p: usize| ("invalid decimal literal".to_string(), p);
        if c.is_ascii_digit() {
            self.backup();
            c = self.decimal_tail().map_err(dec)?;
        }
        if c == b'e' || c == b'E' {
            let e = c;
            c = self.next();
            if c == b'+' || c == b'-' {
                c = self.next();
                if !c.is_ascii_digit() {
                    self.backup();
                    return Err(dec(self.pos));
                }
            } else if !c.is_ascii_digit() {
                self.backup();
                return self.end_of_number(e, "decimal").map_err(dec);
            }
            self.backup();
            c = self.decimal_tail().map_err(dec)?;
        }
        if c == b'j' || c == b'J' {
            c = self.next();
            return self
                .end_of_number(c, "imaginary")
                .map_err(|p| ("invalid imaginary literal".to_string(), p));
        }
        self.end_of_number(c, "decimal").map_err(dec)
    }

    /// CPython's `verify_end_of_number`: a letter right after a number is an
    /// error, except the keywords that may follow one (`1if x else y`).
    fn end_of_number(&mut self, c: u8, _kind: &str) -> Result<(), usize> {
        let rest = self.b.get(self.pos..).unwrap_or_default();
        let keyword = match c {
            b'a' => rest.starts_with(b"nd"),
            b'e' => rest.starts_with(b"lse"),
            b'f' => rest.starts_with(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => rest.starts_with(b"r"),
            b'n' => rest.starts_with(b"ot"),
            _ => false,
        };
        if !keyword && (c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
            self.backup();
            return Err(self.pos);
        }
        Ok(())
    }
}

/// CPython 3.11's wording for an error inside an f-string. CPython parses
/// f-strings after tokenizing, so it reports these at the token that follows
/// the string (and the strings implicitly concatenated with it).
fn fstring_error(source: &str, m: &str, range: TextRange) -> Option<CompileError> {
    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    let tokens = parsed.tokens();
    let mut depth = 0usize;
    let mut outer_start: Option<TextSize> = None;
    let mut after: Option<TextRange> = None;
    let mut inside = false;
    let mut in_concat = false;
    for tok in tokens.iter() {
        let (kind, r) = tok.as_tuple();
        if depth > 0 && outer_start.is_some() && r.start() >= range.start() {
            inside = true;
        }
        match kind {
            TokenKind::FStringStart => {
                if depth == 0 && !in_concat {
                    outer_start = Some(r.start());
                }
                depth += 1;
            }
            TokenKind::FStringEnd => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    in_concat = true;
                    if outer_start.is_some_and(|s| s <= range.start()) && r.end() >= range.start() {
                        inside = true;
                    }
                }
            }
            TokenKind::String if depth == 0 => in_concat = true,
            TokenKind::NonLogicalNewline | TokenKind::Comment if depth == 0 => {}
            _ if depth == 0 => {
                if inside {
                    after = Some(r);
                    break;
                }
                in_concat = false;
                outer_start = None;
            }
            _ => {}
        }
    }
    let start = outer_start?;
    let text = source.get(start.to_usize()..).unwrap_or("");
    let err_char = source
        .get(range.start().to_usize()..)
        .and_then(|s| s.chars().next())
        .unwrap_or(' ');
    let upto_error = source
        .get(start.to_usize()..range.start().to_usize())
        .unwrap_or("");
    let msg = if m.starts_with("Expected an expression") {
        match err_char {
            ':' => "f-string: expression required before ':'",
            '!' => "f-string: expression required before '!'",
            '=' => "f-string: expression required before '='",
            _ => "f-string: empty expression not allowed",
        }
    } else if m.starts_with("f-string: invalid conversion character") {
        "f-string: invalid conversion character: expected 's', 'r', or 'a'"
    } else if m.starts_with("f-string: single `}`") {
        "f-string: single '}' is not allowed"
    } else if m.starts_with("f-string: expecting `}`") {
        match err_char {
            ')' => "f-string: unmatched ')'",
            ']' => "f-string: unmatched ']'",
            _ => "f-string: expecting '}'",
        }
    } else if m.starts_with("Expected `)`, found `}`") {
        "f-string: closing parenthesis '}' does not match opening parenthesis '('"
    } else if m.starts_with("Expected `]`, found `}`") {
        "f-string: closing parenthesis '}' does not match opening parenthesis '['"
    } else if m.starts_with("Expected a newline after line continuation character") {
        "f-string expression part cannot include a backslash"
    } else if m.starts_with("f-string: unterminated") && upto_error.contains('#') {
        "f-string expression part cannot include '#'"
    } else {
        return None;
    };
    if !inside {
        return None;
    }
    let at = match after {
        Some(r) if !matches!(source.get(r.start().to_usize()..), Some(s) if s.starts_with(['\n', '\r']) || s.is_empty()) => {
            r
        }
        Some(r) => TextRange::empty(r.start()),
        None => {
            // The rest of the string's line.
            let end = start.to_usize() + text.find('\n').unwrap_or(text.len());
            TextRange::empty(TextSize::new(end as u32))
        }
    };
    Some(CompileError::syntax(msg, at))
}

/// Syntax that ruff's parser accepts but CPython 3.11's grammar does not
/// (`type X = ...` and type parameters are 3.12, `{**d for d in x}` is never
/// valid): the first such construct, reported as CPython's parser does,
/// before any compile-stage error.
pub fn check_not_311(source: &str, body: &[ruff_python_ast::Stmt]) -> Result<(), CompileError> {
    use ruff_python_ast::visitor::{self, Visitor};
    use ruff_python_ast::{Stmt, StmtFunctionDef};
    use ruff_text_size::Ranged;
    struct Finder<'s> {
        source: &'s str,
        found: Option<CompileError>,
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if self.found.is_some() {
                return;
            }
            let one = |at: TextSize| TextRange::new(at, at + TextSize::new(1));
            match stmt {
                Stmt::TypeAlias(t) => {
                    self.found = Some(CompileError::syntax("invalid syntax", t.name.range()));
                    return;
                }
                Stmt::FunctionDef(StmtFunctionDef {
                    type_params: Some(tp),
                    ..
                }) => {
                    self.found = Some(CompileError::syntax("expected '('", one(tp.range.start())));
                    return;
                }
                Stmt::ClassDef(c) if c.type_params.is_some() => {
                    if let Some(tp) = &c.type_params {
                        self.found = Some(CompileError::syntax(
                            "invalid syntax",
                            one(tp.range.start()),
                        ));
                    }
                    return;
                }
                _ => {}
            }
            visitor::walk_stmt(self, stmt);
        }

        fn visit_except_handler(&mut self, handler: &'a ruff_python_ast::ExceptHandler) {
            if self.found.is_some() {
                return;
            }
            let ruff_python_ast::ExceptHandler::ExceptHandler(h) = handler;
            if let Some(t) = &h.type_
                && let Expr::Tuple(tup) = t.as_ref()
                && !tup.parenthesized
            {
                // `except A, B:` (Python 2's `except A, name:`).
                self.found = Some(CompileError::syntax(
                    "multiple exception types must be parenthesized",
                    tup.range,
                ));
                return;
            }
            visitor::walk_except_handler(self, handler);
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.is_some() {
                return;
            }
            if let Expr::DictComp(c) = expr
                && c.key.is_none()
            {
                // Point at the `**` before the value.
                let v = c.value.range().start().to_usize();
                let before = self.source.get(..v).unwrap_or("").trim_end();
                let at = before.len().saturating_sub(2);
                let at = TextSize::new(at as u32);
                self.found = Some(CompileError::syntax(
                    "dict unpacking cannot be used in dict comprehension",
                    TextRange::new(at, at + TextSize::new(2)),
                ));
                return;
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut f = Finder {
        source,
        found: None,
    };
    f.visit_body(body);
    match f.found {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
