//! Codegen for statements.

use super::{Block, CompileError, Compiler, Var};
use crate::bytecode::code::Const;
use crate::bytecode::opcodes::Instr;
use crate::bytecode::operand::{Imm, Label, Reg};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

type CResult<T = ()> = Result<T, CompileError>;

/// The error for leaving an `except*` clause with `break`, `continue` or `return`.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(crate) fn body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.at(s.range());
        let mark = self.u.fb.mark();
        match s {
            Stmt::Expr(e) => {
                if self.interactive && self.u.scope == 0 {
                    let r = self.expr(&e.value)?;
                    self.at(e.range);
                    self.emit(Instr::PrintExpr { src: r });
                } else if !is_constant(&e.value) {
                    // A bare constant (a docstring, `...`) does nothing.
                    let r = self.expr(&e.value)?;
                    if self.u.fb.is_temp(r) && !matches!(&*e.value, Expr::Name(_)) {
                        // The discarded result dies now, as CPython's POP_TOP
                        // (its `__del__` runs before the next statement).
                        self.load_const(Const::None, r);
                    }
                }
            }
            Stmt::Assign(a) => self.assign_stmt(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Raise(r) => self.raise_stmt(r)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Assert(a) => self.assert_stmt(a)?,
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::ClassDef(c) => return self.class_def(c),
            Stmt::With(w) => {
                self.with_items(&w.items, &w.body, w.range, w.is_async)?;
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => {
                return Err(CompileError::unsupported("the 'type' statement", t.range));
            }
            Stmt::IpyEscapeCommand(c) => {
                return Err(CompileError::syntax("invalid syntax", c.range));
            }
        }
        self.u.fb.release(mark);
        Ok(())
    }

    // ----- assignment --------------------------------------------------------------

    fn assign_stmt(&mut self, a: &'a ast::StmtAssign) -> CResult {
        if a.targets.len() == 1 {
            return self.assign_value(&a.targets[0], &a.value);
        }
        let v = self.expr_temp(&a.value)?;
        for t in &a.targets {
            self.assign(t, v)?;
        }
        self.release_temp(v, &a.value);
        Ok(())
    }

    /// After a store: clears the temporary that carried the value (unless
    /// it is a constant, which the code object keeps anyway), so that the
    /// stored value dies with its last binding, as after CPython's STORE.
    fn release_temp(&mut self, r: Reg, value: &Expr) {
        if self.u.fb.is_temp(r) && !is_constant(value) {
            self.load_const(Const::None, r);
        }
    }

    /// `target = value`, evaluating `value` straight into a local's register
    /// when that is safe, and swapping tuples without building one.
    pub(crate) fn assign_value(&mut self, target: &'a Expr, value: &'a Expr) -> CResult {
        if let Expr::Name(n) = target {
            forbidden_name(&n.id, n.range, "assign to")?;
        }
        if let Expr::Name(n) = target
            && let Var::Local(r) = self.var(&n.id)
            && writes_dst_once(value)
        {
            self.expr_to(value, r)?;
            return Ok(());
        }
        let target_elts = match target {
            Expr::Tuple(t) => Some(&t.elts),
            Expr::List(l) => Some(&l.elts),
            _ => None,
        };
        if let (Some(elts), Expr::Tuple(v)) = (target_elts, value) {
            let simple = elts.len() == v.elts.len()
                && !elts.iter().any(|e| matches!(e, Expr::Starred(_)))
                && !v.elts.iter().any(|e| matches!(e, Expr::Starred(_)));
            if simple {
                let base = self.u.fb.temps(v.elts.len() as u32);
                for (i, e) in v.elts.iter().enumerate() {
                    self.expr_to(e, Reg(base.0 + i as u16))?;
                }
                for (i, t) in elts.iter().enumerate() {
                    self.assign(t, Reg(base.0 + i as u16))?;
                }
                for (i, e) in v.elts.iter().enumerate() {
                    self.release_temp(Reg(base.0 + i as u16), e);
                }
                return Ok(());
            }
        }
        let r = self.expr(value)?;
        self.assign(target, r)?;
        self.release_temp(r, value);
        Ok(())
    }

    /// Stores the value in `src` into `target`.
    pub(crate) fn assign(&mut self, target: &'a Expr, src: Reg) -> CResult {
        match target {
            Expr::Name(n) => {
                forbidden_name(&n.id, n.range, "assign to")?;
                self.store_name(&n.id, src)
            }
            Expr::Attribute(a) => {
                forbidden_name(&a.attr.id, a.range, "assign to")?;
                let obj = self.expr(&a.value)?;
                let name = self.add_attr_name(&a.attr.id);
                self.at(a.range);
                self.emit(Instr::StoreAttr { obj, name, src });
                Ok(())
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.at(s.range);
                self.emit(Instr::SetItem { obj, key, src });
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. })
            | Expr::List(ast::ExprList { elts, range, .. }) => self.unpack(elts, *range, src),
            Expr::Starred(s) => Err(CompileError::syntax(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(CompileError::syntax(
                format!("cannot assign to {}", describe(other)),
                other.range(),
            )),
        }
    }

    fn unpack(&mut self, elts: &'a [Expr], range: TextRange, src: Reg) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            return Err(CompileError::syntax(
                "multiple starred expressions in assignment",
                range,
            ));
        }
        let base = self.u.fb.temps(elts.len() as u32);
        self.at(range);
        match star {
            None => self.emit(Instr::UnpackSeq {
                dst: base,
                count: Imm(elts.len() as u32),
                src,
            }),
            Some(i) => self.emit(Instr::UnpackEx {
                dst: base,
                before: Imm(i as u32),
                after: Imm((elts.len() - i - 1) as u32),
                src,
            }),
        }
        for (i, e) in elts.iter().enumerate() {
            let t = match e {
                Expr::Starred(s) => &*s.value,
                other => other,
            };
            self.assign(t, Reg(base.0 + i as u16))?;
        }
        Ok(())
    }

    pub(crate) fn store_name(&mut self, name: &str, src: Reg) -> CResult {
        match self.var(name) {
            Var::Local(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
            }
            Var::Cell(cell) => self.emit(Instr::StoreDeref { cell, src }),
            Var::Global => {
                let n = self.global_name(name);
                if self.class_global(name) {
                    self.emit(Instr::StoreGlobalOnly { name: n, src });
                } else {
                    self.emit(Instr::StoreGlobal { name: n, src });
                }
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let make = |dst: Reg, x: Reg, y: Reg| inplace_instr(a.op, dst, x, y);
        if let Expr::Name(n) = &*a.target {
            forbidden_name(&n.id, n.range, "assign to")?;
        }
        match &*a.target {
            Expr::Name(n) => match self.var(&n.id) {
                Var::Local(r) => {
                    self.at(n.range);
                    self.emit(Instr::CheckBound { reg: r });
                    let v = self.expr(&a.value)?;
                    self.at(a.range);
                    self.emit(make(r, r, v));
                }
                _ => {
                    let t = self.u.fb.temp();
                    self.load_name(&n.id, t, n.range)?;
                    let v = self.expr(&a.value)?;
                    self.at(a.range);
                    self.emit(make(t, t, v));
                    self.store_name(&n.id, t)?;
                }
            },
            Expr::Attribute(at) => {
                let obj = self.expr_temp(&at.value)?;
                let name = self.add_attr_name(&at.attr.id);
                let t = self.u.fb.temp();
                self.at(at.range);
                self.emit(Instr::LoadAttr { dst: t, obj, name });
                let v = self.expr(&a.value)?;
                self.at(a.range);
                self.emit(make(t, t, v));
                self.emit(Instr::StoreAttr { obj, name, src: t });
            }
            Expr::Subscript(s) => {
                let obj = self.expr_temp(&s.value)?;
                let key = self.expr_temp(&s.slice)?;
                let t = self.u.fb.temp();
                self.at(s.range);
                self.emit(Instr::GetItem { dst: t, obj, key });
                let v = self.expr(&a.value)?;
                self.at(a.range);
                self.emit(make(t, t, v));
                self.emit(Instr::SetItem { obj, key, src: t });
            }
            other => {
                return Err(CompileError::syntax(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe(other)
                    ),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    fn delete(&mut self, target: &'a Expr) -> CResult {
        self.at(target.range());
        if let Expr::Name(n) = target {
            forbidden_name(&n.id, n.range, "delete")?;
        }
        match target {
            Expr::Name(n) => match self.var(&n.id) {
                Var::Local(reg) => self.emit(Instr::DeleteLocal { reg }),
                Var::Cell(cell) => self.emit(Instr::DeleteDeref { cell }),
                Var::Global => {
                    let name = self.global_name(&n.id);
                    if self.class_global(&n.id) {
                        self.emit(Instr::DeleteGlobalOnly { name });
                    } else {
                        self.emit(Instr::DeleteGlobal { name });
                    }
                }
            },
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.at(s.range);
                self.emit(Instr::DelItem { obj, key });
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.add_attr_name(&a.attr.id);
                self.at(a.range);
                self.emit(Instr::DeleteAttr { obj, name });
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => {
                return Err(CompileError::syntax(
                    format!("cannot delete {}", describe(other)),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    // ----- control flow ----------------------------------------------------------------

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.u.fb.new_label();
        let mut next = self.u.fb.new_label();
        self.cond_jump(&i.test, false, next)?;
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit(Instr::Jump { target: end });
            self.u.fb.place(next);
            next = self.u.fb.new_label();
            if let Some(test) = &clause.test {
                self.at(test.range());
                self.cond_jump(test, false, next)?;
            }
            self.body(&clause.body)?;
        }
        self.u.fb.place(next);
        self.u.fb.place(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        // Test once before the loop and again at the bottom, so each iteration
        // takes a single (backward, conditional) jump.
        let body = self.u.fb.new_label();
        let cont = self.u.fb.new_label();
        let orelse = self.u.fb.new_label();
        let end = self.u.fb.new_label();
        self.at(w.test.range());
        self.cond_jump(&w.test, false, orelse)?;
        self.u.fb.place(body);
        self.u.blocks.push(Block::Loop { cont, brk: end });
        self.body(&w.body)?;
        self.u.blocks.pop();
        self.u.fb.place(cont);
        self.at(w.test.range());
        self.cond_jump(&w.test, true, body)?;
        self.u.fb.place(orelse);
        self.body(&w.orelse)?;
        self.u.fb.place(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async {
            return self.async_for(f);
        }
        let src = self.expr(&f.iter)?;
        let it = self.u.fb.temp();
        self.at(f.iter.range());
        self.emit(Instr::GetIter { dst: it, src });
        let top = self.u.fb.new_label();
        let orelse = self.u.fb.new_label();
        let end = self.u.fb.new_label();
        self.u.fb.place(top);
        let direct = match &*f.target {
            Expr::Name(n) => match self.var(&n.id) {
                Var::Local(r) => Some(r),
                _ => None,
            },
            _ => None,
        };
        self.at(f.target.range());
        let item = match direct {
            Some(r) => {
                self.emit(Instr::ForIter {
                    dst: r,
                    iter: it,
                    target: orelse,
                });
                None
            }
            None => {
                let t = self.u.fb.temp();
                self.emit(Instr::ForIter {
                    dst: t,
                    iter: it,
                    target: orelse,
                });
                self.assign(&f.target, t)?;
                Some(t)
            }
        };
        self.u.blocks.push(Block::Loop {
            cont: top,
            brk: end,
        });
        self.body(&f.body)?;
        self.u.blocks.pop();
        self.emit(Instr::Jump { target: top });
        self.u.fb.place(orelse);
        // The iterator (and the iterable, and the item's temporary) die when
        // the loop ends, by exhaustion or `break`, as CPython pops them.
        self.load_const(Const::None, it);
        self.body(&f.orelse)?;
        self.u.fb.place(end);
        for r in [Some(it), item, Some(src)].into_iter().flatten() {
            if self.u.fb.is_temp(r) {
                self.load_const(Const::None, r);
            }
        }
        Ok(())
    }

    /// Emits what leaving blocks `[depth..]` requires (finally bodies, restoring
    /// the handled exception), innermost first. Returns the handlers suspended
    /// on the way, to resume once the jump is emitted.
    fn unwind(&mut self, depth: usize) -> CResult<Vec<usize>> {
        let mut suspended = Vec::new();
        let blocks = self.u.blocks.clone();
        for i in (depth..blocks.len()).rev() {
            match &blocks[i] {
                Block::Loop { .. } | Block::TryExcept | Block::ExceptStar => {}
                Block::Finally { handler, body } => {
                    self.u.fb.suspend_handler(*handler);
                    suspended.push(*handler);
                    // The finally body runs outside this try block.
                    let saved = std::mem::replace(&mut self.u.blocks, blocks[..i].to_vec());
                    let pos = self.u.fb.pos;
                    self.body(body)?;
                    self.u.fb.pos = pos;
                    self.u.blocks = saved;
                }
                Block::ExceptBody { save, cleanup } | Block::FinallyExc { save, cleanup } => {
                    self.emit(Instr::PopExc { save: *save });
                    self.u.fb.suspend_handler(*cleanup);
                    suspended.push(*cleanup);
                }
                Block::With {
                    handler,
                    exit,
                    range,
                    is_async,
                } => {
                    self.u.fb.suspend_handler(*handler);
                    suspended.push(*handler);
                    let pos = self.u.fb.pos;
                    self.at(*range);
                    self.call_exit_none(*exit, *is_async);
                    self.u.fb.pos = pos;
                }
            }
        }
        Ok(suspended)
    }

    fn resume(&mut self, suspended: Vec<usize>) {
        for h in suspended.into_iter().rev() {
            self.u.fb.resume_handler(h);
        }
    }

    fn break_continue(&mut self, is_break: bool, range: TextRange) -> CResult {
        let Some(i) = self
            .u
            .blocks
            .iter()
            .rposition(|b| matches!(b, Block::Loop { .. }))
        else {
            if self.u.blocks.iter().any(|b| matches!(b, Block::ExceptStar)) {
                return Err(CompileError::syntax(EXCEPT_STAR_EXIT, range));
            }
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(CompileError::syntax(msg, range));
        };
        let Block::Loop { cont, brk } = self.u.blocks[i].clone() else {
            return Ok(());
        };
        if self.u.blocks[i..]
            .iter()
            .any(|b| matches!(b, Block::ExceptStar))
        {
            return Err(CompileError::syntax(EXCEPT_STAR_EXIT, range));
        }
        let suspended = self.unwind(i + 1)?;
        self.at(range);
        self.emit(Instr::Jump {
            target: if is_break { brk } else { cont },
        });
        self.resume(suspended);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if self.scope_kind() == super::symtable::ScopeKind::Module {
            return Err(CompileError::syntax("'return' outside function", r.range));
        }
        let scope = &self.table.scopes[self.u.scope];
        if scope.is_async && scope.is_generator && r.value.is_some() {
            return Err(CompileError::syntax(
                "'return' with value in async generator",
                r.range,
            ));
        }
        if self.u.blocks.iter().any(|b| matches!(b, Block::ExceptStar)) {
            let at = r.value.as_deref().map_or(r.range, Ranged::range);
            return Err(CompileError::syntax(EXCEPT_STAR_EXIT, at));
        }
        let needs_unwind = self
            .u
            .blocks
            .iter()
            .any(|b| !matches!(b, Block::Loop { .. } | Block::TryExcept));
        let v = match (&r.value, needs_unwind) {
            (Some(v), false) => self.expr(v)?,
            (Some(v), true) => self.expr_temp(v)?,
            (None, _) => {
                let t = self.u.fb.temp();
                let k = self.u.fb.add_const(Const::None);
                self.emit(Instr::LoadConst { dst: t, idx: k });
                t
            }
        };
        let suspended = if needs_unwind {
            self.unwind(0)?
        } else {
            Vec::new()
        };
        self.at(r.range);
        self.emit(Instr::Return { src: v });
        self.resume(suspended);
        Ok(())
    }

    // ----- classes ------------------------------------------------------------------------

    /// `class C(bases, **kw): body` is `C = __build_class__(<body function>,
    /// 'C', *bases, **kw)` with the decorators applied.
    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return Err(CompileError::unsupported("type parameters", c.range));
        }
        let decorators: Vec<Reg> = c
            .decorator_list
            .iter()
            .map(|d| self.expr_temp(&d.expression))
            .collect::<CResult<_>>()?;
        let scope = self
            .table
            .scope_of(c)
            .ok_or_else(|| CompileError::syntax("internal error: no scope for class", c.range))?;
        if let Some(a) = &c.arguments {
            forbidden_keywords(&a.keywords, c.range)?;
            repeated_keyword(&a.keywords)?;
        }
        let (bases, keywords): (Vec<&'a Expr>, Vec<&'a ast::Keyword>) = match &c.arguments {
            Some(a) => (a.args.iter().collect(), a.keywords.iter().collect()),
            None => (Vec::new(), Vec::new()),
        };
        if bases.iter().any(|b| matches!(b, Expr::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Err(CompileError::unsupported(
                "'*' or '**' in a class's bases",
                c.range,
            ));
        }
        let func = self.u.fb.temp();
        let args = self.u.fb.temps((2 + bases.len() + keywords.len()) as u32);
        self.at(c.range);
        let bc = self.u.fb.add_name("__build_class__");
        self.emit(Instr::LoadGlobal {
            dst: func,
            name: bc,
        });
        let first_line = self.lines.line_col(c.range.start().to_u32()).0;
        let has_class_cell = self.table.scopes[scope]
            .cellvars
            .iter()
            .any(|n| n == "__class__");
        self.class_stack.push(c.name.id.to_string());
        let made = self.make_function(scope, &c.name.id, None, first_line, args, |cc| {
            cc.class_body(c, has_class_cell)
        });
        self.class_stack.pop();
        made?;
        let name = self.u.fb.add_const(Const::Str(c.name.id.as_str().into()));
        self.emit(Instr::LoadConst {
            dst: Reg(args.0 + 1),
            idx: name,
        });
        for (i, b) in bases.iter().enumerate() {
            self.expr_to(b, Reg(args.0 + 2 + i as u16))?;
        }
        let kw_at = 2 + bases.len();
        let mut kwnames = Vec::new();
        for (i, k) in keywords.iter().enumerate() {
            self.expr_to(&k.value, Reg(args.0 + (kw_at + i) as u16))?;
            if let Some(a) = &k.arg {
                kwnames.push(Const::Str(a.id.as_str().into()));
            }
        }
        let nargs = Imm((2 + bases.len() + keywords.len()) as u32);
        let dst = self.u.fb.temp();
        self.at(c.range);
        if kwnames.is_empty() {
            self.emit(Instr::Call {
                dst,
                func,
                args,
                nargs,
            });
        } else {
            let k = self.u.fb.add_const(Const::Tuple(kwnames));
            self.emit(Instr::CallKw {
                dst,
                func,
                args,
                nargs,
                kwnames: k,
            });
        }
        for d in decorators.into_iter().rev() {
            self.emit(Instr::Call {
                dst,
                func: d,
                args: dst,
                nargs: Imm(1),
            });
        }
        self.store_name(&c.name.id, dst)
    }

    /// The body of a class: sets `__module__`, `__qualname__` and `__doc__`,
    /// runs the statements, and returns the `__class__` cell (or None).
    fn class_body(&mut self, c: &'a ast::StmtClassDef, has_class_cell: bool) -> CResult {
        let t = self.u.fb.temp();
        let name = self.u.fb.add_name("__name__");
        self.emit(Instr::LoadGlobal { dst: t, name });
        self.store_name("__module__", t)?;
        let q = self.u.qualname.clone();
        let k = self.u.fb.add_const(Const::Str(q.as_str().into()));
        self.emit(Instr::LoadConst { dst: t, idx: k });
        self.store_name("__qualname__", t)?;
        let mut body: &'a [Stmt] = &c.body;
        if let Some(Stmt::Expr(e)) = body.first()
            && let Expr::StringLiteral(s) = &*e.value
        {
            let k = self.u.fb.add_const(Const::Str(s.value.to_str().into()));
            self.at(e.range);
            self.emit(Instr::LoadConst { dst: t, idx: k });
            self.store_name("__doc__", t)?;
            body = &body[1..];
        }
        if find_ann(body) {
            self.emit(Instr::SetupAnnotations {});
        }
        self.body(body)?;
        self.at(c.range);
        if has_class_cell {
            let cell = self.cell_reg("__class__").ok_or_else(|| {
                CompileError::syntax("internal error: no __class__ cell", c.range)
            })?;
            self.emit(Instr::Return { src: cell });
        } else {
            let k = self.u.fb.add_const(Const::None);
            self.emit(Instr::LoadConst { dst: t, idx: k });
            self.emit(Instr::Return { src: t });
        }
        Ok(())
    }

    // ----- functions ----------------------------------------------------------------------

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.type_params.is_some() {
            return Err(CompileError::unsupported("type parameters", f.range));
        }
        let decorators: Vec<Reg> = f
            .decorator_list
            .iter()
            .map(|d| self.expr_temp(&d.expression))
            .collect::<CResult<_>>()?;
        let scope = self.table.scope_of(f).ok_or_else(|| {
            CompileError::syntax("internal error: no scope for function", f.range)
        })?;
        let dst = self.u.fb.temp();
        let first_line = self.lines.line_col(f.range.start().to_u32()).0;
        self.make_function_ann(
            scope,
            &f.name.id,
            Some(&f.parameters),
            Some(f.returns.as_deref()),
            first_line,
            dst,
            |c| {
                c.doc_const(&f.body);
                c.body(&f.body)?;
                c.implicit_return(f.body.last().map(Ranged::range));
                Ok(())
            },
        )?;
        for d in decorators.into_iter().rev() {
            self.at(f.range);
            self.emit(Instr::Call {
                dst,
                func: d,
                args: dst,
                nargs: Imm(1),
            });
        }
        self.at(f.range);
        self.store_name(&f.name.id, dst)
    }

    /// Compiles a nested scope's code and emits `MakeFunction` into `dst`.
    pub(crate) fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        params: Option<&'a ast::Parameters>,
        first_line: u32,
        dst: Reg,
        body: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        self.make_function_ann(scope, name, params, None, first_line, dst, body)
    }

    /// `make_function` for a `def`: `returns` is `Some(return annotation)`,
    /// and the function gets its `__annotations__` dict.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn make_function_ann(
        &mut self,
        scope: usize,
        name: &str,
        params: Option<&'a ast::Parameters>,
        returns: Option<Option<&'a Expr>>,
        first_line: u32,
        dst: Reg,
        body: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let annotations = match (params, returns) {
            (Some(p), Some(r)) => self.annotation_list(p, r),
            _ => Vec::new(),
        };
        // Defaults are evaluated now, in the enclosing scope.
        let mut defaults: Vec<&'a Expr> = Vec::new();
        let mut kwdefaults: Vec<(String, &'a Expr)> = Vec::new();
        if let Some(p) = params {
            for a in p.posonlyargs.iter().chain(p.args.iter()) {
                if let Some(d) = &a.default {
                    defaults.push(d);
                }
            }
            for a in &p.kwonlyargs {
                if let Some(d) = &a.default {
                    kwdefaults.push((self.mangle(&a.parameter.name.id), d));
                }
            }
        }
        let freevars = self.table.scopes[scope].freevars.clone();
        let mut flags = 0u32;
        let mut count = 0u32;
        if !defaults.is_empty() {
            flags |= 1;
            count += 1;
        }
        if !kwdefaults.is_empty() {
            flags |= 2;
            count += 1;
        }
        if !freevars.is_empty() {
            flags |= 4;
            count += 1;
        }
        if !annotations.is_empty() {
            flags |= 8;
            count += 1;
        }
        let extra = self.u.fb.temps(count.max(1));
        let mut slot = extra.0;
        if !defaults.is_empty() {
            let base = self.u.fb.temps(defaults.len() as u32);
            for (i, d) in defaults.iter().enumerate() {
                self.expr_to(d, Reg(base.0 + i as u16))?;
            }
            self.emit(Instr::BuildTuple {
                dst: Reg(slot),
                start: base,
                count: Imm(defaults.len() as u32),
            });
            slot += 1;
        }
        if !kwdefaults.is_empty() {
            let base = self.u.fb.temps(2 * kwdefaults.len() as u32);
            for (i, (n, d)) in kwdefaults.iter().enumerate() {
                let k = self.u.fb.add_const(Const::Str(n.as_str().into()));
                self.emit(Instr::LoadConst {
                    dst: Reg(base.0 + 2 * i as u16),
                    idx: k,
                });
                self.expr_to(d, Reg(base.0 + 2 * i as u16 + 1))?;
            }
            self.emit(Instr::BuildDict {
                dst: Reg(slot),
                start: base,
                count: Imm(kwdefaults.len() as u32),
            });
            slot += 1;
        }
        if !freevars.is_empty() {
            let base = self.u.fb.temps(freevars.len() as u32);
            for (i, n) in freevars.iter().enumerate() {
                match self.cell_reg(n) {
                    Some(r) => self.emit(Instr::Move {
                        dst: Reg(base.0 + i as u16),
                        src: r,
                    }),
                    None => {
                        return Err(CompileError::syntax(
                            format!("internal error: free variable '{n}' has no cell"),
                            self.table.scopes[scope].range,
                        ));
                    }
                }
            }
            self.emit(Instr::BuildTuple {
                dst: Reg(slot),
                start: base,
                count: Imm(freevars.len() as u32),
            });
            slot += 1;
        }
        if !annotations.is_empty() {
            let base = self.u.fb.temps(2 * annotations.len() as u32);
            for (i, (n, e)) in annotations.iter().enumerate() {
                let k = self.u.fb.add_const(Const::Str(n.as_str().into()));
                self.emit(Instr::LoadConst {
                    dst: Reg(base.0 + 2 * i as u16),
                    idx: k,
                });
                self.annotation_to(e, Reg(base.0 + 2 * i as u16 + 1))?;
            }
            self.emit(Instr::BuildDict {
                dst: Reg(slot),
                start: base,
                count: Imm(annotations.len() as u32),
            });
        }
        let pos = self.u.fb.pos;
        self.enter_scope(scope, name, first_line);
        self.set_params(params);
        body(self)?;
        let code = self.leave_scope()?;
        self.u.fb.pos = pos;
        let k = self.u.fb.add_const(Const::Code(Box::new(code)));
        self.emit(Instr::MakeFunction {
            dst,
            code: k,
            extra,
            flags: Imm(flags),
        });
        Ok(())
    }

    /// The annotated parameters of a `def` and its return annotation, as
    /// (mangled name, annotation) in CPython's evaluation order: regular
    /// parameters, positional-only ones, `*args`, keyword-only, `**kwargs`,
    /// `return`.
    fn annotation_list(
        &self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> Vec<(String, &'a Expr)> {
        let mut out = Vec::new();
        let mut add = |c: &Self, param: &'a ast::Parameter| {
            if let Some(a) = &param.annotation {
                out.push((c.mangle(&param.name.id), &**a));
            }
        };
        for a in p.args.iter().chain(p.posonlyargs.iter()) {
            add(self, &a.parameter);
        }
        if let Some(v) = &p.vararg {
            add(self, v);
        }
        for a in &p.kwonlyargs {
            add(self, &a.parameter);
        }
        if let Some(k) = &p.kwarg {
            add(self, k);
        }
        if let Some(r) = returns {
            out.push(("return".to_string(), r));
        }
        out
    }

    /// An annotation's value into `dst`: the expression's value, or its text
    /// under `from __future__ import annotations`.
    fn annotation_to(&mut self, e: &'a Expr, dst: Reg) -> CResult {
        if self.future.annotations {
            let text = super::future::annotation_text(self.source, e);
            let k = self.u.fb.add_const(Const::Str(text.as_str().into()));
            self.emit(Instr::LoadConst { dst, idx: k });
            return Ok(());
        }
        self.expr_to(e, dst)
    }

    /// Makes the code's first constant its docstring (or None), which is
    /// where a function's `__doc__` comes from (as in CPython 3.11).
    pub(crate) fn doc_const(&mut self, body: &[Stmt]) {
        let doc = match body.first() {
            Some(Stmt::Expr(e)) => match &*e.value {
                Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
                _ => None,
            },
            _ => None,
        };
        self.u
            .fb
            .add_const(doc.map_or(Const::None, |d| Const::Str(d.as_str().into())));
    }

    /// `target: annotation [= value]`. In a module or class body a simple
    /// name's annotation is evaluated after the assignment and stored in
    /// `__annotations__`; other targets' annotations are evaluated and
    /// dropped there. In a function nothing is evaluated for the annotation;
    /// an attribute or subscript target without a value still evaluates its
    /// object (and index).
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.assign_value(&a.target, v)?;
        }
        let in_namespace = matches!(
            self.scope_kind(),
            super::symtable::ScopeKind::Module | super::symtable::ScopeKind::Class
        );
        match &*a.target {
            Expr::Name(n) => {
                if a.simple && in_namespace {
                    let ann = self.u.fb.temp();
                    self.annotation_to(&a.annotation, ann)?;
                    let d = self.u.fb.temp();
                    self.load_name("__annotations__", d, a.range)?;
                    let key = self.u.fb.temp();
                    let m = self.mangle(&n.id);
                    let k = self.u.fb.add_const(Const::Str(m.as_str().into()));
                    self.emit(Instr::LoadConst { dst: key, idx: k });
                    self.at(a.range);
                    self.emit(Instr::SetItem {
                        obj: d,
                        key,
                        src: ann,
                    });
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.expr(&at.value)?;
                }
            }
            Expr::Subscript(sub) => {
                if a.value.is_none() {
                    self.expr(&sub.value)?;
                    self.expr(&sub.slice)?;
                }
            }
            other => {
                return Err(CompileError::syntax(
                    "illegal target for annotation",
                    other.range(),
                ));
            }
        }
        if !a.simple && in_namespace && !self.future.annotations {
            self.expr(&a.annotation)?;
        }
        Ok(())
    }

    // ----- exceptions ------------------------------------------------------------------------

    fn raise_stmt(&mut self, r: &'a ast::StmtRaise) -> CResult {
        match (&r.exc, &r.cause) {
            (None, _) => {
                // Re-raises the exception being handled, keeping its traceback.
                self.at(r.range);
                self.emit(Instr::RaiseCurrent {});
            }
            (Some(e), None) => {
                let exc = self.expr(e)?;
                self.at(r.range);
                self.emit(Instr::Raise { exc });
            }
            (Some(e), Some(c)) => {
                let exc = self.expr_temp(e)?;
                let cause = self.expr(c)?;
                self.at(r.range);
                self.emit(Instr::RaiseFrom { exc, cause });
            }
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        // try/finally around (try/except/else if there are handlers).
        let exc = self.u.fb.temp();
        let save = self.u.fb.temp();
        let exc2 = self.u.fb.temp();
        let fin_handler = self.u.fb.new_label();
        let after = self.u.fb.new_label();
        let h = self.u.fb.push_handler(fin_handler, exc);
        self.u.blocks.push(Block::Finally {
            handler: h,
            body: &t.finalbody,
        });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.u.blocks.pop();
        self.u.fb.pop_handler(h);
        // Normal path.
        self.body(&t.finalbody)?;
        self.emit(Instr::Jump { target: after });
        // Exception path: the finally body runs with the exception handled.
        self.u.fb.place(fin_handler);
        self.at(t.range);
        self.emit(Instr::PushExc { save, exc });
        let cleanup_label = self.u.fb.new_label();
        let cleanup = self.u.fb.push_handler(cleanup_label, exc2);
        self.u.blocks.push(Block::FinallyExc { save, cleanup });
        self.body(&t.finalbody)?;
        self.u.blocks.pop();
        self.emit(Instr::PopExc { save });
        self.emit(Instr::Reraise { exc });
        self.u.fb.pop_handler(cleanup);
        self.u.fb.place(cleanup_label);
        self.emit(Instr::PopExc { save });
        self.emit(Instr::Reraise { exc: exc2 });
        self.u.fb.place(after);
        Ok(())
    }

    /// The common start of `try`/`except` and `try`/`except*`: the body
    /// under a handler at `handler` (exception in `exc`), the `else` clause,
    /// a jump to `end`; then, at `handler`, the exception made current
    /// (`save` keeps the previous one) and a cleanup handler (exception in
    /// `exc2`) pushed around the clauses. Returns the cleanup's label and id.
    fn try_body_and_else(
        &mut self,
        t: &'a ast::StmtTry,
        exc: Reg,
        save: Reg,
        exc2: Reg,
        handler: Label,
        end: Label,
    ) -> CResult<(Label, usize)> {
        let h = self.u.fb.push_handler(handler, exc);
        self.u.blocks.push(Block::TryExcept);
        self.body(&t.body)?;
        self.u.blocks.pop();
        self.u.fb.pop_handler(h);
        self.body(&t.orelse)?;
        self.emit(Instr::Jump { target: end });
        self.u.fb.place(handler);
        let first = t.handlers.first().map_or(t.range, Ranged::range);
        self.at(first);
        self.emit(Instr::PushExc { save, exc });
        let cleanup_label = self.u.fb.new_label();
        let cleanup = self.u.fb.push_handler(cleanup_label, exc2);
        Ok((cleanup_label, cleanup))
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.is_star {
            return self.try_except_star(t);
        }
        let exc = self.u.fb.temp();
        let save = self.u.fb.temp();
        let exc2 = self.u.fb.temp();
        let handler = self.u.fb.new_label();
        let end = self.u.fb.new_label();
        let (cleanup_label, cleanup) = self.try_body_and_else(t, exc, save, exc2, handler, end)?;
        let n = t.handlers.len();
        for (i, hd) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(hd) = hd;
            let next = self.u.fb.new_label();
            match &hd.type_ {
                Some(ty) => {
                    let mark = self.u.fb.mark();
                    let tr = self.expr(ty)?;
                    let m = self.u.fb.temp();
                    self.at(hd.range);
                    self.emit(Instr::ExcMatch {
                        dst: m,
                        exc,
                        ty: tr,
                    });
                    self.emit(Instr::JumpIfFalse {
                        cond: m,
                        target: next,
                    });
                    self.u.fb.release(mark);
                }
                None => {
                    if i + 1 != n {
                        return Err(CompileError::syntax(
                            "default 'except:' must be last",
                            hd.range,
                        ));
                    }
                }
            }
            if let Some(name) = &hd.name {
                self.store_name(&name.id, exc)?;
            }
            self.u.blocks.push(Block::ExceptBody { save, cleanup });
            self.body(&hd.body)?;
            self.u.blocks.pop();
            if let Some(name) = &hd.name {
                // `except E as e` unbinds e at the end of the clause.
                let none = self.u.fb.temp();
                let k = self.u.fb.add_const(Const::None);
                self.emit(Instr::LoadConst { dst: none, idx: k });
                self.store_name(&name.id, none)?;
                self.delete_name(&name.id);
            }
            self.emit(Instr::PopExc { save });
            // The exception is released when its clause ends.
            self.load_const(Const::None, exc);
            self.emit(Instr::Jump { target: end });
            self.u.fb.place(next);
        }
        // No clause matched: re-raise (still covered by the cleanup handler).
        self.emit(Instr::Reraise { exc });
        self.u.fb.pop_handler(cleanup);
        self.u.fb.place(cleanup_label);
        self.emit(Instr::PopExc { save });
        self.emit(Instr::Reraise { exc: exc2 });
        self.u.fb.place(end);
        Ok(())
    }

    /// `try`/`except*` (PEP 654). Each clause takes its part of what is left
    /// of the exception (`ExcStarMatch`) and runs with that part handled; an
    /// exception its body raises (or re-raises) is collected in a list, and
    /// after the last clause `PrepReraiseStar` combines the collected
    /// exceptions with the unmatched rest into what the statement raises.
    fn try_except_star(&mut self, t: &'a ast::StmtTry) -> CResult {
        let exc = self.u.fb.temp();
        let save = self.u.fb.temp();
        let exc2 = self.u.fb.temp();
        // m, rest: written together by ExcStarMatch.
        let m = self.u.fb.temps(2);
        let rest = Reg(m.0 + 1);
        let raised = self.u.fb.temp();
        let save2 = self.u.fb.temp();
        let exc3 = self.u.fb.temp();
        let none = self.u.fb.temp();
        let handler = self.u.fb.new_label();
        let end = self.u.fb.new_label();
        let (cleanup_label, cleanup) = self.try_body_and_else(t, exc, save, exc2, handler, end)?;
        self.emit(Instr::Move {
            dst: rest,
            src: exc,
        });
        self.emit(Instr::BuildList {
            dst: raised,
            start: raised,
            count: Imm(0),
        });
        let k = self.u.fb.add_const(Const::None);
        self.emit(Instr::LoadConst { dst: none, idx: k });
        for hd in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(hd) = hd;
            let next = self.u.fb.new_label();
            let Some(ty) = &hd.type_ else {
                return Err(CompileError::syntax(
                    "expected one or more exception types",
                    hd.range,
                ));
            };
            let mark = self.u.fb.mark();
            let tr = self.expr(ty)?;
            self.at(hd.range);
            self.emit(Instr::ExcStarMatch {
                dst: m,
                exc: rest,
                ty: tr,
            });
            let c = self.u.fb.temp();
            self.emit(Instr::IsNot {
                dst: c,
                a: m,
                b: none,
            });
            self.emit(Instr::JumpIfFalse {
                cond: c,
                target: next,
            });
            self.u.fb.release(mark);
            if let Some(name) = &hd.name {
                self.store_name(&name.id, m)?;
            }
            // The clause body runs with its part handled; whatever it raises
            // goes to the list.
            let raised_label = self.u.fb.new_label();
            let inner = self.u.fb.push_handler(raised_label, exc3);
            self.emit(Instr::PushExc {
                save: save2,
                exc: m,
            });
            self.u.blocks.push(Block::ExceptBody {
                save: save2,
                cleanup: inner,
            });
            self.u.blocks.push(Block::ExceptStar);
            self.body(&hd.body)?;
            self.u.blocks.pop();
            self.u.blocks.pop();
            self.emit(Instr::PopExc { save: save2 });
            self.u.fb.pop_handler(inner);
            let after_clause = self.u.fb.new_label();
            self.emit(Instr::Jump {
                target: after_clause,
            });
            self.u.fb.place(raised_label);
            self.emit(Instr::PopExc { save: save2 });
            self.emit(Instr::ListAppend {
                list: raised,
                src: exc3,
            });
            self.u.fb.place(after_clause);
            if let Some(name) = &hd.name {
                self.store_name(&name.id, none)?;
                self.delete_name(&name.id);
            }
            self.u.fb.place(next);
        }
        let res = self.u.fb.temp();
        self.at(t.range);
        self.emit(Instr::PrepReraiseStar {
            dst: res,
            orig: exc,
            raised,
            rest,
        });
        let c = self.u.fb.temp();
        let done = self.u.fb.new_label();
        self.emit(Instr::IsNot {
            dst: c,
            a: res,
            b: none,
        });
        self.emit(Instr::JumpIfFalse {
            cond: c,
            target: done,
        });
        // Still covered by the cleanup handler, which restores the handled
        // exception.
        self.emit(Instr::Reraise { exc: res });
        self.u.fb.place(done);
        self.emit(Instr::PopExc { save });
        self.emit(Instr::Jump { target: end });
        self.u.fb.pop_handler(cleanup);
        self.u.fb.place(cleanup_label);
        self.emit(Instr::PopExc { save });
        self.emit(Instr::Reraise { exc: exc2 });
        self.u.fb.place(end);
        Ok(())
    }

    /// `with a as x, b as y: body`, one item at a time (each item nests the
    /// rest). As CPython 3.11: `__exit__` and `__enter__` are looked up on the
    /// type (`BeforeWith`), the `as` target is assigned inside the protected
    /// range, a normal exit (also by `return`/`break`/`continue`) calls
    /// `__exit__(None, None, None)`, and an exception calls `__exit__(type,
    /// value, tb)` with the exception being handled, re-raising it (same
    /// traceback) unless the result is true.
    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        range: TextRange,
        is_async: bool,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let mgr = self.expr(&item.context_expr)?;
        let exit = self.u.fb.temps(2);
        let entered = Reg(exit.0 + 1);
        let exc = self.u.fb.temp();
        let save = self.u.fb.temp();
        let exc2 = self.u.fb.temp();
        self.at(range);
        if is_async {
            // `async with`: the result of `__aenter__()` is awaited.
            self.emit(Instr::BeforeAsyncWith { dst: exit, mgr });
            let it = self.u.fb.temp();
            self.emit(Instr::GetAwaitableWith {
                dst: it,
                src: entered,
                which: Imm(1),
            });
            self.emit(Instr::YieldFrom {
                dst: entered,
                iter: it,
            });
        } else {
            self.emit(Instr::BeforeWith { dst: exit, mgr });
        }
        let handler = self.u.fb.new_label();
        let after = self.u.fb.new_label();
        let h = self.u.fb.push_handler(handler, exc);
        self.u.blocks.push(Block::With {
            handler: h,
            exit,
            range,
            is_async,
        });
        if let Some(target) = &item.optional_vars {
            self.assign(target, entered)?;
        }
        self.with_items(rest, body, range, is_async)?;
        self.u.blocks.pop();
        self.u.fb.pop_handler(h);
        // Normal exit.
        self.at(range);
        self.call_exit_none(exit, is_async);
        self.emit(Instr::Jump { target: after });
        // Exception path: __exit__ runs with the exception handled.
        self.u.fb.place(handler);
        self.at(range);
        self.emit(Instr::PushExc { save, exc });
        let cleanup_label = self.u.fb.new_label();
        let cleanup = self.u.fb.push_handler(cleanup_label, exc2);
        let res = self.u.fb.temp();
        let suppress = self.u.fb.new_label();
        self.emit(Instr::WithExcept {
            dst: res,
            exit,
            exc,
        });
        if is_async {
            self.await_with_result(res);
        }
        self.emit(Instr::JumpIfTrue {
            cond: res,
            target: suppress,
        });
        // Not suppressed: re-raise through the cleanup handler.
        self.emit(Instr::Reraise { exc });
        self.u.fb.pop_handler(cleanup);
        self.u.fb.place(cleanup_label);
        self.emit(Instr::PopExc { save });
        self.emit(Instr::Reraise { exc: exc2 });
        self.u.fb.place(suppress);
        self.emit(Instr::PopExc { save });
        self.u.fb.place(after);
        // The manager, its bound `__exit__` and `__enter__`'s result are
        // released when the statement ends, as CPython pops them.
        for r in [mgr, exit, entered] {
            if self.u.fb.is_temp(r) {
                self.load_const(Const::None, r);
            }
        }
        Ok(())
    }

    /// `r[exit](None, None, None)` (awaited for `async with`), discarding
    /// the result.
    fn call_exit_none(&mut self, exit: Reg, is_async: bool) {
        let mark = self.u.fb.mark();
        let args = self.u.fb.temps(3);
        let k = self.u.fb.add_const(Const::None);
        for i in 0..3 {
            self.emit(Instr::LoadConst {
                dst: Reg(args.0 + i),
                idx: k,
            });
        }
        self.emit(Instr::Call {
            dst: args,
            func: exit,
            args,
            nargs: Imm(3),
        });
        if is_async {
            self.await_with_result(args);
        }
        self.u.fb.release(mark);
    }

    /// `r[res] := await r[res]` for the result of `__aexit__`.
    fn await_with_result(&mut self, res: Reg) {
        let it = self.u.fb.temp();
        self.emit(Instr::GetAwaitableWith {
            dst: it,
            src: res,
            which: Imm(2),
        });
        self.emit(Instr::YieldFrom { dst: res, iter: it });
    }

    /// `async for target in iter: body else: orelse`. Each step awaits
    /// `__anext__()` inside a handler that ends the loop on
    /// StopAsyncIteration (`EndAsyncFor`); the target is assigned outside it.
    fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        let src = self.expr(&f.iter)?;
        let it = self.u.fb.temp();
        self.at(f.iter.range());
        self.emit(Instr::GetAIter { dst: it, src });
        let top = self.u.fb.new_label();
        let handler = self.u.fb.new_label();
        let orelse = self.u.fb.new_label();
        let end = self.u.fb.new_label();
        let exc = self.u.fb.temp();
        let aw = self.u.fb.temp();
        let v = self.u.fb.temp();
        self.u.fb.place(top);
        let h = self.u.fb.push_handler(handler, exc);
        self.at(f.iter.range());
        self.emit(Instr::GetANext { dst: aw, iter: it });
        self.emit(Instr::YieldFrom { dst: v, iter: aw });
        self.u.fb.pop_handler(h);
        self.assign(&f.target, v)?;
        self.u.blocks.push(Block::Loop {
            cont: top,
            brk: end,
        });
        self.body(&f.body)?;
        self.u.blocks.pop();
        self.emit(Instr::Jump { target: top });
        self.u.fb.place(handler);
        self.at(f.iter.range());
        self.emit(Instr::EndAsyncFor { exc });
        self.u.fb.place(orelse);
        self.body(&f.orelse)?;
        self.u.fb.place(end);
        Ok(())
    }

    fn delete_name(&mut self, name: &str) {
        match self.var(name) {
            Var::Local(reg) => self.emit(Instr::DeleteLocal { reg }),
            Var::Cell(cell) => self.emit(Instr::DeleteDeref { cell }),
            Var::Global => {
                let n = self.global_name(name);
                if self.class_global(name) {
                    self.emit(Instr::DeleteGlobalOnly { name: n });
                } else {
                    self.emit(Instr::DeleteGlobal { name: n });
                }
            }
        }
    }

    fn assert_stmt(&mut self, a: &'a ast::StmtAssert) -> CResult {
        let ok = self.u.fb.new_label();
        self.cond_jump(&a.test, true, ok)?;
        let e = self.u.fb.temp();
        // CPython reports a failed assert at its test (at the whole statement
        // when the test is a constant).
        let at = if is_constant(&a.test) {
            a.range
        } else {
            a.test.range()
        };
        self.at(at);
        self.emit(Instr::LoadAssertionError { dst: e });
        if let Some(msg) = &a.msg {
            let m = self.u.fb.temp();
            self.expr_to(msg, m)?;
            self.at(at);
            self.emit(Instr::Call {
                dst: e,
                func: e,
                args: m,
                nargs: Imm(1),
            });
        }
        self.emit(Instr::Raise { exc: e });
        self.u.fb.place(ok);
        Ok(())
    }

    // ----- imports -------------------------------------------------------------------------------

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult {
        for alias in &i.names {
            let full = alias.name.id.as_str();
            let t = self.u.fb.temp();
            let name = self.u.fb.add_name(full);
            let none = self.u.fb.add_const(Const::None);
            self.at(i.range);
            self.emit(Instr::ImportName {
                dst: t,
                name,
                fromlist: none,
                level: Imm(0),
            });
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as x` binds the submodule a.b.c.
                    for part in full.split('.').skip(1) {
                        let n = self.u.fb.add_name(part);
                        self.emit(Instr::ImportFrom {
                            dst: t,
                            module: t,
                            name: n,
                        });
                    }
                    self.store_name(&asname.id, t)?;
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.store_name(top, t)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        self.future.check(i)?;
        let module = i.module.as_ref().map_or("", |m| m.id.as_str());
        let star = i.names.iter().any(|a| a.name.id.as_str() == "*");
        let fromlist = Const::Tuple(
            i.names
                .iter()
                .map(|a| Const::Str(a.name.id.as_str().into()))
                .collect(),
        );
        let k = self.u.fb.add_const(fromlist);
        let name = self.u.fb.add_name(module);
        let m = self.u.fb.temp();
        self.at(i.range);
        self.emit(Instr::ImportName {
            dst: m,
            name,
            fromlist: k,
            level: Imm(i.level),
        });
        if star {
            self.emit(Instr::ImportStar { module: m });
            return Ok(());
        }
        for alias in &i.names {
            let t = self.u.fb.temp();
            let n = self.u.fb.add_name(&alias.name.id);
            self.emit(Instr::ImportFrom {
                dst: t,
                module: m,
                name: n,
            });
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(&bound.id, t)?;
        }
        Ok(())
    }

    /// Jumps to `target` when the truth value of `e` equals `when`; short-circuit
    /// operators and `not` become jumps instead of values.
    pub(crate) fn cond_jump(&mut self, e: &'a Expr, when: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.cond_jump(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != when {
                    // `and` jumping when false / `or` jumping when true: any operand decides.
                    for v in &b.values {
                        self.cond_jump(v, when, target)?;
                    }
                } else {
                    let skip = self.u.fb.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 == n {
                            self.cond_jump(v, when, target)?;
                        } else {
                            self.cond_jump(v, !when, skip)?;
                        }
                    }
                    self.u.fb.place(skip);
                }
                Ok(())
            }
            _ => {
                let mark = self.u.fb.mark();
                let r = self.expr(e)?;
                self.at(e.range());
                if when {
                    self.emit(Instr::JumpIfTrue { cond: r, target });
                } else {
                    self.emit(Instr::JumpIfFalse { cond: r, target });
                }
                self.u.fb.release(mark);
                Ok(())
            }
        }
    }
}

/// The in-place instruction for an augmented assignment operator.
/// `__debug__` cannot be assigned or deleted (CPython's compile-time check).
fn forbidden_name(name: &str, range: TextRange, what: &str) -> CResult {
    if name == "__debug__" {
        return Err(CompileError::syntax(
            format!("cannot {what} __debug__"),
            range,
        ));
    }
    Ok(())
}

/// A keyword argument named `__debug__` (in a call or a class statement,
/// reported at the whole of it as CPython does).
pub(crate) fn forbidden_keywords(keywords: &[ast::Keyword], range: TextRange) -> CResult {
    for k in keywords {
        if let Some(id) = &k.arg {
            forbidden_name(id, range, "assign to")?;
        }
    }
    Ok(())
}

/// A class statement's keyword given twice (`metaclass=M, metaclass=N`),
/// reported at the second.
fn repeated_keyword(keywords: &[ast::Keyword]) -> CResult {
    for (i, k) in keywords.iter().enumerate() {
        if let Some(id) = &k.arg
            && keywords[..i]
                .iter()
                .any(|p| p.arg.as_ref().is_some_and(|a| a.as_str() == id.as_str()))
        {
            return Err(CompileError::syntax(
                format!("keyword argument repeated: {}", id.as_str()),
                k.range,
            ));
        }
    }
    Ok(())
}

/// True when `body` has an annotated assignment outside nested functions
/// and classes (a module or class body then gets `__annotations__`).
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

fn inplace_instr(op: ast::Operator, dst: Reg, a: Reg, b: Reg) -> Instr {
    use ast::Operator as O;
    match op {
        O::Add => Instr::IAdd { dst, a, b },
        O::Sub => Instr::ISub { dst, a, b },
        O::Mult => Instr::IMul { dst, a, b },
        O::Div => Instr::ITrueDiv { dst, a, b },
        O::FloorDiv => Instr::IFloorDiv { dst, a, b },
        O::Mod => Instr::IMod { dst, a, b },
        O::Pow => Instr::IPow { dst, a, b },
        O::LShift => Instr::ILShift { dst, a, b },
        O::RShift => Instr::IRShift { dst, a, b },
        O::BitAnd => Instr::IBitAnd { dst, a, b },
        O::BitOr => Instr::IBitOr { dst, a, b },
        O::BitXor => Instr::IBitXor { dst, a, b },
        // `@=` has no built-in meaning; IMul reports the unsupported operand.
        O::MatMult => Instr::IMatMul { dst, a, b },
    }
}

/// True for expressions that write their destination register exactly once,
/// after reading all their operands, so they may target a variable directly.
pub(crate) fn writes_dst_once(e: &Expr) -> bool {
    match e {
        Expr::BoolOp(_) | Expr::If(_) | Expr::Named(_) => false,
        Expr::Compare(c) => c.ops.len() == 1,
        _ => true,
    }
}

fn is_constant(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) => "list",
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::FString(_) => "f-string expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Named(_) => "named expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        _ => "expression",
    }
}
