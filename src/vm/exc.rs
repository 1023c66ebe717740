//! Raising, matching and printing exceptions.
//!
//! Tracebacks are printed as CPython 3.11 prints them: chained exceptions
//! first (`__cause__`, or `__context__` unless suppressed), then
//! `Traceback (most recent call last):`, one `File "...", line N, in name`
//! entry per frame the exception passed through (outermost first) with the
//! stripped source line, and the `Type: message` line.

use super::Vm;
use crate::runtime::object::{PyException, TypeKind};
use crate::runtime::repr;
use crate::runtime::types::{PyErr, PyResult, type_error};
use crate::runtime::{PyRef, Value};
use std::collections::HashMap;

impl Vm {
    /// The exception a `raise` statement raises: classes are instantiated;
    /// `cause` (from `raise ... from cause`) sets `__cause__`.
    pub fn make_raise(&mut self, exc: &Value, cause: Option<&Value>) -> PyResult<PyErr> {
        let e = self.as_exception(exc, "exceptions must derive from BaseException")?;
        if let Some(c) = cause {
            let cv = match c {
                Value::None => Value::None,
                other => Value::Exception(
                    self.as_exception(other, "exception causes must derive from BaseException")?,
                ),
            };
            *e.cause.borrow_mut() = cv;
            e.suppress_context.set(true);
        }
        Ok(PyErr { exc: e })
    }

    fn as_exception(&mut self, v: &Value, msg: &str) -> PyResult<PyRef<PyException>> {
        match v {
            Value::Exception(e) => Ok(e.clone()),
            Value::Type(t) if t.is_exception() => match self.call_value(v, &[], &[])? {
                Value::Exception(e) => Ok(e),
                other => Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    repr::repr(v)?,
                    repr::repr(&Value::Type(crate::runtime::types::type_of(&other)))?
                ))),
            },
            _ => Err(type_error(msg.to_string())),
        }
    }

    /// Formats an uncaught exception with its chain, as CPython prints it.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut ctx = PrintContext::new(self);
        ctx.exception(&err.exc);
        ctx.out
    }

    /// Formats an exception without its chain (`__cause__`/`__context__`),
    /// as CPython's default `sys.unraisablehook` prints one.
    pub fn format_exception_unchained(&mut self, err: &PyErr) -> String {
        let mut ctx = PrintContext::new(self);
        ctx.single(&err.exc);
        ctx.out
    }

    /// Prints an uncaught exception to stderr (after flushing stdout).
    pub fn print_exception(&mut self, err: &PyErr) {
        self.flush();
        let text = self.format_exception(err);
        eprint!("{text}");
    }
}

/// `except` clause matching: `ty` is a class or a tuple of classes (every
/// member is checked before any is matched, as CPython does).
pub fn exception_matches(exc: &Value, ty: &Value) -> PyResult<bool> {
    let bad =
        || type_error("catching classes that do not inherit from BaseException is not allowed");
    let classes: &[Value] = match ty {
        Value::Tuple(items) => &items.items,
        other => std::slice::from_ref(other),
    };
    for c in classes {
        if !matches!(c, Value::Type(t) if t.is_exception()) {
            return Err(bad());
        }
    }
    let Value::Exception(e) = exc else {
        return Ok(false);
    };
    let et = PyRef::ty(e);
    Ok(classes
        .iter()
        .any(|c| matches!(c, Value::Type(t) if et.is_subtype(t))))
}

/// Source lines of files, read once.
#[derive(Default)]
pub struct LineCache {
    files: HashMap<String, Option<Vec<String>>>,
}

impl LineCache {
    /// Line `n` (1-based) of `file`, if readable.
    pub fn line(&mut self, file: &str, n: u32) -> Option<String> {
        let lines = self.files.entry(file.to_string()).or_insert_with(|| {
            std::fs::read(file).ok().map(|b| {
                String::from_utf8_lossy(&b)
                    .lines()
                    .map(str::to_string)
                    .collect()
            })
        });
        lines.as_ref()?.get((n as usize).checked_sub(1)?).cloned()
    }
}

/// How many sub-exceptions of a group are printed, and how deep groups nest
/// (CPython's `max_group_width` and `max_group_depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
/// Identical consecutive traceback lines beyond this many are summarised.
const RECURSIVE_CUTOFF: usize = 3;

/// The state of printing one uncaught exception (CPython's
/// `_ExceptionPrintContext`): the text so far, the exceptions already
/// printed (chains may be cyclic), and the nesting of exception groups,
/// which indents the text and draws the box margins.
struct PrintContext<'v> {
    /// For `str()` of exceptions whose class defines `__str__`.
    vm: &'v mut Vm,
    out: String,
    lines: LineCache,
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl<'v> PrintContext<'v> {
    fn new(vm: &'v mut Vm) -> Self {
        PrintContext {
            vm,
            out: String::new(),
            lines: LineCache::default(),
            seen: Vec::new(),
            depth: 0,
            need_close: false,
        }
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, each line prefixed by the indentation and, inside a
    /// group, the margin character.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// An exception with the exceptions it was chained to, oldest first.
    fn exception(&mut self, e: &PyRef<PyException>) {
        let mut chain: Vec<(Option<&str>, PyRef<PyException>)> = Vec::new();
        let mut cur = e.clone();
        let mut msg = None;
        loop {
            self.seen.push(PyRef::as_ptr(&cur) as usize);
            let cause = cur.cause.borrow().clone();
            let context = cur.context.borrow().clone();
            chain.push((msg, cur.clone()));
            let unseen = |v: &Value, seen: &[usize]| match v {
                Value::Exception(c) if !seen.contains(&(PyRef::as_ptr(c) as usize)) => {
                    Some(c.clone())
                }
                _ => None,
            };
            if let Some(c) = unseen(&cause, &self.seen) {
                msg = Some(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
                cur = c;
            } else if let Some(c) = unseen(&context, &self.seen)
                && !cur.suppress_context.get()
            {
                msg = Some(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
                cur = c;
            } else {
                break;
            }
        }
        // Each entry's message goes between it and the one it was chained to.
        let mut pending: Option<&str> = None;
        for (m, exc) in chain.iter().rev() {
            if let Some(text) = pending {
                self.emit(text, '|');
            }
            self.single(exc);
            pending = *m;
        }
    }

    /// One exception (a group with its sub-exceptions) without its chain.
    fn single(&mut self, e: &PyRef<PyException>) {
        let Some(subs) = super::excobj::group_attr(e, "exceptions") else {
            let stack = self.stack(e);
            if !stack.is_empty() {
                self.emit("Traceback (most recent call last):\n", '|');
                self.emit(&stack, '|');
            }
            let only = self.exception_only(e);
            self.emit(&only, '|');
            return;
        };
        if self.depth > MAX_GROUP_DEPTH {
            self.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        let stack = self.stack(e);
        if !stack.is_empty() {
            self.emit(
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { '+' } else { '|' },
            );
            self.emit(&stack, '|');
        }
        let only = self.exception_only(e);
        self.emit(&only, '|');
        let subs: Vec<Value> = match subs {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        };
        let n = subs.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let head = if i == 0 { "+-" } else { "  " };
            let line = format!(
                "{}{head}+---------------- {title} ----------------\n",
                self.indent()
            );
            self.out.push_str(&line);
            self.depth += 1;
            if truncated {
                let remaining = subs.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                self.emit(&format!("and {remaining} more exception{plural}\n"), '|');
            } else if let Some(Value::Exception(sub)) = subs.get(i) {
                self.exception(sub);
            }
            if last && self.need_close {
                let line = format!("{}+------------------------------------\n", self.indent());
                self.out.push_str(&line);
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }

    /// The `File ...` lines of an exception's traceback, outermost first,
    /// with runs of identical lines summarised as CPython does.
    fn stack(&mut self, e: &PyRef<PyException>) -> String {
        let tb = super::traceback::entries(&super::traceback::traceback_of(e));
        let mut out = String::new();
        let mut last: Option<(String, u32, String)> = None;
        let mut count = 0usize;
        let repeated = |out: &mut String, count: usize| {
            if count > RECURSIVE_CUTOFF {
                let more = count - RECURSIVE_CUTOFF;
                let plural = if more > 1 { "s" } else { "" };
                out.push_str(&format!(
                    "  [Previous line repeated {more} more time{plural}]\n"
                ));
            }
        };
        for (code, pc) in &tb {
            let code = &code.code;
            let pos = code
                .positions
                .get(*pc as usize)
                .copied()
                .unwrap_or_default();
            let key = (code.filename.to_string(), pos.line, code.name.to_string());
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                repeated(&mut out, count);
                last = Some(key);
                count = 1;
            }
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.filename, pos.line, code.name
            ));
            if let Some(src) = self.lines.line(&code.filename, pos.line) {
                let stripped = src.trim();
                if !stripped.is_empty() {
                    out.push_str("    ");
                    out.push_str(stripped);
                    out.push('\n');
                    if let Some(carets) = caret_line(&src, pos) {
                        out.push_str(&carets);
                    }
                }
            }
        }
        repeated(&mut out, count);
        out
    }
}

impl PrintContext<'_> {
    /// The lines after the traceback: a SyntaxError's location, `Type:
    /// message` (with the class's own `__str__`) and the notes.
    fn exception_only(&mut self, e: &PyRef<PyException>) -> String {
        let mut out = String::new();
        if matches!(
            e.kind(),
            Some(crate::runtime::ExcKind::SyntaxError | crate::runtime::ExcKind::IndentationError)
        ) {
            syntax_location(e, &mut out);
            out.push_str(&exception_summary(e));
        } else {
            let msg = self
                .vm
                .str_of(&Value::Exception(e.clone()))
                .unwrap_or_else(|_| "<exception str() failed>".to_string());
            let name = qualified_type_name(e);
            if msg.is_empty() {
                out.push_str(&name);
            } else {
                out.push_str(&format!("{name}: {msg}"));
            }
        }
        out.push('\n');
        out.push_str(&super::excobj::notes_text(self.vm, e));
        out
    }
}

/// The `File ..., line N` block of a SyntaxError, with the source and caret
/// (nothing when the exception has no location).
pub fn syntax_location(e: &PyRef<PyException>, out: &mut String) {
    let get = |n: &str| {
        e.dict
            .borrow()
            .as_ref()
            .and_then(|d| d.table.borrow().get_str(n))
    };
    let Some(Value::Str(file)) = get("filename") else {
        return;
    };
    let Some(Value::Int(line)) = get("lineno") else {
        return;
    };
    out.push_str(&format!("  File \"{}\", line {line}\n", file.as_str()));
    if let Some(Value::Str(text)) = get("text") {
        let t = text.as_str().trim_end_matches(['\n', '\r']);
        let stripped = t.trim_start();
        if !stripped.is_empty() {
            let lead = t.chars().count() - stripped.chars().count();
            out.push_str("    ");
            out.push_str(stripped.trim_end());
            out.push('\n');
            if let Some(Value::Int(off)) = get("offset") {
                let col = (off as usize).saturating_sub(1).saturating_sub(lead);
                let width = match (get("end_lineno"), get("end_offset")) {
                    (Some(Value::Int(el)), Some(Value::Int(eo))) if el == line && eo > off => {
                        (eo - off) as usize
                    }
                    _ => 1,
                };
                out.push_str("    ");
                out.push_str(&" ".repeat(col));
                out.push_str(&"^".repeat(width.max(1)));
                out.push('\n');
            }
        }
    }
}

/// `TypeName: message`, or just `TypeName` for an empty message.
pub fn exception_summary(e: &PyRef<PyException>) -> String {
    let name = qualified_type_name(e);
    if PyRef::ty(e).kind == TypeKind::Exception(crate::runtime::ExcKind::SyntaxError)
        || PyRef::ty(e).kind == TypeKind::Exception(crate::runtime::ExcKind::IndentationError)
    {
        // The traceback shows a SyntaxError's msg, not its str().
        let msg = e
            .dict
            .borrow()
            .as_ref()
            .and_then(|d| d.table.borrow().get_str("msg"));
        if let Some(Value::Str(m)) = msg {
            return format!("{name}: {}", m.as_str());
        }
    }
    let msg = repr::exception_str(e).unwrap_or_else(|_| "<exception str() failed>".to_string());
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// The class name as the traceback prints it: its qualified name, prefixed by
/// its module unless that is `builtins` or `__main__`.
fn qualified_type_name(e: &PyRef<PyException>) -> String {
    let t = PyRef::ty(e);
    let module = t.dict.table.borrow().get_str("__module__");
    match module {
        Some(Value::Str(m)) if !matches!(m.as_str(), "builtins" | "__main__") => {
            format!("{}.{}", m.as_str(), t.qualname())
        }
        // A class whose `__module__` is not a str.
        Some(v) if !matches!(v, Value::Str(_)) => format!("<unknown>.{}", t.qualname()),
        _ => t.qualname().to_string(),
    }
}

/// The `^^^` line under the failing expression, when it does not span the
/// whole stripped line (CPython 3.11's rule), with `~` for the operands of a
/// binary operator or the value of a subscript.
fn caret_line(src: &str, pos: crate::bytecode::Position) -> Option<String> {
    if pos.line == 0 {
        return None;
    }
    let stripped = src.trim();
    let leading = src.len() - src.trim_start().len();
    let to_chars = |byte: usize| -> usize {
        src.get(..byte.min(src.len()))
            .map_or(0, |s| s.chars().count())
    };
    let lead_chars = src[..leading].chars().count();
    let start = to_chars(pos.col as usize);
    let end = if pos.end_line == pos.line {
        to_chars(pos.end_col as usize)
    } else {
        lead_chars + stripped.chars().count()
    };
    if end <= start {
        return None;
    }
    let segment: String = src.chars().skip(start).take(end - start).collect();
    let anchors = if pos.end_line == pos.line {
        anchors(&segment)
    } else {
        None
    };
    let stripped_len = stripped.chars().count();
    let spans_all = end - start >= stripped_len;
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if spans_all && !anchored {
        return None;
    }
    let mut line = String::from("    ");
    line.push_str(&" ".repeat(start.saturating_sub(lead_chars)));
    match anchors {
        Some((l, r)) => {
            line.push_str(&"~".repeat(l));
            line.push_str(&"^".repeat(r - l));
            line.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => line.push_str(&"^".repeat(end - start)),
    }
    line.push('\n');
    Some(line)
}

/// Character offsets within `segment` of the operator of a binary operation
/// or of the brackets of a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_python_ast::{Expr, Stmt};
    use ruff_text_size::Ranged;
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(e) = &body[0] else { return None };
    let chars = |byte: usize| segment.get(..byte).map(|s| s.chars().count());
    match &*e.value {
        Expr::BinOp(b) => {
            let op_start = b.left.range().end().to_usize();
            let op_end = b.right.range().start().to_usize();
            let op_str = segment.get(op_start..op_end)?;
            let offset = op_str.len() - op_str.trim_start().len();
            let left = op_start + offset;
            let mut right = left + 1;
            if op_str
                .get(offset + 1..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| !c.is_whitespace())
            {
                right += 1;
            }
            Some((chars(left)?, chars(right)?))
        }
        Expr::Subscript(s) => {
            let l = s.value.range().end().to_usize();
            let r = s.slice.range().end().to_usize() + 1;
            Some((chars(l)?, chars(r.min(segment.len()))?))
        }
        _ => None,
    }
}

impl Vm {
    /// `sys.displayhook(v)`: the interactive prompt's echo of an expression
    /// statement's value (its repr, unless None), also stored as `builtins._`.
    pub fn display_hook(&mut self, v: &Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let text = self.repr_of(v)?;
        self.write_out(&text);
        self.write_out("\n");
        self.builtins.table.borrow_mut().insert_str("_", v.clone());
        Ok(())
    }
}
