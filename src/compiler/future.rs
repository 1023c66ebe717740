//! `from __future__ import ...`: the statements that may start a module,
//! the features they name, and what the compiler does with them.

use super::CompileError;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// A `__future__` feature: name, optional release, mandatory release (None
/// when not yet decided), compiler flag.
pub type Feature = (&'static str, [i64; 3], Option<[i64; 3]>, i64);

/// The feature names CPython 3.11's `__future__` module defines.
pub const FEATURES: &[Feature] = &[
    ("nested_scopes", [2, 1, 0], Some([2, 2, 0]), 0x0010),
    ("generators", [2, 2, 0], Some([2, 3, 0]), 0),
    ("division", [2, 2, 0], Some([3, 0, 0]), 0x20000),
    ("absolute_import", [2, 5, 0], Some([3, 0, 0]), 0x40000),
    ("with_statement", [2, 5, 0], Some([2, 6, 0]), 0x80000),
    ("print_function", [2, 6, 0], Some([3, 0, 0]), 0x100000),
    ("unicode_literals", [2, 6, 0], Some([3, 0, 0]), 0x200000),
    ("barry_as_FLUFL", [3, 1, 0], Some([4, 0, 0]), 0x400000),
    ("generator_stop", [3, 5, 0], Some([3, 7, 0]), 0x800000),
    ("annotations", [3, 7, 0], None, 0x1000000),
];

/// What a module's leading `__future__` imports ask for.
#[derive(Default)]
pub struct Future {
    /// `annotations`: annotations are kept as strings, never evaluated.
    pub annotations: bool,
    /// Where the leading future imports start; another `from __future__`
    /// import anywhere is a SyntaxError.
    pub leading: Vec<TextSize>,
}

fn is_future(i: &ast::StmtImportFrom) -> bool {
    i.level == 0
        && i.module
            .as_ref()
            .is_some_and(|m| m.id.as_str() == "__future__")
}

/// Scans the future imports at the start of a module body (after its
/// docstring) and checks the features they name, as CPython's `future.c`.
pub fn scan(body: &[Stmt]) -> Result<Future, CompileError> {
    let mut f = Future::default();
    let skip = match body.first() {
        Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::StringLiteral(_)) => 1,
        _ => 0,
    };
    for s in &body[skip.min(body.len())..] {
        let Stmt::ImportFrom(i) = s else { break };
        if !is_future(i) {
            break;
        }
        for a in &i.names {
            let name = a.name.id.as_str();
            let start = i.range.start();
            // CPython points at the statement's first character.
            let at = TextRange::new(start, start + TextSize::from(1));
            if name == "braces" {
                return Err(CompileError::syntax("not a chance", at));
            }
            if !FEATURES.iter().any(|(n, ..)| *n == name) {
                return Err(CompileError::syntax(
                    format!("future feature {name} is not defined"),
                    at,
                ));
            }
            if name == "annotations" {
                f.annotations = true;
            }
        }
        f.leading.push(i.range.start());
    }
    Ok(f)
}

impl Future {
    /// Refuses a `from __future__` import that is not one of the leading ones.
    pub fn check(&self, i: &ast::StmtImportFrom) -> Result<(), CompileError> {
        if is_future(i) && !self.leading.contains(&i.range.start()) {
            return Err(CompileError::syntax(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        Ok(())
    }
}

/// The string an annotation becomes under `from __future__ import
/// annotations`: its source text, except that a string literal becomes its
/// value's repr (CPython unparses the expression; for annotations written in
/// the usual style the source text is the same).
pub fn annotation_text(source: &str, e: &Expr) -> String {
    if let Expr::StringLiteral(s) = e {
        return quoted(s.value.to_str());
    }
    let r = e.range();
    source
        .get(usize::from(r.start())..usize::from(r.end()))
        .unwrap_or_default()
        .to_string()
}

/// A string literal as `repr` writes it (quote choice and the common escapes;
/// the compiler does not depend on the runtime's full `repr`).
fn quoted(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x20 || c == '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
            _ => out.push(c),
        }
    }
    out.push(quote);
    out
}
