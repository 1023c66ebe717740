//! Codegen for expressions.
//!
//! `expr` leaves the value in some register (possibly a variable's own, which
//! the caller must not write), `expr_to` puts it in a given register, and
//! `expr_temp` in a fresh temporary.

use super::{CompileError, Compiler, Var};
use crate::bytecode::code::Const;
use crate::bytecode::opcodes::Instr;
use crate::bytecode::operand::{Imm, Reg};
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, InterpolatedStringElement, Number};
use ruff_text_size::{Ranged, TextRange};

type CResult<T = ()> = Result<T, CompileError>;

impl<'a> Compiler<'a> {
    /// Evaluates `e`; the result may be in a variable's register.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult<Reg> {
        if let Expr::Name(n) = e
            && !self.copy_locals
            && let Var::Local(r) = self.var(&n.id)
        {
            self.at(n.range);
            self.emit(Instr::CheckBound { reg: r });
            return Ok(r);
        }
        self.expr_temp(e)
    }

    /// True when `e` is a name whose value `expr` returns in place (a local
    /// variable's register).
    fn is_local_name(&mut self, e: &Expr) -> bool {
        matches!(e, Expr::Name(n) if !self.copy_locals && matches!(self.var(&n.id), Var::Local(_)))
    }

    /// Evaluates `e` into a fresh temporary.
    pub(crate) fn expr_temp(&mut self, e: &'a Expr) -> CResult<Reg> {
        let t = self.u.fb.temp();
        self.expr_to(e, t)?;
        Ok(t)
    }

    /// Evaluates `e` into `dst`.
    pub(crate) fn expr_to(&mut self, e: &'a Expr, dst: Reg) -> CResult {
        let mark = self.u.fb.mark();
        self.at(e.range());
        match e {
            Expr::Name(n) => self.load_name(&n.id, dst, n.range)?,
            Expr::NumberLiteral(n) => {
                let c = number_const(&n.value, n.range)?;
                self.load_const(c, dst);
            }
            Expr::StringLiteral(s) => self.load_const(Const::Str(s.value.to_str().into()), dst),
            Expr::BooleanLiteral(b) => self.load_const(Const::Bool(b.value), dst),
            Expr::NoneLiteral(_) => self.load_const(Const::None, dst),
            Expr::EllipsisLiteral(_) => self.load_const(Const::Ellipsis, dst),
            Expr::BinOp(b) => {
                let x = self.expr(&b.left)?;
                let y = self.expr(&b.right)?;
                self.at(b.range);
                self.emit(binop_instr(b.op, dst, x, y));
            }
            Expr::UnaryOp(u) => {
                if u.op == ast::UnaryOp::USub
                    && let Expr::NumberLiteral(n) = &*u.operand
                    && let Some(c) = negate_const(number_const(&n.value, n.range)?)
                {
                    self.load_const(c, dst);
                } else {
                    let src = self.expr(&u.operand)?;
                    self.at(u.range);
                    self.emit(match u.op {
                        ast::UnaryOp::USub => Instr::Neg { dst, src },
                        ast::UnaryOp::UAdd => Instr::Pos { dst, src },
                        ast::UnaryOp::Invert => Instr::Invert { dst, src },
                        ast::UnaryOp::Not => Instr::Not { dst, src },
                    });
                }
            }
            Expr::BoolOp(b) => {
                let end = self.u.fb.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr_to(v, dst)?;
                    if i + 1 < n {
                        self.at(b.range);
                        if b.op == ast::BoolOp::And {
                            self.emit(Instr::JumpIfFalse {
                                cond: dst,
                                target: end,
                            });
                        } else {
                            self.emit(Instr::JumpIfTrue {
                                cond: dst,
                                target: end,
                            });
                        }
                    }
                }
                self.u.fb.place(end);
            }
            Expr::If(i) => {
                let other = self.u.fb.new_label();
                let end = self.u.fb.new_label();
                self.cond_jump(&i.test, false, other)?;
                self.expr_to(&i.body, dst)?;
                self.emit(Instr::Jump { target: end });
                self.u.fb.place(other);
                self.expr_to(&i.orelse, dst)?;
                self.u.fb.place(end);
            }
            Expr::Compare(c) => self.compare(c, dst)?,
            Expr::Call(c) => self.call(c, dst)?,
            Expr::Attribute(a) => {
                // A temporary object is computed into `dst` itself, so the
                // attribute replaces it (it dies there unless referenced
                // elsewhere, as when CPython's LOAD_ATTR pops it).
                let obj = if self.u.fb.is_temp(dst) && !self.is_local_name(&a.value) {
                    self.expr_to(&a.value, dst)?;
                    dst
                } else {
                    self.expr(&a.value)?
                };
                let name = self.add_attr_name(&a.attr.id);
                self.at(a.range);
                self.emit(Instr::LoadAttr { dst, obj, name });
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.at(s.range);
                self.emit(Instr::GetItem { dst, obj, key });
            }
            Expr::Slice(s) => {
                let base = self.u.fb.temps(3);
                for (i, part) in [&s.lower, &s.upper, &s.step].into_iter().enumerate() {
                    let r = Reg(base.0 + i as u16);
                    match part {
                        Some(p) => self.expr_to(p, r)?,
                        None => self.load_const(Const::None, r),
                    }
                }
                self.at(s.range);
                self.emit(Instr::BuildSlice { dst, start: base });
            }
            Expr::Tuple(t) => {
                if let Some(c) = const_tuple(&t.elts) {
                    self.load_const(c, dst);
                } else {
                    self.sequence(&t.elts, dst, true, t.range)?;
                }
            }
            Expr::List(l) => self.sequence(&l.elts, dst, false, l.range)?,
            Expr::Dict(d) => self.dict(d, dst)?,
            Expr::FString(f) => self.fstring(f, dst)?,
            Expr::Lambda(l) => {
                let scope = self.table.scope_of(l).ok_or_else(|| {
                    CompileError::syntax("internal error: no scope for lambda", l.range)
                })?;
                let line = self.lines.line_col(l.range.start().to_u32()).0;
                self.make_function(scope, "<lambda>", l.parameters.as_deref(), line, dst, |c| {
                    // A lambda has no docstring: its first constant is None.
                    c.doc_const(&[]);
                    c.at(l.body.range());
                    let r = c.expr(&l.body)?;
                    c.emit(Instr::Return { src: r });
                    Ok(())
                })?;
            }
            Expr::Named(n) => {
                self.expr_to(&n.value, dst)?;
                self.assign(&n.target, dst)?;
            }
            Expr::ListComp(c) => self.comprehension(e, &c.generators, Comp::List(&c.elt), dst)?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(CompileError::unsupported(
                        "dict unpacking in a comprehension",
                        c.range,
                    ));
                };
                self.comprehension(e, &c.generators, Comp::Dict(key, &c.value), dst)?
            }
            Expr::Starred(s) => {
                return Err(CompileError::syntax(
                    "can't use starred expression here",
                    s.range,
                ));
            }
            Expr::Set(s) => self.set_display(&s.elts, dst, s.range)?,
            Expr::SetComp(c) => self.comprehension(e, &c.generators, Comp::Set(&c.elt), dst)?,
            Expr::Generator(g) => self.comprehension(e, &g.generators, Comp::Gen(&g.elt), dst)?,
            Expr::Await(a) => {
                let v = self.expr(&a.value)?;
                self.at(a.range);
                let it = self.u.fb.temp();
                self.emit(Instr::GetAwaitable { dst: it, src: v });
                self.emit(Instr::YieldFrom { dst, iter: it });
            }
            Expr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let t = self.u.fb.temp();
                        self.load_const(Const::None, t);
                        t
                    }
                };
                self.at(y.range);
                self.emit(Instr::Yield { dst, src: v });
            }
            Expr::YieldFrom(y) => {
                let v = self.expr(&y.value)?;
                self.at(y.range);
                let it = self.u.fb.temp();
                self.emit(Instr::GetIter { dst: it, src: v });
                self.emit(Instr::YieldFrom { dst, iter: it });
            }
            Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                self.load_const(Const::Bytes(data), dst);
            }
            Expr::TString(t) => return Err(CompileError::unsupported("template string", t.range)),
            Expr::IpyEscapeCommand(c) => {
                return Err(CompileError::syntax("invalid syntax", c.range));
            }
        }
        self.u.fb.release(mark);
        Ok(())
    }

    pub(crate) fn load_const(&mut self, c: Const, dst: Reg) {
        let k = self.u.fb.add_const(c);
        self.emit(Instr::LoadConst { dst, idx: k });
    }

    /// Loads variable `name` into `dst`.
    pub(crate) fn load_name(&mut self, name: &str, dst: Reg, range: TextRange) -> CResult {
        self.at(range);
        match self.var(name) {
            Var::Local(r) => {
                self.emit(Instr::CheckBound { reg: r });
                if r != dst {
                    self.emit(Instr::Move { dst, src: r });
                }
            }
            Var::Cell(cell) => self.emit(Instr::LoadDeref { dst, cell }),
            Var::Global => {
                let n = self.global_name(name);
                if self.class_global(name) {
                    self.emit(Instr::LoadGlobalOnly { dst, name: n });
                } else {
                    self.emit(Instr::LoadGlobal { dst, name: n });
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, dst: Reg) -> CResult {
        let n = c.ops.len();
        let mut left = self.expr(&c.left)?;
        if n == 1 {
            let right = self.expr(&c.comparators[0])?;
            self.at(c.range);
            self.emit(cmp_instr(c.ops[0], dst, left, right));
            return Ok(());
        }
        let end = self.u.fb.new_label();
        for (i, (op, comp)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            // Middle operands are evaluated once and kept in temporaries.
            let right = if i + 1 < n {
                self.expr_temp(comp)?
            } else {
                self.expr(comp)?
            };
            self.at(c.range);
            self.emit(cmp_instr(*op, dst, left, right));
            if i + 1 < n {
                self.emit(Instr::JumpIfFalse {
                    cond: dst,
                    target: end,
                });
            }
            left = right;
        }
        self.u.fb.place(end);
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall, dst: Reg) -> CResult {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        let range = c.range();
        super::stmt::forbidden_keywords(&args.keywords, range)?;
        if has_star {
            return self.call_ex(c, dst);
        }
        let npos = args.args.len();
        let nkw = args.keywords.len();
        // obj.method(args): no bound-method object is created.
        if let Expr::Attribute(a) = &*c.func
            && nkw == 0
        {
            let base = self.u.fb.temps(1 + npos as u32);
            self.expr_to(&a.value, base)?;
            for (i, arg) in args.args.iter().enumerate() {
                self.expr_to(arg, Reg(base.0 + 1 + i as u16))?;
            }
            let name = self.add_attr_name(&a.attr.id);
            self.at(range);
            self.emit(Instr::CallMethod {
                dst,
                name,
                args: base,
                nargs: Imm(npos as u32),
            });
            return Ok(());
        }
        let func = self.expr_temp(&c.func)?;
        let base = self.u.fb.temps((npos + nkw) as u32);
        for (i, arg) in args.args.iter().enumerate() {
            self.expr_to(arg, Reg(base.0 + i as u16))?;
        }
        let mut names = Vec::new();
        for (i, kw) in args.keywords.iter().enumerate() {
            self.expr_to(&kw.value, Reg(base.0 + (npos + i) as u16))?;
            if let Some(id) = &kw.arg {
                if names
                    .iter()
                    .any(|n: &Const| matches!(n, Const::Str(s) if **s == *id.as_str()))
                {
                    return Err(CompileError::syntax(
                        format!("keyword argument repeated: {}", id.as_str()),
                        kw.range,
                    ));
                }
                names.push(Const::Str(id.as_str().into()));
            }
        }
        self.at(range);
        let nargs = Imm((npos + nkw) as u32);
        if nkw == 0 {
            self.emit(Instr::Call {
                dst,
                func,
                args: base,
                nargs,
            });
        } else {
            let kwnames = self.u.fb.add_const(Const::Tuple(names));
            self.emit(Instr::CallKw {
                dst,
                func,
                args: base,
                nargs,
                kwnames,
            });
        }
        Ok(())
    }

    /// `f(*a, **k)` and mixtures: builds the argument tuple and dict.
    fn call_ex(&mut self, c: &'a ast::ExprCall, dst: Reg) -> CResult {
        let mut seen: Vec<&str> = Vec::new();
        for kw in &c.arguments.keywords {
            if let Some(id) = &kw.arg {
                if seen.contains(&id.as_str()) {
                    return Err(CompileError::syntax(
                        format!("keyword argument repeated: {}", id.as_str()),
                        kw.range,
                    ));
                }
                seen.push(id.as_str());
            }
        }
        let func = self.expr_temp(&c.func)?;
        // As CPython: a lone `*x` is checked by the call (its error names
        // the function); with other positional arguments the list display's
        // check applies.
        let lone = matches!(&*c.arguments.args, [Expr::Starred(_)]);
        let list = self.starred_list_for(&c.arguments.args, lone.then_some(func))?;
        let args = self.u.fb.temp();
        self.emit(Instr::ListToTuple {
            dst: args,
            src: list,
        });
        let kwargs = self.u.fb.temp();
        if c.arguments.keywords.is_empty() {
            self.load_const(Const::None, kwargs);
        } else {
            self.emit(Instr::BuildDict {
                dst: kwargs,
                start: kwargs,
                count: Imm(0),
            });
            // Plain keywords before the first `**` cannot repeat (checked
            // above); after one, each is merged like a mapping so that a
            // name the mapping supplied is reported.
            let mut merged = false;
            for kw in &c.arguments.keywords {
                match &kw.arg {
                    Some(id) => {
                        let base = self.u.fb.temps(2);
                        self.load_const(Const::Str(id.as_str().into()), base);
                        self.expr_to(&kw.value, Reg(base.0 + 1))?;
                        if merged {
                            let one = self.u.fb.temp();
                            self.emit(Instr::BuildDict {
                                dst: one,
                                start: base,
                                count: Imm(1),
                            });
                            self.at(kw.range);
                            self.emit(Instr::CallKwMerge {
                                dict: kwargs,
                                src: one,
                                func,
                            });
                        } else {
                            self.emit(Instr::SetItem {
                                obj: kwargs,
                                key: base,
                                src: Reg(base.0 + 1),
                            });
                        }
                    }
                    None => {
                        let v = self.expr(&kw.value)?;
                        self.at(kw.range);
                        self.emit(Instr::CallKwMerge {
                            dict: kwargs,
                            src: v,
                            func,
                        });
                        merged = true;
                    }
                }
            }
        }
        self.at(c.range());
        self.emit(Instr::CallEx {
            dst,
            func,
            args,
            kwargs,
        });
        Ok(())
    }

    /// List and tuple displays, with `*x` unpacking.
    fn sequence(&mut self, elts: &'a [Expr], dst: Reg, tuple: bool, range: TextRange) -> CResult {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let base = self.u.fb.temps(elts.len() as u32);
            for (i, e) in elts.iter().enumerate() {
                self.expr_to(e, Reg(base.0 + i as u16))?;
            }
            self.at(range);
            let count = Imm(elts.len() as u32);
            self.emit(if tuple {
                Instr::BuildTuple {
                    dst,
                    start: base,
                    count,
                }
            } else {
                Instr::BuildList {
                    dst,
                    start: base,
                    count,
                }
            });
            return Ok(());
        }
        let list = self.starred_list(elts)?;
        self.at(range);
        if tuple {
            self.emit(Instr::ListToTuple { dst, src: list });
        } else {
            self.emit(Instr::Move { dst, src: list });
        }
        Ok(())
    }

    /// Builds a list in a new temporary from `elts`, where `*x` elements are
    /// unpacked into it (call arguments and displays with starred items).
    fn starred_list(&mut self, elts: &'a [Expr]) -> CResult<Reg> {
        self.starred_list_for(elts, None)
    }

    /// `starred_list` for the arguments of a call of `func` (when given).
    fn starred_list_for(&mut self, elts: &'a [Expr], func: Option<Reg>) -> CResult<Reg> {
        let list = self.u.fb.temp();
        self.emit(Instr::BuildList {
            dst: list,
            start: list,
            count: Imm(0),
        });
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.at(s.range);
                    match func {
                        Some(func) => self.emit(Instr::CallStarExtend { list, src: v, func }),
                        None => self.emit(Instr::ListExtend { list, src: v }),
                    }
                }
                other => {
                    let v = self.expr(other)?;
                    self.emit(Instr::ListAppend { list, src: v });
                }
            }
        }
        Ok(list)
    }

    /// `{a, b, *c}`: built at once when there is no starred item, else from
    /// an empty set with `SetAdd`/`SetUpdate` in source order (into a
    /// temporary, so a variable target is written once).
    fn set_display(&mut self, elts: &'a [Expr], dst: Reg, range: TextRange) -> CResult {
        if elts.len() > 2
            && let Some(c) = const_tuple(elts)
        {
            let t = self.u.fb.temp();
            self.load_const(c, t);
            self.at(range);
            self.emit(Instr::BuildConstSet { dst, src: t });
            return Ok(());
        }
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let base = self.u.fb.temps(elts.len() as u32);
            for (i, e) in elts.iter().enumerate() {
                self.expr_to(e, Reg(base.0 + i as u16))?;
            }
            self.at(range);
            self.emit(Instr::BuildSet {
                dst,
                start: base,
                count: Imm(elts.len() as u32),
            });
            return Ok(());
        }
        let set = self.u.fb.temp();
        self.at(range);
        self.emit(Instr::BuildSet {
            dst: set,
            start: set,
            count: Imm(0),
        });
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.at(s.range);
                    self.emit(Instr::SetUpdate { set, src: v });
                }
                other => {
                    let v = self.expr(other)?;
                    self.at(other.range());
                    self.emit(Instr::SetAdd { set, src: v });
                }
            }
        }
        self.emit(Instr::Move { dst, src: set });
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict, dst: Reg) -> CResult {
        let plain = d.items.iter().take_while(|i| i.key.is_some()).count();
        let base = self.u.fb.temps(2 * plain as u32);
        for (i, item) in d.items.iter().take(plain).enumerate() {
            if let Some(k) = &item.key {
                self.expr_to(k, Reg(base.0 + 2 * i as u16))?;
            }
            self.expr_to(&item.value, Reg(base.0 + 2 * i as u16 + 1))?;
        }
        // Build into a temporary so a variable target is written once.
        let t = if plain == d.items.len() {
            dst
        } else {
            self.u.fb.temp()
        };
        self.at(d.range);
        self.emit(Instr::BuildDict {
            dst: t,
            start: base,
            count: Imm(plain as u32),
        });
        for item in d.items.iter().skip(plain) {
            match &item.key {
                Some(k) => {
                    let kr = self.expr_temp(k)?;
                    let vr = self.expr(&item.value)?;
                    self.at(d.range);
                    self.emit(Instr::SetItem {
                        obj: t,
                        key: kr,
                        src: vr,
                    });
                }
                None => {
                    let v = self.expr(&item.value)?;
                    self.at(item.value.range());
                    self.emit(Instr::DictUpdate { dict: t, src: v });
                }
            }
        }
        if t != dst {
            self.emit(Instr::Move { dst, src: t });
        }
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString, dst: Reg) -> CResult {
        let mut parts: Vec<FPart<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => push_text(&mut parts, &l.value),
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        match el {
                            InterpolatedStringElement::Literal(l) => {
                                push_text(&mut parts, &l.value)
                            }
                            InterpolatedStringElement::Interpolation(i) => {
                                if let Some(dbg) = &i.debug_text {
                                    push_text(&mut parts, dbg.as_str());
                                }
                                parts.push(FPart::Field(i));
                            }
                        }
                    }
                }
            }
        }
        self.build_string(&parts, dst, f.range)
    }

    fn build_string(&mut self, parts: &[FPart<'a>], dst: Reg, range: TextRange) -> CResult {
        if parts.is_empty() {
            self.load_const(Const::Str("".into()), dst);
            return Ok(());
        }
        if let [FPart::Text(t)] = parts {
            self.load_const(Const::Str(t.as_str().into()), dst);
            return Ok(());
        }
        let single = parts.len() == 1;
        let base = if single {
            dst
        } else {
            self.u.fb.temps(parts.len() as u32)
        };
        for (i, p) in parts.iter().enumerate() {
            let r = Reg(base.0 + i as u16);
            match p {
                FPart::Text(t) => self.load_const(Const::Str(t.as_str().into()), r),
                FPart::Field(field) => {
                    let v = self.expr(&field.expression)?;
                    let mut conv = match field.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    // `{x=}` defaults to repr when there is no conversion or spec.
                    if field.debug_text.is_some() && conv == 0 && field.format_spec.is_none() {
                        conv = 2;
                    }
                    self.at(field.range);
                    match &field.format_spec {
                        None => self.emit(Instr::Format {
                            dst: r,
                            src: v,
                            conv: Imm(conv),
                        }),
                        Some(spec) => {
                            let mut sp: Vec<FPart<'a>> = Vec::new();
                            for el in spec.elements.iter() {
                                match el {
                                    InterpolatedStringElement::Literal(l) => {
                                        push_text(&mut sp, &l.value)
                                    }
                                    InterpolatedStringElement::Interpolation(i) => {
                                        sp.push(FPart::Field(i))
                                    }
                                }
                            }
                            let s = self.u.fb.temp();
                            self.build_string(&sp, s, spec.range)?;
                            self.at(field.range);
                            self.emit(Instr::FormatSpec {
                                dst: r,
                                src: v,
                                conv: Imm(conv),
                                spec: s,
                            });
                        }
                    }
                }
            }
        }
        if !single {
            self.at(range);
            self.emit(Instr::BuildString {
                dst,
                start: base,
                count: Imm(parts.len() as u32),
            });
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &'a Expr,
        generators: &'a [ast::Comprehension],
        what: Comp<'a>,
        dst: Reg,
    ) -> CResult {
        let Some(first) = generators.first() else {
            return Err(CompileError::syntax(
                "comprehension without 'for'",
                node.range(),
            ));
        };
        let scope = self.table.scope_of(node).ok_or_else(|| {
            CompileError::syntax("internal error: no scope for comprehension", node.range())
        })?;
        let name = match what {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        let is_async = self.table.scopes[scope].is_async;
        let src = self.expr(&first.iter)?;
        let it = self.u.fb.temp();
        self.at(first.iter.range());
        if first.is_async {
            self.emit(Instr::GetAIter { dst: it, src });
        } else {
            self.emit(Instr::GetIter { dst: it, src });
        }
        let f = self.u.fb.temp();
        let line = self.lines.line_col(node.range().start().to_u32()).0;
        self.make_function(scope, name, None, line, f, |c| {
            c.u.fb.code.argcount = 1;
            c.at(node.range());
            let res = c.u.fb.temp();
            match what {
                Comp::List(_) => c.emit(Instr::BuildList {
                    dst: res,
                    start: res,
                    count: Imm(0),
                }),
                Comp::Set(_) => c.emit(Instr::BuildSet {
                    dst: res,
                    start: res,
                    count: Imm(0),
                }),
                Comp::Dict(..) => c.emit(Instr::BuildDict {
                    dst: res,
                    start: res,
                    count: Imm(0),
                }),
                Comp::Gen(_) => c.load_const(Const::None, res),
            }
            c.comp_loop(generators, 0, what, res)?;
            c.at(node.range());
            c.emit(Instr::Return { src: res });
            Ok(())
        })?;
        self.at(node.range());
        self.emit(Instr::Call {
            dst,
            func: f,
            args: it,
            nargs: Imm(1),
        });
        if is_async && !matches!(what, Comp::Gen(_)) {
            // An asynchronous comprehension is a coroutine: await it.
            let aw = self.u.fb.temp();
            self.emit(Instr::GetAwaitable { dst: aw, src: dst });
            self.emit(Instr::YieldFrom { dst, iter: aw });
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        what: Comp<'a>,
        res: Reg,
    ) -> CResult {
        let g = &gens[i];
        let it = if i == 0 {
            Reg(0)
        } else {
            let src = self.expr(&g.iter)?;
            let t = self.u.fb.temp();
            self.at(g.iter.range());
            if g.is_async {
                self.emit(Instr::GetAIter { dst: t, src });
            } else {
                self.emit(Instr::GetIter { dst: t, src });
            }
            t
        };
        let top = self.u.fb.new_label();
        let end = self.u.fb.new_label();
        let handler = self.u.fb.new_label();
        self.u.fb.place(top);
        let v = self.u.fb.temp();
        self.at(g.target.range());
        let exc = if g.is_async {
            // `async for`: await `__anext__()`; StopAsyncIteration ends the loop.
            let exc = self.u.fb.temp();
            let aw = self.u.fb.temp();
            let h = self.u.fb.push_handler(handler, exc);
            self.emit(Instr::GetANext { dst: aw, iter: it });
            self.emit(Instr::YieldFrom { dst: v, iter: aw });
            self.u.fb.pop_handler(h);
            Some(exc)
        } else {
            self.emit(Instr::ForIter {
                dst: v,
                iter: it,
                target: end,
            });
            None
        };
        self.assign(&g.target, v)?;
        for cond in &g.ifs {
            self.cond_jump(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, what, res)?;
        } else {
            match what {
                Comp::List(elt) => {
                    let r = self.expr(elt)?;
                    self.emit(Instr::ListAppend { list: res, src: r });
                }
                Comp::Gen(elt) => {
                    let r = self.expr(elt)?;
                    let sent = self.u.fb.temp();
                    self.at(elt.range());
                    self.emit(Instr::Yield { dst: sent, src: r });
                }
                Comp::Set(elt) => {
                    let r = self.expr(elt)?;
                    self.at(elt.range());
                    self.emit(Instr::SetAdd { set: res, src: r });
                }
                Comp::Dict(k, val) => {
                    let kr = self.expr_temp(k)?;
                    let vr = self.expr(val)?;
                    self.at(k.range());
                    self.emit(Instr::SetItem {
                        obj: res,
                        key: kr,
                        src: vr,
                    });
                }
            }
        }
        self.emit(Instr::Jump { target: top });
        if let Some(exc) = exc {
            self.u.fb.place(handler);
            self.at(g.iter.range());
            self.emit(Instr::EndAsyncFor { exc });
        }
        self.u.fb.place(end);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Comp<'a> {
    List(&'a Expr),
    /// A generator expression: yields each element.
    Gen(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

/// A piece of an f-string: literal text or a replacement field.
enum FPart<'a> {
    Text(String),
    Field(&'a ast::InterpolatedElement),
}

fn push_text(parts: &mut Vec<FPart<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Text(t)) = parts.last_mut() {
        t.push_str(s);
    } else {
        parts.push(FPart::Text(s.to_string()));
    }
}

/// The constant of a number literal.
fn number_const(n: &Number, range: TextRange) -> CResult<Const> {
    match n {
        Number::Int(i) => match i.as_i64() {
            Some(v) => Ok(Const::Int(v)),
            None => parse_big_literal(&i.to_string())
                .map(|b| match i64::try_from(&b) {
                    Ok(v) => Const::Int(v),
                    Err(_) => Const::BigInt(b),
                })
                .ok_or_else(|| CompileError::syntax("invalid integer literal", range)),
        },
        Number::Float(f) => Ok(Const::Float(*f)),
        Number::Complex { real, imag } => Ok(Const::Complex(*real, *imag)),
    }
}

/// Parses an integer literal's token text (`123`, `0xFF`, `1_000`, ...).
pub(crate) fn parse_big_literal(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

fn negate_const(c: Const) -> Option<Const> {
    match c {
        Const::Int(i) => Some(match i.checked_neg() {
            Some(n) => Const::Int(n),
            None => Const::BigInt(-BigInt::from(i)),
        }),
        Const::BigInt(b) => {
            let n = -b;
            Some(match i64::try_from(&n) {
                Ok(v) => Const::Int(v),
                Err(_) => Const::BigInt(n),
            })
        }
        Const::Float(f) => Some(Const::Float(-f)),
        Const::Complex(re, im) => Some(Const::Complex(-re, -im)),
        _ => None,
    }
}

/// A tuple display made only of literals becomes one constant.
fn const_tuple(elts: &[Expr]) -> Option<Const> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        out.push(match e {
            Expr::NumberLiteral(n) => number_const(&n.value, n.range).ok()?,
            Expr::StringLiteral(s) => Const::Str(s.value.to_str().into()),
            Expr::BooleanLiteral(b) => Const::Bool(b.value),
            Expr::NoneLiteral(_) => Const::None,
            Expr::EllipsisLiteral(_) => Const::Ellipsis,
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                Expr::NumberLiteral(n) => negate_const(number_const(&n.value, n.range).ok()?)?,
                _ => return None,
            },
            Expr::Tuple(t) => const_tuple(&t.elts)?,
            _ => return None,
        });
    }
    Some(Const::Tuple(out))
}

fn binop_instr(op: ast::Operator, dst: Reg, a: Reg, b: Reg) -> Instr {
    use ast::Operator as O;
    match op {
        O::Add => Instr::Add { dst, a, b },
        O::Sub => Instr::Sub { dst, a, b },
        O::Mult => Instr::Mul { dst, a, b },
        O::Div => Instr::TrueDiv { dst, a, b },
        O::FloorDiv => Instr::FloorDiv { dst, a, b },
        O::Mod => Instr::Mod { dst, a, b },
        O::Pow => Instr::Pow { dst, a, b },
        O::LShift => Instr::LShift { dst, a, b },
        O::RShift => Instr::RShift { dst, a, b },
        O::BitAnd => Instr::BitAnd { dst, a, b },
        O::BitOr => Instr::BitOr { dst, a, b },
        O::BitXor => Instr::BitXor { dst, a, b },
        // `@` has no built-in meaning; Mul reports the unsupported operand.
        O::MatMult => Instr::MatMul { dst, a, b },
    }
}

fn cmp_instr(op: ast::CmpOp, dst: Reg, a: Reg, b: Reg) -> Instr {
    use ast::CmpOp as C;
    match op {
        C::Lt => Instr::Lt { dst, a, b },
        C::LtE => Instr::Le { dst, a, b },
        C::Gt => Instr::Gt { dst, a, b },
        C::GtE => Instr::Ge { dst, a, b },
        C::Eq => Instr::Eq { dst, a, b },
        C::NotEq => Instr::Ne { dst, a, b },
        C::Is => Instr::Is { dst, a, b },
        C::IsNot => Instr::IsNot { dst, a, b },
        C::In => Instr::In { dst, a, b },
        C::NotIn => Instr::NotIn { dst, a, b },
    }
}
