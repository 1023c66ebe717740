//! Codegen for the `match` statement (PEP 634), following CPython 3.11's
//! compiler (`compiler_match`, `compiler_pattern_*`).
//!
//! The subject is evaluated once into a temporary. Each case compiles its
//! pattern as a chain of tests that jump to the case's `fail` label; the
//! runtime checks are `MatchSequence`/`MatchMapping`/`MatchKeys`/`MatchClass`
//! plus ordinary comparisons, `GetLen`, `GetItem` and unpacking.
//!
//! Captured values go to one temporary per name while the pattern runs, and
//! are stored into the variables only once the whole pattern has matched
//! (before the guard, so a failed guard leaves them bound, as in CPython).
//! The alternatives of an or-pattern share those temporaries, so whichever
//! alternative matched, the same stores follow.
//!
//! Compile-time errors are CPython's: irrefutable patterns that make later
//! cases unreachable, a name bound twice, alternatives binding different
//! names, two starred names, repeated attribute names and duplicate literal
//! keys.

use super::{CompileError, Compiler};
use crate::bytecode::code::Const;
use crate::bytecode::opcodes::Instr;
use crate::bytecode::operand::{Imm, Label, Reg};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;

type CResult<T = ()> = Result<T, CompileError>;

/// State of the pattern being compiled (one case).
struct PatCtx {
    /// Names bound so far by the (sub-)pattern being compiled, in order.
    names: Vec<String>,
    /// The temporary holding each captured name's value.
    regs: HashMap<String, Reg>,
    /// Whether an irrefutable pattern is allowed here (CPython's
    /// `allow_irrefutable`): only in the last case, a guarded case, a
    /// sub-pattern, or the last alternative of an or-pattern allowed to be.
    allow_irrefutable: bool,
}

/// `_` (a wildcard) as a whole pattern.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` in a sequence pattern.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        let subj = self.expr_temp(&m.subject)?;
        let end = self.u.fb.new_label();
        let n = m.cases.len();
        // A final `case _:` without a guard needs no test (CPython's has_default).
        let has_default = n > 1
            && m.cases
                .last()
                .is_some_and(|c| is_wildcard(&c.pattern) && c.guard.is_none());
        for (i, case) in m.cases.iter().enumerate() {
            let mark = self.u.fb.mark();
            let next = self.u.fb.new_label();
            if !(has_default && i + 1 == n) {
                let mut pc = PatCtx {
                    names: Vec::new(),
                    regs: HashMap::new(),
                    allow_irrefutable: case.guard.is_some() || i + 1 == n,
                };
                self.pattern(&case.pattern, subj, next, &mut pc)?;
                // Matched: bind the captured names.
                self.at(case.pattern.range());
                for name in &pc.names {
                    let Some(&r) = pc.regs.get(name) else {
                        return Err(CompileError::syntax(
                            format!("internal error: no register for capture '{name}'"),
                            case.pattern.range(),
                        ));
                    };
                    self.store_name(name, r)?;
                }
            }
            if let Some(g) = &case.guard {
                self.at(g.range());
                self.cond_jump(g, false, next)?;
            }
            self.body(&case.body)?;
            self.emit(Instr::Jump { target: end });
            self.u.fb.place(next);
            self.u.fb.release(mark);
        }
        self.u.fb.place(end);
        Ok(())
    }

    /// Compiles pattern `p` against the value in `subj`; jumps to `fail`
    /// when it does not match.
    fn pattern(&mut self, p: &'a Pattern, subj: Reg, fail: Label, pc: &mut PatCtx) -> CResult {
        self.at(p.range());
        match p {
            Pattern::MatchValue(v) => {
                let val = self.expr(&v.value)?;
                self.at(p.range());
                let t = self.u.fb.temp();
                self.emit(Instr::Eq {
                    dst: t,
                    a: subj,
                    b: val,
                });
                self.emit(Instr::JumpIfFalse {
                    cond: t,
                    target: fail,
                });
            }
            Pattern::MatchSingleton(s) => {
                let k = self.u.fb.add_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                });
                let t = self.u.fb.temp();
                self.emit(Instr::LoadConst { dst: t, idx: k });
                self.emit(Instr::Is {
                    dst: t,
                    a: subj,
                    b: t,
                });
                self.emit(Instr::JumpIfFalse {
                    cond: t,
                    target: fail,
                });
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(s, subj, fail, pc)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, subj, fail, pc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, subj, fail, pc)?,
            Pattern::MatchStar(s) => {
                return Err(CompileError::syntax("can't use starred name here", s.range));
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    n.id
                                )
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(CompileError::syntax(msg, a.range));
                    }
                    if let Some(n) = &a.name {
                        self.capture(&n.id, subj, n.range, pc)?;
                    }
                }
                Some(inner) => {
                    self.subpattern(inner, subj, fail, pc)?;
                    if let Some(n) = &a.name {
                        self.capture(&n.id, subj, n.range, pc)?;
                    }
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(o, subj, fail, pc)?,
        }
        Ok(())
    }

    /// A pattern inside another: irrefutable patterns are fine there.
    fn subpattern(&mut self, p: &'a Pattern, subj: Reg, fail: Label, pc: &mut PatCtx) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, subj, fail, pc);
        pc.allow_irrefutable = allow;
        r
    }

    /// Records that `name` captures the value in `src`.
    fn capture(&mut self, name: &str, src: Reg, range: TextRange, pc: &mut PatCtx) -> CResult {
        if name == "__debug__" {
            return Err(CompileError::syntax("cannot assign to __debug__", range));
        }
        if pc.names.iter().any(|n| n == name) {
            return Err(CompileError::syntax(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            ));
        }
        let r = match pc.regs.get(name) {
            Some(&r) => r,
            None => {
                let r = self.u.fb.temp();
                pc.regs.insert(name.to_string(), r);
                r
            }
        };
        self.emit(Instr::Move { dst: r, src });
        pc.names.push(name.to_string());
        Ok(())
    }

    /// Jumps to `fail` unless `len(r[subj]) OP n` (OP `==` or `>=`).
    /// Jumps to `fail` when `r[v]` is None (`t` is a scratch register).
    fn fail_if_none(&mut self, v: Reg, t: Reg, fail: Label) {
        let none = self.u.fb.add_const(Const::None);
        self.emit(Instr::LoadConst { dst: t, idx: none });
        self.emit(Instr::Is { dst: t, a: v, b: t });
        self.emit(Instr::JumpIfTrue {
            cond: t,
            target: fail,
        });
    }

    fn check_len(&mut self, subj: Reg, n: usize, at_least: bool, fail: Label) {
        let t = self.u.fb.temp();
        let k = self.u.fb.temp();
        let c = self.u.fb.add_const(Const::Int(n as i64));
        self.emit(Instr::GetLen { dst: t, src: subj });
        self.emit(Instr::LoadConst { dst: k, idx: c });
        if at_least {
            self.emit(Instr::Ge { dst: t, a: t, b: k });
        } else {
            self.emit(Instr::Eq { dst: t, a: t, b: k });
        }
        self.emit(Instr::JumpIfFalse {
            cond: t,
            target: fail,
        });
    }

    fn pattern_sequence(
        &mut self,
        seq: &'a ast::PatternMatchSequence,
        subj: Reg,
        fail: Label,
        pc: &mut PatCtx,
    ) -> CResult {
        let pats = &seq.patterns[..];
        let size = pats.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in pats.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(CompileError::syntax(
                        "multiple starred names in sequence pattern",
                        seq.range,
                    ));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        let t = self.u.fb.temp();
        self.emit(Instr::MatchSequence { dst: t, src: subj });
        self.emit(Instr::JumpIfFalse {
            cond: t,
            target: fail,
        });
        match star {
            None => self.check_len(subj, size, false, fail),
            Some(_) => self.check_len(subj, size - 1, true, fail),
        }
        if only_wildcard {
            return Ok(());
        }
        if star_wildcard {
            // `[a, *_, b]`: index the subject (negative indices after the star).
            let star = star.unwrap_or(size);
            for (i, p) in pats.iter().enumerate() {
                if i == star || is_wildcard(p) {
                    continue;
                }
                let idx = if i < star {
                    i as i64
                } else {
                    i as i64 - size as i64
                };
                let k = self.u.fb.add_const(Const::Int(idx));
                let item = self.u.fb.temp();
                self.emit(Instr::LoadConst { dst: item, idx: k });
                self.emit(Instr::GetItem {
                    dst: item,
                    obj: subj,
                    key: item,
                });
                self.subpattern(p, item, fail, pc)?;
            }
            return Ok(());
        }
        let base = self.u.fb.temps(size as u32);
        match star {
            None => self.emit(Instr::UnpackSeq {
                dst: base,
                count: Imm(size as u32),
                src: subj,
            }),
            Some(i) => self.emit(Instr::UnpackEx {
                dst: base,
                before: Imm(i as u32),
                after: Imm((size - i - 1) as u32),
                src: subj,
            }),
        }
        for (i, p) in pats.iter().enumerate() {
            let r = Reg(base.0 + i as u16);
            match p {
                Pattern::MatchStar(s) => {
                    if let Some(n) = &s.name {
                        self.capture(&n.id, r, n.range, pc)?;
                    }
                }
                _ => self.subpattern(p, r, fail, pc)?,
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        subj: Reg,
        fail: Label,
        pc: &mut PatCtx,
    ) -> CResult {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(CompileError::syntax(
                "keys and patterns of a mapping pattern differ in length",
                m.range,
            ));
        }
        let t = self.u.fb.temp();
        self.emit(Instr::MatchMapping { dst: t, src: subj });
        self.emit(Instr::JumpIfFalse {
            cond: t,
            target: fail,
        });
        if size == 0 && m.rest.is_none() {
            return Ok(());
        }
        if size > 0 {
            self.check_len(subj, size, true, fail);
        }
        // Keys: literals and value patterns only; literal keys not twice.
        let mut seen: Vec<String> = Vec::new();
        for k in &m.keys {
            match literal_key(k) {
                Some((key, shown)) => {
                    if seen.contains(&key) {
                        return Err(CompileError::syntax(
                            format!("mapping pattern checks duplicate key ({shown})"),
                            m.range,
                        ));
                    }
                    seen.push(key);
                }
                None if matches!(k, Expr::Attribute(_)) => {}
                None => {
                    return Err(CompileError::syntax(
                        "mapping pattern keys may only match literals and attribute lookups",
                        k.range(),
                    ));
                }
            }
        }
        let kbase = self.u.fb.temps(size as u32);
        for (i, k) in m.keys.iter().enumerate() {
            self.expr_to(k, Reg(kbase.0 + i as u16))?;
        }
        self.at(m.range);
        let keys = self.u.fb.temp();
        self.emit(Instr::BuildTuple {
            dst: keys,
            start: kbase,
            count: Imm(size as u32),
        });
        let vals = self.u.fb.temp();
        self.emit(Instr::MatchKeys {
            dst: vals,
            subj,
            keys,
        });
        self.fail_if_none(vals, t, fail);
        if size > 0 {
            let base = self.u.fb.temps(size as u32);
            self.emit(Instr::UnpackSeq {
                dst: base,
                count: Imm(size as u32),
                src: vals,
            });
            for (i, p) in m.patterns.iter().enumerate() {
                self.subpattern(p, Reg(base.0 + i as u16), fail, pc)?;
            }
        }
        if let Some(rest) = &m.rest {
            let r = self.u.fb.temp();
            self.at(m.range);
            self.emit(Instr::CopyDictWithoutKeys { dst: r, subj, keys });
            self.capture(&rest.id, r, rest.range, pc)?;
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        c: &'a ast::PatternMatchClass,
        subj: Reg,
        fail: Label,
        pc: &mut PatCtx,
    ) -> CResult {
        let args = &c.arguments;
        let mut kwnames: Vec<&str> = Vec::new();
        for k in &args.keywords {
            let name = k.attr.id.as_str();
            if name == "__debug__" {
                return Err(CompileError::syntax("cannot assign to __debug__", k.range));
            }
            if kwnames.contains(&name) {
                return Err(CompileError::syntax(
                    format!("attribute name repeated in class pattern: {name}"),
                    k.pattern.range(),
                ));
            }
            kwnames.push(name);
        }
        let cls = self.expr(&c.cls)?;
        self.at(c.range);
        let k = self.u.fb.add_const(Const::Tuple(
            kwnames.iter().map(|n| Const::Str((*n).into())).collect(),
        ));
        let npos = args.patterns.len();
        let total = npos + kwnames.len();
        let attrs = self.u.fb.temp();
        self.emit(Instr::MatchClass {
            dst: attrs,
            subj,
            cls,
            npos: Imm(npos as u32),
            kwnames: k,
        });
        let t = self.u.fb.temp();
        self.fail_if_none(attrs, t, fail);
        let subs: Vec<&'a Pattern> = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern))
            .collect();
        if subs.iter().all(|p| is_wildcard(p)) {
            return Ok(());
        }
        let base = self.u.fb.temps(total as u32);
        self.emit(Instr::UnpackSeq {
            dst: base,
            count: Imm(total as u32),
            src: attrs,
        });
        for (i, p) in subs.into_iter().enumerate() {
            if !is_wildcard(p) {
                self.subpattern(p, Reg(base.0 + i as u16), fail, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_or(
        &mut self,
        o: &'a ast::PatternMatchOr,
        subj: Reg,
        fail: Label,
        pc: &mut PatCtx,
    ) -> CResult {
        let outer = std::mem::take(&mut pc.names);
        let allow = pc.allow_irrefutable;
        let matched = self.u.fb.new_label();
        let n = o.patterns.len();
        let mut first: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let last = i + 1 == n;
            pc.names = Vec::new();
            pc.allow_irrefutable = last && allow;
            let next = if last { fail } else { self.u.fb.new_label() };
            self.pattern(alt, subj, next, pc)?;
            match &first {
                None => first = Some(pc.names.clone()),
                Some(f) => {
                    let mut a = f.clone();
                    let mut b = pc.names.clone();
                    a.sort();
                    b.sort();
                    if a != b {
                        return Err(CompileError::syntax(
                            "alternative patterns bind different names",
                            alt.range(),
                        ));
                    }
                }
            }
            if !last {
                self.emit(Instr::Jump { target: matched });
                self.u.fb.place(next);
            }
        }
        self.u.fb.place(matched);
        pc.allow_irrefutable = allow;
        let bound = first.unwrap_or_default();
        pc.names = outer;
        for name in bound {
            if pc.names.contains(&name) {
                return Err(CompileError::syntax(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o.range,
                ));
            }
            pc.names.push(name);
        }
        Ok(())
    }
}

/// For a literal mapping-pattern key: a key identifying its value (so that
/// `1`, `1.0` and `True` count as the same key, as in a set) and its repr.
fn literal_key(e: &Expr) -> Option<(String, String)> {
    match e {
        Expr::StringLiteral(s) => {
            let v = s.value.to_str();
            Some((format!("s{v}"), str_repr(v)))
        }
        Expr::BytesLiteral(_) => Some((format!("b{:?}", e.range()), "b'...'".into())),
        Expr::NoneLiteral(_) => Some(("n".into(), "None".into())),
        Expr::BooleanLiteral(b) => Some((
            format!("i{}", i64::from(b.value)),
            if b.value { "True" } else { "False" }.into(),
        )),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => {
                let t = i.to_string();
                Some((format!("i{t}"), t))
            }
            ast::Number::Float(f) => {
                let key = if f.fract() == 0.0 && f.abs() < 9.0e15 {
                    format!("i{}", *f as i64)
                } else {
                    format!("f{}", f.to_bits())
                };
                Some((key, format!("{f:?}")))
            }
            ast::Number::Complex { .. } => Some((format!("c{:?}", e.range()), "complex".into())),
        },
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
            let (k, shown) = literal_key(&u.operand)?;
            Some((format!("-{k}"), format!("-{shown}")))
        }
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            literal_key(&b.left)?;
            literal_key(&b.right)?;
            Some((format!("c{:?}", e.range()), "complex".into()))
        }
        _ => None,
    }
}

/// Python's `repr` of a str, for error messages (the compiler does not
/// depend on the runtime).
fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
