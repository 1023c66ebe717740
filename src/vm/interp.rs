//! The interpreter loop.
//!
//! `run_frame` is entered for every Python frame. It counts the call (tiering),
//! runs compiled code when the JIT has installed some, and otherwise (or after a
//! deopt) interprets instructions from the current pc. Backward jumps count
//! loop back-edges and may enter compiled code mid-loop (on-stack replacement).
//!
//! Every instruction that can raise breaks out of the dispatch block with the
//! error; `unwind` then records the traceback entry, chains the exception to
//! the one being handled, and either continues at the innermost handler of
//! this code object or returns the error to the caller.
//!
//! Register access is unchecked: the verifier guarantees every register
//! operand (and every consecutive range) is below `nregs`, and the frame's
//! window holds exactly `nregs` values.

use super::{Frame, Tier, Vm, jit_status};
use crate::bytecode::opcodes::Instr;
use crate::runtime::code::feedback;
use crate::runtime::object::PyCell;
use crate::runtime::ops::{BinOp, CmpOp};
use crate::runtime::types::{ExcKind, PyErr, type_error};
use crate::runtime::{PyCode, PyRef, PyResult, Value, iter, seq};
use std::cell::RefCell;

/// What happened when compiled code ran.
enum JitOutcome {
    Return(Value),
    /// Continue interpreting at this pc.
    Resume(usize),
    /// An exception was raised at this pc (the bool: re-raised).
    Raise(PyErr, usize, bool),
}

impl Vm {
    fn call_threshold(&self) -> u32 {
        match self.config.tier {
            Tier::Interp => u32::MAX,
            Tier::Jit => 1,
            Tier::Auto => self.config.call_threshold,
        }
    }

    fn backedge_threshold(&self) -> u32 {
        match self.config.tier {
            Tier::Interp => u32::MAX,
            Tier::Jit => 1,
            Tier::Auto => self.config.backedge_threshold,
        }
    }

    /// Asks the JIT to compile `code`.
    fn tier_up(&mut self, code: &PyRef<PyCode>) {
        if let Some(mut hook) = self.tier_hook.take() {
            hook.hot(self, code);
            self.tier_hook = Some(hook);
        }
        if code.jit.entry.get() == 0 {
            // Not compiled: do not ask again until the counters wrap around.
            code.calls.set(0);
            code.backedges.set(0);
        }
    }

    /// Runs compiled code for `frame` from `pc`.
    fn enter_jit(&mut self, frame: &mut Frame, code: &PyRef<PyCode>, pc: usize) -> JitOutcome {
        let entry = code.jit.entry.get();
        // SAFETY: a non-zero `jit.entry` is only ever set by the JIT to the
        // address of a finished function with the `JitEntry` signature, and
        // compiled code is never freed while the process runs.
        let f: super::JitEntry = unsafe { std::mem::transmute::<usize, super::JitEntry>(entry) };
        let vm: *mut Vm = self;
        // SAFETY: `vm` and `frame` are valid for the call; compiled code only
        // touches the frame's registers (within nregs) and calls runtime helpers.
        if pc != 0
            && self.tier_hook.as_ref().is_some_and(|h| h.wants_entries())
            && let Some(mut hook) = self.tier_hook.take()
        {
            hook.osr_enter(self, code, pc as u32);
            self.tier_hook = Some(hook);
        }
        // SAFETY: as above.
        let r = unsafe { f(vm, frame, pc as u32) };
        self.jit_outcome(frame, code, r)
    }

    /// Decodes what compiled code returned.
    fn jit_outcome(&mut self, frame: &mut Frame, code: &PyRef<PyCode>, r: u64) -> JitOutcome {
        let status = (r >> 32) & 0xff;
        let reason = ((r >> 40) & 0xff) as u8;
        let at = (r & 0xffff_ffff) as usize;
        match status {
            jit_status::RETURN => JitOutcome::Return(std::mem::take(&mut frame.ret)),
            jit_status::YIELD => {
                // The resumer (vm::generator) sees the suspension point.
                self.gen_suspend = Some(at as u32);
                JitOutcome::Return(std::mem::take(&mut frame.ret))
            }
            jit_status::DEOPT => {
                if let Some(mut hook) = self.tier_hook.take() {
                    hook.deopt(self, code, at as u32, reason);
                    self.tier_hook = Some(hook);
                }
                JitOutcome::Resume(at)
            }
            _ => {
                let err = self.pending.take().unwrap_or_else(|| {
                    PyErr::new(
                        ExcKind::SystemError,
                        "compiled code raised without an exception",
                    )
                });
                JitOutcome::Raise(err, at, status == jit_status::RERAISE)
            }
        }
    }

    /// Runs a frame whose registers are set up.
    #[inline]
    pub(crate) fn run_frame(&mut self, frame: &mut Frame) -> PyResult<Value> {
        let code = &frame.code;
        let calls = code.calls.get().saturating_add(1);
        code.calls.set(calls);
        let entry = code.jit.entry.get();
        if entry != 0 && !code.jit.wants_recompile.get() {
            // Fast path: compiled code that returns normally.
            // SAFETY: a non-zero `jit.entry` is only ever set by the JIT to the
            // address of a finished function with the `JitEntry` signature, and
            // compiled code is never freed while the process runs.
            let f: super::JitEntry =
                unsafe { std::mem::transmute::<usize, super::JitEntry>(entry) };
            let vm: *mut Vm = self;
            // SAFETY: `vm` and `frame` are valid for the call; compiled code only
            // touches the frame's registers (within nregs) and calls helpers.
            let r = unsafe { f(vm, frame, 0) };
            if (r >> 32) & 0xff == jit_status::RETURN {
                return Ok(std::mem::take(&mut frame.ret));
            }
            let code = frame.code.clone();
            let outcome = self.jit_outcome(frame, &code, r);
            return self.continue_after_jit(frame, &code, outcome);
        }
        self.run_frame_slow(frame)
    }

    #[cold]
    fn run_frame_slow(&mut self, frame: &mut Frame) -> PyResult<Value> {
        let code = frame.code.clone();
        let calls = code.calls.get();
        if !code.jit.disabled.get()
            && ((code.jit.entry.get() == 0 && calls >= self.call_threshold())
                || (code.jit.wants_recompile.get() && calls >= self.call_threshold()))
        {
            self.tier_up(&code);
        }
        if code.jit.entry.get() != 0 {
            let outcome = self.enter_jit(frame, &code, 0);
            return self.continue_after_jit(frame, &code, outcome);
        }
        self.interpret::<false>(frame, &code, 0, None)
    }

    /// Runs a generator body from `start` (0, or the pc after the `Yield`
    /// it is suspended at) until it yields or finishes: in compiled code
    /// when the body has some and nothing is being thrown in, otherwise in
    /// the interpreter. Starting a generator counts as a call for tiering.
    pub(crate) fn run_gen_body(
        &mut self,
        frame: &mut Frame,
        code: &PyRef<PyCode>,
        start: usize,
        pending: Option<(PyErr, usize, bool)>,
    ) -> PyResult<Value> {
        if start == 0 {
            let calls = code.calls.get().saturating_add(1);
            code.calls.set(calls);
            if !code.jit.disabled.get()
                && (code.jit.entry.get() == 0 || code.jit.wants_recompile.get())
                && calls >= self.call_threshold()
            {
                self.tier_up(code);
            }
        }
        // Compiled code also resumes at a `YieldFrom` (which takes
        // `gen_input`); a pending throw at a `Yield` is the interpreter's.
        if pending.is_none() && code.jit.entry.get() != 0 {
            let outcome = self.enter_jit(frame, code, start);
            return self.continue_after_jit(frame, code, outcome);
        }
        self.interpret::<false>(frame, code, start, pending)
    }

    /// Continues a frame in the interpreter after compiled code stopped.
    fn continue_after_jit(
        &mut self,
        frame: &mut Frame,
        code: &PyRef<PyCode>,
        outcome: JitOutcome,
    ) -> PyResult<Value> {
        match outcome {
            JitOutcome::Return(v) => Ok(v),
            JitOutcome::Resume(p) => self.interpret::<false>(frame, code, p, None),
            JitOutcome::Raise(e, p, re) => {
                self.interpret::<false>(frame, code, p, Some((e, p, re)))
            }
        }
    }

    /// Records a traceback entry, chains `err` to the handled exception, and
    /// finds a handler in this frame: returns the handler's pc, or the error.
    fn unwind(
        &mut self,
        frame: &mut Frame,
        code: &PyRef<PyCode>,
        err: PyErr,
        pc: usize,
        reraise: bool,
    ) -> Result<usize, PyErr> {
        if !reraise {
            super::traceback::push_entry(&err, code, &frame.globals, pc);
            self.chain_context(&err);
        }
        match code.code.handler_for(pc) {
            Some(h) => {
                // Temporaries are allocated in a stack discipline and the
                // exception register is the first one the handler's
                // statement allocated, so the registers above it hold values
                // of the abandoned code (a `for` loop's iterator, call
                // arguments): release them now, as CPython's unwinding pops
                // its value stack, so their finalisers run before the handler.
                for r in h.exc_reg as usize + 1..code.code.nregs as usize {
                    // SAFETY: r < nregs, a register of this frame's window.
                    let slot = unsafe { &mut *frame.regs.add(r) };
                    if crate::runtime::value::tag::is_heap(slot.tag()) {
                        drop(std::mem::replace(slot, Value::None));
                    }
                }
                // SAFETY: the verifier checked exc_reg < nregs.
                unsafe { *frame.regs.add(h.exc_reg as usize) = err.value() };
                Ok(h.handler as usize)
            }
            None => {
                let c = &code.code;
                let n = (c.nlocals() + c.cellvars.len() + c.freevars.len()).min(c.nregs as usize);
                // SAFETY: the variables' registers are the first of the window (n <= nregs).
                let vars = unsafe { std::slice::from_raw_parts(frame.regs, n) };
                super::traceback::keep_locals(&err, code, vars);
                Err(err)
            }
        }
    }

    /// Sets `err.__context__` to the exception being handled (implicit
    /// chaining), unless it already has a context.
    pub(crate) fn chain_context(&mut self, err: &PyErr) {
        if err.exc.context.borrow().is_none() {
            self.set_context(err);
        }
    }

    /// Sets `err.__context__` to the exception being handled, if any: what a
    /// `raise` statement does, replacing an earlier context.
    pub(crate) fn set_context(&mut self, err: &PyErr) {
        let top = self.topmost_handled();
        let Value::Exception(handled) = &top else {
            return;
        };
        if PyRef::ptr_eq(handled, &err.exc) {
            return;
        }
        // Break a cycle: if err already appears in handled's context chain, cut it there.
        let mut cur = handled.clone();
        for _ in 0..1000 {
            let next = match &*cur.context.borrow() {
                Value::Exception(e) => e.clone(),
                _ => break,
            };
            if PyRef::ptr_eq(&next, &err.exc) {
                *cur.context.borrow_mut() = Value::None;
                break;
            }
            cur = next;
        }
        *err.exc.context.borrow_mut() = Value::Exception(handled.clone());
    }

    /// Executes the single instruction at `pc` of `frame` (which must not be a
    /// jump, branch, `ForIter` or `Return`). Compiled code calls this for the
    /// instructions it does not specialise; an error is returned, not unwound.
    pub(crate) fn exec_one(&mut self, frame: &mut Frame, pc: usize) -> PyResult<()> {
        let code = frame.code.clone();
        self.interpret::<true>(frame, &code, pc, None).map(|_| ())
    }

    /// The interpreter proper. With `SINGLE`, executes one instruction and
    /// returns (errors are returned to the caller instead of unwound).
    #[allow(clippy::cognitive_complexity)]
    pub(crate) fn interpret<const SINGLE: bool>(
        &mut self,
        frame: &mut Frame,
        code_ref: &PyRef<PyCode>,
        start: usize,
        mut pending: Option<(PyErr, usize, bool)>,
    ) -> PyResult<Value> {
        let code: &PyCode = code_ref;
        let instrs: &[Instr] = &code.code.instrs;
        let regs = frame.regs;
        let mut pc = start;
        let backedge_threshold = self.backedge_threshold();

        // Register access; see the module docs for why this is sound.
        macro_rules! r {
            ($reg:expr) => {
                // SAFETY: register operands are verified < nregs (module docs).
                unsafe { &*regs.add($reg.0 as usize) }
            };
        }
        macro_rules! w {
            ($reg:expr, $v:expr) => {{
                let v = $v;
                // SAFETY: as for `r!`.
                crate::runtime::value::set(unsafe { &mut *regs.add($reg.0 as usize) }, v);
            }};
        }
        macro_rules! slice {
            ($start:expr, $n:expr) => {
                // SAFETY: the verifier checked start + n <= nregs.
                unsafe { std::slice::from_raw_parts(regs.add($start.0 as usize), $n as usize) }
            };
        }
        // Releases the operand temporaries of a call or build instruction
        // once it is done (see `finalize::release_regs`).
        macro_rules! release {
            ($start:expr, $n:expr) => {
                // SAFETY: the verifier checked start + n <= nregs; the slices
                // borrowed from these registers are no longer used.
                unsafe { super::finalize::release_regs(regs, $start.0 as usize, $n as usize) }
            };
        }
        macro_rules! fb {
            ($bits:expr) => {{
                // SAFETY: one feedback cell per instruction, and pc - 1 is the
                // index of the instruction being executed.
                let cell = unsafe { code.feedback.get_unchecked(pc - 1) };
                cell.set(cell.get() | $bits)
            }};
        }

        let mut stepped = false;
        'dispatch: loop {
            if SINGLE {
                if stepped {
                    return Ok(Value::Unbound);
                }
                stepped = true;
            }
            // Finalisers of objects released by the previous instruction
            // run here, between instructions (one load and a branch).
            if crate::runtime::finalize::pending() {
                self.run_finalizers();
            }
            if let Some((err, at, reraise)) = pending.take() {
                match self.unwind(frame, code_ref, err, at, reraise) {
                    Ok(h) => pc = h,
                    Err(e) => return Err(e),
                }
            }
            let (err, reraise): (PyErr, bool) = 'op: {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'op (e, false),
                        }
                    };
                }
                macro_rules! arith {
                    ($dst:expr, $a:expr, $b:expr, $op:expr, $int:expr, $float:expr) => {{
                        let (x, y) = (r!($a), r!($b));
                        match (x, y) {
                            (Value::Int(i), Value::Int(j)) => {
                                if let Some(v) = ($int)(*i, *j) {
                                    fb!(feedback::a(3) | feedback::b(3) | feedback::result(3));
                                    w!($dst, Value::Int(v));
                                    continue 'dispatch;
                                }
                                fb!(feedback::OVERFLOWED | feedback::a(3) | feedback::b(3));
                            }
                            (Value::Float(i), Value::Float(j)) => {
                                fb!(feedback::a(4) | feedback::b(4) | feedback::result(4));
                                w!($dst, Value::Float(($float)(*i, *j)));
                                continue 'dispatch;
                            }
                            _ => {}
                        }
                        let v = tri!(self.binary_op($op, x, y));
                        fb!(feedback::a(x.tag())
                            | feedback::b(y.tag())
                            | feedback::result(v.tag()));
                        w!($dst, v);
                    }};
                }
                macro_rules! arith_slow {
                    ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
                        let (x, y) = (r!($a), r!($b));
                        let v = tri!(self.binary_op($op, x, y));
                        fb!(feedback::a(x.tag())
                            | feedback::b(y.tag())
                            | feedback::result(v.tag()));
                        w!($dst, v);
                    }};
                }
                macro_rules! inplace {
                    ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
                        if $dst == $a
                            && $a != $b
                            && matches!($op, BinOp::Add | BinOp::Sub)
                            && matches!(r!($a), Value::BigInt(_))
                        {
                            // SAFETY: a verified register of this frame, distinct
                            // from `b`, with no other reference into it live here.
                            let slot = unsafe { &mut *regs.add($a.0 as usize) };
                            let y = r!($b);
                            let ytag = y.tag();
                            if crate::runtime::int::add_sub_in_place(slot, y, $op == BinOp::Sub) {
                                fb!(feedback::a(5) | feedback::b(ytag) | feedback::OVERFLOWED);
                                continue 'dispatch;
                            }
                        }
                        let (x, y) = (r!($a), r!($b));
                        if let (Value::Int(i), Value::Int(j)) = (x, y) {
                            let fast = match $op {
                                BinOp::Add => i.checked_add(*j),
                                BinOp::Sub => i.checked_sub(*j),
                                BinOp::Mul => i.checked_mul(*j),
                                _ => None,
                            };
                            if let Some(v) = fast {
                                fb!(feedback::a(3) | feedback::b(3) | feedback::result(3));
                                w!($dst, Value::Int(v));
                                continue 'dispatch;
                            }
                        }
                        let v = tri!(self.inplace_op($op, x, y));
                        if matches!($op, BinOp::Add | BinOp::Sub | BinOp::Mul)
                            && matches!((x, y), (Value::Int(_), Value::Int(_)))
                        {
                            fb!(feedback::OVERFLOWED);
                        }
                        fb!(feedback::a(x.tag())
                            | feedback::b(y.tag())
                            | feedback::result(v.tag()));
                        w!($dst, v);
                    }};
                }
                macro_rules! compare {
                    ($dst:expr, $a:expr, $b:expr, $op:expr, $cmp:tt) => {{
                        let (x, y) = (r!($a), r!($b));
                        match (x, y) {
                            (Value::Int(i), Value::Int(j)) => {
                                fb!(feedback::a(3) | feedback::b(3));
                                w!($dst, Value::Bool(i $cmp j));
                                continue 'dispatch;
                            }
                            (Value::Float(i), Value::Float(j)) => {
                                fb!(feedback::a(4) | feedback::b(4));
                                w!($dst, Value::Bool(i $cmp j));
                                continue 'dispatch;
                            }
                            _ => {}
                        }
                        fb!(feedback::a(x.tag()) | feedback::b(y.tag()));
                        let v = tri!(self.rich_compare($op, x, y));
                        w!($dst, v);
                    }};
                }

                // A jump; a backward one is a loop back-edge, which counts
                // towards tiering and may continue in compiled code (OSR).
                macro_rules! jump {
                    ($t:expr) => {{
                        let t: usize = $t;
                        if t < pc
                            && let Some(outcome) =
                                self.backedge(frame, code_ref, t, backedge_threshold)
                        {
                            match outcome {
                                JitOutcome::Return(v) => return Ok(v),
                                JitOutcome::Resume(p) => {
                                    pc = p;
                                    continue 'dispatch;
                                }
                                JitOutcome::Raise(e, p, re) => {
                                    pending = Some((e, p, re));
                                    continue 'dispatch;
                                }
                            }
                        }
                        pc = t;
                    }};
                }

                // SAFETY: pc is always a verified instruction index: it starts at 0
                // or a verified jump/handler target, and the last instruction is a
                // terminator, so falling through never passes the end.
                let ins = *unsafe { instrs.get_unchecked(pc) };
                pc += 1;
                match ins {
                    Instr::Nop {} => {}
                    Instr::Move { dst, src } => w!(dst, r!(src).clone()),
                    Instr::LoadConst { dst, idx } => {
                        // SAFETY: constant indices are verified.
                        let k = unsafe { code.consts.get_unchecked(idx.0 as usize) };
                        w!(dst, k.clone())
                    }
                    Instr::CheckBound { reg } => {
                        if r!(reg).is_unbound() {
                            break 'op (unbound_local(code, reg.0 as usize), false);
                        }
                    }
                    Instr::DeleteLocal { reg } => {
                        if r!(reg).is_unbound() {
                            break 'op (unbound_local(code, reg.0 as usize), false);
                        }
                        w!(reg, Value::Unbound);
                    }
                    Instr::LoadGlobal { dst, name } => {
                        let v = tri!(self.load_name(frame, code, pc - 1, name.0 as usize));
                        w!(dst, v);
                    }
                    Instr::StoreGlobal { name, src } => {
                        // SAFETY: name indices are verified.
                        let key = unsafe { code.names.get_unchecked(name.0 as usize) }.clone();
                        let ns = frame.locals.as_ref().unwrap_or(&frame.globals);
                        if !self.ns_objects.is_empty()
                            && let Some(obj) = self.ns_object(ns)
                        {
                            tri!(self.setitem(&obj, &key, r!(src).clone()));
                            continue 'dispatch;
                        }
                        tri!(ns.table.borrow_mut().insert(key, r!(src).clone()));
                    }
                    Instr::DeleteGlobal { name } => {
                        // SAFETY: name indices are verified.
                        let key = unsafe { code.names.get_unchecked(name.0 as usize) };
                        let ns = frame.locals.as_ref().unwrap_or(&frame.globals);
                        if !self.ns_objects.is_empty()
                            && let Some(obj) = self.ns_object(ns)
                        {
                            tri!(self.delitem(&obj, key));
                            continue 'dispatch;
                        }
                        if tri!(ns.table.borrow_mut().remove(key)).is_none() {
                            break 'op (
                                PyErr::new(
                                    ExcKind::NameError,
                                    format!("name '{}' is not defined", code.name(name.0 as usize)),
                                ),
                                false,
                            );
                        }
                    }
                    Instr::LoadGlobalOnly { dst, name } => {
                        let v =
                            tri!(self.load_global(code, pc - 1, &frame.globals, name.0 as usize));
                        w!(dst, v);
                    }
                    Instr::StoreGlobalOnly { name, src } => {
                        // SAFETY: name indices are verified.
                        let key = unsafe { code.names.get_unchecked(name.0 as usize) }.clone();
                        tri!(
                            frame
                                .globals
                                .table
                                .borrow_mut()
                                .insert(key, r!(src).clone())
                        );
                    }
                    Instr::DeleteGlobalOnly { name } => {
                        // SAFETY: name indices are verified.
                        let key = unsafe { code.names.get_unchecked(name.0 as usize) };
                        if tri!(frame.globals.table.borrow_mut().remove(key)).is_none() {
                            break 'op (
                                PyErr::new(
                                    ExcKind::NameError,
                                    format!("name '{}' is not defined", code.name(name.0 as usize)),
                                ),
                                false,
                            );
                        }
                    }
                    Instr::MakeCell { dst, src } => {
                        let v = r!(src).clone();
                        w!(
                            dst,
                            Value::Cell(PyRef::new(PyCell {
                                value: RefCell::new(v)
                            }))
                        );
                    }
                    Instr::LoadDeref { dst, cell } => {
                        let v = match r!(cell) {
                            Value::Cell(c) => c.value.borrow().clone(),
                            _ => Value::Unbound,
                        };
                        if v.is_unbound() {
                            break 'op (unbound_deref(code, cell.0 as usize), false);
                        }
                        w!(dst, v);
                    }
                    Instr::StoreDeref { cell, src } => {
                        if let Value::Cell(c) = r!(cell) {
                            let v = r!(src).clone();
                            let old = std::mem::replace(&mut *c.value.borrow_mut(), v);
                            drop(old);
                        }
                    }
                    Instr::DeleteDeref { cell } => {
                        if let Value::Cell(c) = r!(cell) {
                            let old = std::mem::take(&mut *c.value.borrow_mut());
                            if old.is_unbound() {
                                break 'op (unbound_deref(code, cell.0 as usize), false);
                            }
                        }
                    }
                    Instr::Add { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if let (Value::Str(s), Value::Str(t)) = (x, y) {
                            let mut out =
                                String::with_capacity(s.as_str().len() + t.as_str().len());
                            out.push_str(s.as_str());
                            out.push_str(t.as_str());
                            fb!(feedback::a(6) | feedback::b(6) | feedback::result(6));
                            w!(dst, Value::string(out));
                            continue 'dispatch;
                        }
                        arith!(
                            dst,
                            a,
                            b,
                            BinOp::Add,
                            |i: i64, j: i64| i.checked_add(j),
                            |i: f64, j: f64| i + j
                        )
                    }
                    Instr::Sub { dst, a, b } => arith!(
                        dst,
                        a,
                        b,
                        BinOp::Sub,
                        |i: i64, j: i64| i.checked_sub(j),
                        |i: f64, j: f64| i - j
                    ),
                    Instr::Mul { dst, a, b } => arith!(
                        dst,
                        a,
                        b,
                        BinOp::Mul,
                        |i: i64, j: i64| i.checked_mul(j),
                        |i: f64, j: f64| i * j
                    ),
                    Instr::TrueDiv { dst, a, b } => arith_slow!(dst, a, b, BinOp::TrueDiv),
                    Instr::FloorDiv { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if let (Value::Int(i), Value::Int(j)) = (x, y)
                            && *j > 0
                        {
                            fb!(feedback::a(3) | feedback::b(3) | feedback::result(3));
                            w!(dst, Value::Int(i.div_euclid(*j)));
                            continue 'dispatch;
                        }
                        arith_slow!(dst, a, b, BinOp::FloorDiv)
                    }
                    Instr::Mod { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if let (Value::Int(i), Value::Int(j)) = (x, y)
                            && *j > 0
                        {
                            fb!(feedback::a(3) | feedback::b(3) | feedback::result(3));
                            w!(dst, Value::Int(i.rem_euclid(*j)));
                            continue 'dispatch;
                        }
                        arith_slow!(dst, a, b, BinOp::Mod)
                    }
                    Instr::Pow { dst, a, b } => arith_slow!(dst, a, b, BinOp::Pow),
                    Instr::LShift { dst, a, b } => arith_slow!(dst, a, b, BinOp::LShift),
                    Instr::RShift { dst, a, b } => arith_slow!(dst, a, b, BinOp::RShift),
                    Instr::BitAnd { dst, a, b } => arith_slow!(dst, a, b, BinOp::And),
                    Instr::BitOr { dst, a, b } => arith_slow!(dst, a, b, BinOp::Or),
                    Instr::BitXor { dst, a, b } => arith_slow!(dst, a, b, BinOp::Xor),
                    Instr::IAdd { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if let (Value::Float(i), Value::Float(j)) = (x, y) {
                            fb!(feedback::a(4) | feedback::b(4) | feedback::result(4));
                            w!(dst, Value::Float(i + j));
                            continue 'dispatch;
                        }
                        inplace!(dst, a, b, BinOp::Add)
                    }
                    Instr::ISub { dst, a, b } => inplace!(dst, a, b, BinOp::Sub),
                    Instr::IMul { dst, a, b } => inplace!(dst, a, b, BinOp::Mul),
                    Instr::ITrueDiv { dst, a, b } => inplace!(dst, a, b, BinOp::TrueDiv),
                    Instr::IFloorDiv { dst, a, b } => inplace!(dst, a, b, BinOp::FloorDiv),
                    Instr::IMod { dst, a, b } => inplace!(dst, a, b, BinOp::Mod),
                    Instr::IPow { dst, a, b } => inplace!(dst, a, b, BinOp::Pow),
                    Instr::ILShift { dst, a, b } => inplace!(dst, a, b, BinOp::LShift),
                    Instr::IRShift { dst, a, b } => inplace!(dst, a, b, BinOp::RShift),
                    Instr::IBitAnd { dst, a, b } => inplace!(dst, a, b, BinOp::And),
                    Instr::IBitOr { dst, a, b } => inplace!(dst, a, b, BinOp::Or),
                    Instr::IBitXor { dst, a, b } => inplace!(dst, a, b, BinOp::Xor),
                    Instr::MatMul { dst, a, b } => arith_slow!(dst, a, b, BinOp::MatMul),
                    Instr::IMatMul { dst, a, b } => inplace!(dst, a, b, BinOp::MatMul),
                    Instr::Neg { dst, src } => {
                        let x = r!(src);
                        fb!(feedback::a(x.tag()));
                        if let Value::Float(f) = x {
                            w!(dst, Value::Float(-f));
                        } else {
                            let v = tri!(self.unary_op("__neg__", x));
                            w!(dst, v);
                        }
                    }
                    Instr::Pos { dst, src } => w!(dst, tri!(self.unary_op("__pos__", r!(src)))),
                    Instr::Invert { dst, src } => {
                        w!(dst, tri!(self.unary_op("__invert__", r!(src))))
                    }
                    Instr::Not { dst, src } => {
                        let x = r!(src);
                        fb!(feedback::a(x.tag()));
                        let t = tri!(self.truthy(x));
                        w!(dst, Value::Bool(!t));
                    }
                    Instr::Lt { dst, a, b } => compare!(dst, a, b, CmpOp::Lt, <),
                    Instr::Le { dst, a, b } => compare!(dst, a, b, CmpOp::Le, <=),
                    Instr::Gt { dst, a, b } => compare!(dst, a, b, CmpOp::Gt, >),
                    Instr::Ge { dst, a, b } => compare!(dst, a, b, CmpOp::Ge, >=),
                    Instr::Eq { dst, a, b } => compare!(dst, a, b, CmpOp::Eq, ==),
                    Instr::Ne { dst, a, b } => compare!(dst, a, b, CmpOp::Ne, !=),
                    Instr::Is { dst, a, b } => w!(dst, Value::Bool(r!(a).is(r!(b)))),
                    Instr::IsNot { dst, a, b } => w!(dst, Value::Bool(!r!(a).is(r!(b)))),
                    Instr::In { dst, a, b } => {
                        let v = tri!(self.contains(r!(b), r!(a)));
                        w!(dst, Value::Bool(v));
                    }
                    Instr::NotIn { dst, a, b } => {
                        let v = tri!(self.contains(r!(b), r!(a)));
                        w!(dst, Value::Bool(!v));
                    }
                    Instr::Jump { target } => jump!(target.0 as usize),
                    Instr::JumpIfTrue { cond, target } | Instr::JumpIfFalse { cond, target } => {
                        let x = r!(cond);
                        fb!(feedback::a(x.tag()));
                        let t = match x {
                            Value::Bool(b) => *b,
                            _ => tri!(self.truthy(x)),
                        };
                        if t == matches!(ins, Instr::JumpIfTrue { .. }) {
                            jump!(target.0 as usize);
                        }
                    }
                    Instr::GetIter { dst, src } => {
                        let x = r!(src);
                        fb!(feedback::a(x.tag()));
                        let it = tri!(self.get_iter(x));
                        w!(dst, it);
                    }
                    Instr::ForIter {
                        dst,
                        iter: it,
                        target,
                    } => {
                        let x = r!(it);
                        fb!(feedback::a(x.tag()));
                        let next = match x {
                            Value::RangeIter(ri) => ri.next_value().map(Value::Int),
                            _ => tri!(self.iter_next(x)),
                        };
                        match next {
                            Some(v) => w!(dst, v),
                            None => pc = target.0 as usize,
                        }
                    }
                    Instr::Return { src } => return Ok(r!(src).clone()),
                    Instr::Call {
                        dst,
                        func,
                        args,
                        nargs,
                    } => {
                        let f = r!(func);
                        fb!(feedback::a(f.tag()));
                        let v = tri!(self.call_value(f, slice!(args, nargs.0), &[]));
                        release!(args, nargs.0);
                        w!(dst, v);
                    }
                    Instr::CallKw {
                        dst,
                        func,
                        args,
                        nargs,
                        kwnames,
                    } => {
                        // SAFETY: constant indices are verified.
                        let names = match unsafe { code.consts.get_unchecked(kwnames.0 as usize) } {
                            Value::Tuple(t) => t.clone(),
                            _ => {
                                break 'op (
                                    PyErr::new(ExcKind::SystemError, "bad keyword names"),
                                    false,
                                );
                            }
                        };
                        let v =
                            tri!(self.call_value(r!(func), slice!(args, nargs.0), &names.items));
                        release!(args, nargs.0);
                        w!(dst, v);
                    }
                    Instr::CallEx {
                        dst,
                        func,
                        args,
                        kwargs,
                    } => {
                        let v = tri!(self.call_ex(r!(func), r!(args), r!(kwargs)));
                        w!(dst, v);
                    }
                    Instr::CallMethod {
                        dst,
                        name,
                        args,
                        nargs,
                    } => {
                        // SAFETY: the verifier checked args + nargs + 1 <= nregs;
                        // nothing else refers to these operand registers.
                        let all = unsafe {
                            std::slice::from_raw_parts_mut(
                                regs.add(args.0 as usize),
                                nargs.0 as usize + 1,
                            )
                        };
                        // The operands are given up (moved or released).
                        let v = tri!(self.call_method(code, pc - 1, name.0 as usize, all));
                        w!(dst, v);
                    }
                    Instr::MakeFunction {
                        dst,
                        code: k,
                        extra,
                        flags,
                    } => {
                        let n = flags.0.count_ones();
                        let v = tri!(self.make_function(
                            code,
                            k.0 as usize,
                            &frame.globals,
                            slice!(extra, n),
                            flags.0
                        ));
                        w!(dst, v);
                    }
                    Instr::BuildList { dst, start, count } => {
                        // SAFETY: the verifier checked start + count <= nregs.
                        let v = unsafe {
                            super::finalize::take_regs(regs, start.0 as usize, count.0 as usize)
                        };
                        w!(dst, Value::list(v));
                    }
                    Instr::BuildTuple { dst, start, count } => {
                        // SAFETY: the verifier checked start + count <= nregs.
                        w!(dst, unsafe {
                            build_tuple(regs, start.0 as usize, count.0 as usize)
                        });
                    }
                    Instr::BuildDict { dst, start, count } => {
                        let v = tri!(self.build_dict(slice!(start, 2 * count.0)));
                        release!(start, 2 * count.0);
                        w!(dst, v);
                    }
                    Instr::BuildSlice { dst, start } => {
                        let s = slice!(start, 3);
                        w!(
                            dst,
                            Value::Slice(PyRef::new(crate::runtime::object::PySlice {
                                start: s[0].clone(),
                                stop: s[1].clone(),
                                step: s[2].clone(),
                            }))
                        );
                    }
                    Instr::ListAppend { list, src } => {
                        if let Value::List(l) = r!(list) {
                            l.items.borrow_mut().push(r!(src).clone());
                        }
                    }
                    Instr::ListExtend { list, src } => {
                        tri!(self.star_extend(r!(list), r!(src), None))
                    }
                    Instr::CallStarExtend { list, src, func } => {
                        tri!(self.star_extend(r!(list), r!(src), Some(r!(func))))
                    }
                    Instr::DictUpdate { dict, src } => {
                        tri!(self.kw_merge(r!(dict), r!(src), None))
                    }
                    Instr::CallKwMerge { dict, src, func } => {
                        tri!(self.kw_merge(r!(dict), r!(src), Some(r!(func))))
                    }
                    Instr::SetupAnnotations {} => {
                        let ns = frame.locals.as_ref().unwrap_or(&frame.globals);
                        if ns.table.borrow().get_str("__annotations__").is_none() {
                            let d = Value::Dict(PyRef::new(crate::runtime::object::PyDict::new()));
                            ns.table.borrow_mut().insert_str("__annotations__", d);
                        }
                    }
                    Instr::BuildSet { dst, start, count } => {
                        let v = tri!(self.build_set(slice!(start, count.0)));
                        release!(start, count.0);
                        w!(dst, v);
                    }
                    Instr::BuildConstSet { dst, src } => {
                        let v = tri!(self.build_const_set(r!(src)));
                        w!(dst, v);
                    }
                    Instr::SetAdd { set, src } => {
                        if let Value::Set(s) = r!(set) {
                            tri!(self.set_add(s, r!(src).clone()));
                        }
                    }
                    Instr::SetUpdate { set, src } => {
                        if let Value::Set(s) = r!(set) {
                            tri!(self.set_update(s, r!(src)));
                        }
                    }
                    Instr::ListToTuple { dst, src } => {
                        let v = match r!(src) {
                            Value::List(l) => l.items.borrow().clone(),
                            other => tri!(self.collect(other)),
                        };
                        w!(dst, Value::tuple(v));
                    }
                    Instr::GetItem { dst, obj, key } => {
                        let (o, k) = (r!(obj), r!(key));
                        fb!(feedback::a(o.tag()) | feedback::b(k.tag()));
                        if let (Value::List(l), Value::Int(i)) = (o, k) {
                            let items = l.items.borrow();
                            if let Some(j) = seq::norm_index(*i, items.len()) {
                                let v = items[j].clone();
                                drop(items);
                                fb!(feedback::result(v.tag()));
                                w!(dst, v);
                                continue 'dispatch;
                            }
                        }
                        let v = tri!(self.getitem(o, k));
                        fb!(feedback::result(v.tag()));
                        w!(dst, v);
                    }
                    Instr::SetItem { obj, key, src } => {
                        let (o, k) = (r!(obj), r!(key));
                        fb!(feedback::a(o.tag()) | feedback::b(k.tag()));
                        tri!(self.setitem(o, k, r!(src).clone()));
                    }
                    Instr::DelItem { obj, key } => tri!(self.delitem(r!(obj), r!(key))),
                    Instr::UnpackSeq { dst, count, src } => {
                        // SAFETY: verified registers of this frame's window.
                        tri!(unsafe {
                            self.unpack_seq(regs, dst.0 as usize, count.0 as usize, src.0 as usize)
                        })
                    }
                    Instr::UnpackEx {
                        dst,
                        before,
                        after,
                        src,
                    } => {
                        let items =
                            tri!(self.unpack(r!(src), before.0 as usize, Some(after.0 as usize)));
                        for (i, v) in items.into_iter().enumerate() {
                            w!(crate::bytecode::Reg(dst.0 + i as u16), v);
                        }
                    }
                    Instr::LoadAttr { dst, obj, name } => {
                        // SAFETY: one attribute cache per instruction; pc - 1 is this one.
                        let cache = unsafe { code.attr_cache.get_unchecked(pc - 1) };
                        let v = match &code.names[name.0 as usize] {
                            Value::Str(n) => tri!(self.load_attr_cached(cache, r!(obj), n)),
                            _ => tri!(self.getattr(r!(obj), code.name(name.0 as usize))),
                        };
                        w!(dst, v);
                    }
                    Instr::StoreAttr { obj, name, src } => {
                        // SAFETY: one attribute cache per instruction; pc - 1 is this one.
                        let cache = unsafe { code.attr_cache.get_unchecked(pc - 1) };
                        match &code.names[name.0 as usize] {
                            Value::Str(n) => {
                                tri!(self.store_attr_cached(cache, r!(obj), n, r!(src).clone()))
                            }
                            _ => {
                                tri!(self.setattr(
                                    r!(obj),
                                    code.name(name.0 as usize),
                                    r!(src).clone()
                                ))
                            }
                        }
                    }
                    Instr::DeleteAttr { obj, name } => {
                        tri!(self.delattr(r!(obj), code.name(name.0 as usize)))
                    }
                    Instr::Raise { exc } => {
                        let e = tri!(self.make_raise(r!(exc), None));
                        self.set_context(&e);
                        break 'op (e, false);
                    }
                    Instr::RaiseFrom { exc, cause } => {
                        let e = tri!(self.make_raise(r!(exc), Some(r!(cause))));
                        self.set_context(&e);
                        break 'op (e, false);
                    }
                    Instr::Reraise { exc } => {
                        let e = match r!(exc) {
                            Value::Exception(e) => PyErr { exc: e.clone() },
                            _ => PyErr::new(ExcKind::SystemError, "re-raise of a non-exception"),
                        };
                        break 'op (e, true);
                    }
                    Instr::RaiseCurrent {} => match &self.handled {
                        Value::Exception(e) => break 'op (PyErr { exc: e.clone() }, true),
                        _ => {
                            break 'op (
                                PyErr::new(ExcKind::RuntimeError, "No active exception to reraise"),
                                false,
                            );
                        }
                    },
                    Instr::ExcMatch { dst, exc, ty } => {
                        let m = tri!(super::exc::exception_matches(r!(exc), r!(ty)));
                        w!(dst, Value::Bool(m));
                    }
                    Instr::PushExc { save, exc } => {
                        let old = std::mem::replace(&mut self.handled, r!(exc).clone());
                        w!(save, old);
                    }
                    Instr::PopExc { save } => {
                        let v = r!(save).clone();
                        self.handled = if v.is_unbound() { Value::None } else { v };
                    }
                    Instr::LoadAssertionError { dst } => {
                        w!(
                            dst,
                            Value::Type(crate::runtime::types::exc_type(ExcKind::AssertionError))
                        )
                    }
                    Instr::Format { dst, src, conv } => {
                        let v = tri!(self.format_field(r!(src), conv.0, None));
                        w!(dst, v);
                    }
                    Instr::FormatSpec {
                        dst,
                        src,
                        conv,
                        spec,
                    } => {
                        let v = tri!(self.format_field(r!(src), conv.0, Some(r!(spec))));
                        w!(dst, v);
                    }
                    Instr::BuildString { dst, start, count } => {
                        let parts = slice!(start, count.0);
                        let mut s = String::new();
                        for p in parts {
                            if let Value::Str(x) = p {
                                s.push_str(x.as_str());
                            }
                        }
                        w!(dst, Value::string(s));
                    }
                    Instr::ImportName {
                        dst,
                        name,
                        fromlist,
                        level,
                    } => {
                        // SAFETY: constant indices are verified.
                        let fl = unsafe { code.consts.get_unchecked(fromlist.0 as usize) }.clone();
                        let v = tri!(self.import_name(
                            code.name(name.0 as usize),
                            &fl,
                            level.0,
                            &frame.globals
                        ));
                        w!(dst, v);
                    }
                    Instr::ImportFrom { dst, module, name } => {
                        let v = tri!(self.import_from(r!(module), code.name(name.0 as usize)));
                        w!(dst, v);
                    }
                    Instr::PrintExpr { src } => tri!(self.display_hook(r!(src))),
                    Instr::Yield { dst: _, src } => {
                        // Suspend: the resumer keeps the frame (vm::generator).
                        self.gen_suspend = Some(pc as u32);
                        return Ok(r!(src).clone());
                    }
                    Instr::YieldFrom { dst, iter } => {
                        let sub = r!(iter).clone();
                        match tri!(self.yield_from_step(&sub)) {
                            super::generator::GenResult::Yielded(v) => {
                                self.gen_suspend = Some((pc - 1) as u32);
                                return Ok(v);
                            }
                            super::generator::GenResult::Returned(v) => w!(dst, v),
                        }
                    }
                    Instr::GetAwaitable { dst, src } => {
                        let v = tri!(self.get_awaitable(r!(src)));
                        w!(dst, v);
                    }
                    Instr::GetAIter { dst, src } => {
                        let v = tri!(self.get_aiter(r!(src)));
                        w!(dst, v);
                    }
                    Instr::GetANext { dst, iter } => {
                        let v = tri!(self.get_anext(r!(iter)));
                        w!(dst, v);
                    }
                    Instr::EndAsyncFor { exc } => {
                        if !Vm::end_async_for(r!(exc)) {
                            let e = match r!(exc) {
                                Value::Exception(e) => PyErr { exc: e.clone() },
                                _ => {
                                    PyErr::new(ExcKind::SystemError, "re-raise of a non-exception")
                                }
                            };
                            break 'op (e, true);
                        }
                    }
                    Instr::BeforeAsyncWith { dst, mgr } => {
                        let (exit, entered) = tri!(self.before_async_with(r!(mgr)));
                        w!(dst, exit);
                        w!(crate::bytecode::Reg(dst.0 + 1), entered);
                    }
                    Instr::GetAwaitableWith { dst, src, which } => {
                        let v = tri!(self.get_awaitable_with(r!(src), which.0));
                        w!(dst, v);
                    }
                    Instr::ImportStar { module } => {
                        tri!(self.import_star(r!(module), &frame.globals))
                    }
                    Instr::BeforeWith { dst, mgr } => {
                        let (exit, entered) = tri!(self.before_with(r!(mgr)));
                        w!(dst, exit);
                        w!(crate::bytecode::Reg(dst.0 + 1), entered);
                    }
                    Instr::WithExcept { dst, exit, exc } => {
                        let v = tri!(self.with_except(r!(exit), r!(exc)));
                        w!(dst, v);
                    }
                    Instr::ExcStarMatch { dst, exc, ty } => {
                        let (m, rest) = tri!(self.exc_star_match(
                            r!(exc),
                            r!(ty),
                            code_ref,
                            &frame.globals,
                            pc - 1
                        ));
                        w!(dst, m);
                        w!(crate::bytecode::Reg(dst.0 + 1), rest);
                    }
                    Instr::PrepReraiseStar {
                        dst,
                        orig,
                        raised,
                        rest,
                    } => {
                        let v = tri!(self.prep_reraise_star(r!(orig), r!(raised), r!(rest)));
                        w!(dst, v);
                    }
                    Instr::MatchSequence { dst, src } => {
                        w!(dst, Value::Bool(Vm::match_sequence(r!(src))))
                    }
                    Instr::MatchMapping { dst, src } => {
                        w!(dst, Value::Bool(Vm::match_mapping(r!(src))))
                    }
                    Instr::GetLen { dst, src } => {
                        let n = tri!(self.len(r!(src)));
                        w!(dst, Value::Int(n as i64));
                    }
                    Instr::MatchKeys { dst, subj, keys } => {
                        let v = tri!(self.match_keys(r!(subj), r!(keys)));
                        w!(dst, v);
                    }
                    Instr::CopyDictWithoutKeys { dst, subj, keys } => {
                        let v = tri!(self.copy_dict_without_keys(r!(subj), r!(keys)));
                        w!(dst, v);
                    }
                    Instr::MatchClass {
                        dst,
                        subj,
                        cls,
                        npos,
                        kwnames,
                    } => {
                        // SAFETY: constant indices are verified (a tuple of str).
                        let names = match unsafe { code.consts.get_unchecked(kwnames.0 as usize) } {
                            Value::Tuple(t) => t.items.to_vec(),
                            _ => Vec::new(),
                        };
                        let v = tri!(self.match_class(r!(subj), r!(cls), npos.0 as usize, &names));
                        w!(dst, v);
                    }
                }
                continue 'dispatch;
            };
            if SINGLE {
                return Err(err);
            }
            pending = Some((err, pc - 1, reraise));
        }
    }

    /// Counts a taken loop back-edge to `target`; enters compiled code there
    /// (on-stack replacement) when there is some.
    #[inline]
    fn backedge(
        &mut self,
        frame: &mut Frame,
        code: &PyRef<PyCode>,
        target: usize,
        threshold: u32,
    ) -> Option<JitOutcome> {
        if code.jit.entry.get() == 0 {
            let n = code.backedges.get().saturating_add(1);
            code.backedges.set(n);
            if n < threshold || code.jit.disabled.get() {
                return None;
            }
            self.tier_up(code);
            if code.jit.entry.get() == 0 {
                return None;
            }
        }
        Some(self.enter_jit(frame, code, target))
    }

    /// All values of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(r) = iter::collect_builtin(v) {
            return r;
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Sequence unpacking: exactly `before` values, or with `after` a starred
    /// list between `before` and `after` values.
    /// `UnpackSeq` (both tiers): the `count` items of register `src` into
    /// registers `dst..dst + count`. A tuple of the right length is copied
    /// straight into the registers.
    ///
    /// # Safety
    /// `src` and `dst..dst + count` are registers of the live window `regs`.
    pub(crate) unsafe fn unpack_seq(
        &mut self,
        regs: *mut Value,
        dst: usize,
        count: usize,
        src: usize,
    ) -> PyResult<()> {
        // SAFETY: guaranteed by the caller.
        let v = unsafe { &*regs.add(src) };
        if let Value::Tuple(t) = v
            && t.items.len() == count
        {
            // Writing the targets may release the tuple when `src` is one of
            // them: hold it for the copy then.
            let t = if (dst..dst + count).contains(&src) {
                std::borrow::Cow::Owned(t.clone())
            } else {
                std::borrow::Cow::Borrowed(t)
            };
            for (i, x) in t.items.iter().enumerate() {
                // SAFETY: guaranteed by the caller.
                crate::runtime::value::set(unsafe { &mut *regs.add(dst + i) }, x.clone());
            }
            return Ok(());
        }
        let items = self.unpack(v, count, None)?;
        for (i, x) in items.into_iter().enumerate() {
            // SAFETY: guaranteed by the caller.
            crate::runtime::value::set(unsafe { &mut *regs.add(dst + i) }, x);
        }
        Ok(())
    }

    fn unpack(&mut self, v: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            Value::Iter(_) | Value::Object(_) => {
                // Instances (of classes with `__iter__`, or of subclasses of
                // built-in iterables) go through the iteration protocol; an
                // exact unpack stops after one value too many, as CPython's.
                let it = match self.get_iter(v) {
                    Ok(it) => it,
                    Err(e)
                        if e.matches(ExcKind::TypeError)
                            && super::protocol::special(v, "__iter__").is_none()
                            && super::protocol::special(v, "__getitem__").is_none() =>
                    {
                        return Err(type_error(format!(
                            "cannot unpack non-iterable {} object",
                            crate::runtime::types::type_name(v)
                        )));
                    }
                    Err(e) => return Err(e),
                };
                let mut items = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    items.push(x);
                    if after.is_none() && items.len() > before {
                        break;
                    }
                }
                items
            }
            _ => match iter::collect_builtin(v) {
                Some(r) => r?,
                None => {
                    let it = self.get_iter(v).map_err(|e| {
                        if e.matches(ExcKind::TypeError) {
                            type_error(format!(
                                "cannot unpack non-iterable {} object",
                                crate::runtime::types::type_name(v)
                            ))
                        } else {
                            e
                        }
                    })?;
                    let mut out = Vec::new();
                    while let Some(x) = self.iter_next(&it)? {
                        out.push(x);
                    }
                    out
                }
            },
        };
        match after {
            None => {
                if items.len() < before {
                    return Err(crate::runtime::types::value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )));
                }
                if items.len() > before {
                    return Err(crate::runtime::types::value_error(format!(
                        "too many values to unpack (expected {before})"
                    )));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(crate::runtime::types::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut out = Vec::with_capacity(before + after + 1);
                let mid_end = items.len() - after;
                out.extend(items[..before].iter().cloned());
                out.push(Value::list(items[before..mid_end].to_vec()));
                out.extend(items[mid_end..].iter().cloned());
                Ok(out)
            }
        }
    }

    /// A module-level name: the frame's separate locals first (code run by
    /// `exec`/`eval` with a locals mapping), then globals and builtins.
    #[inline]
    pub(crate) fn load_name(
        &mut self,
        frame: &Frame,
        code: &PyCode,
        pc: usize,
        name: usize,
    ) -> PyResult<Value> {
        if !self.ns_objects.is_empty()
            && let Some(l) = &*frame.locals
            && let Some(obj) = self.ns_object(l)
        {
            match self.getitem(&obj, &code.names[name]) {
                Ok(v) => return Ok(v),
                Err(e) if e.matches(ExcKind::KeyError) => {}
                Err(e) => return Err(e),
            }
        }
        if let Some(l) = &*frame.locals
            && let Some(v) = l.table.borrow().get(&code.names[name])?
        {
            return Ok(v);
        }
        self.load_global(code, pc, &frame.globals, name)
    }

    /// `globals[name]`, then builtins, through the instruction's inline cache
    /// (see `GlobalCache`; compiled code checks the same cache inline).
    pub(crate) fn load_global(
        &mut self,
        code: &PyCode,
        pc: usize,
        globals: &PyRef<crate::runtime::object::PyDict>,
        name: usize,
    ) -> PyResult<Value> {
        let cache = &code.global_cache[pc];
        let g = globals.table.borrow();
        if cache.dict.get() == PyRef::as_ptr(globals) as usize && cache.version.get() == g.version()
        {
            let bptr = cache.builtins_version_ptr.get();
            if bptr == 0 || self.builtins.table.borrow().version() == cache.builtins_version.get() {
                // SAFETY: single-threaded; the cell is only written by this
                // function, which holds no other reference into it, and the
                // versions match, so the dict still holds the value.
                return Ok(Value::clone(unsafe { &*cache.value.get() }));
            }
        }
        let key = &code.names[name];
        let (value, builtins_version_ptr, builtins_version) = if let Some(i) = g.position(key)? {
            (g.value_at(i).cloned().unwrap_or(Value::None), 0usize, 0u64)
        } else {
            let b = self.builtins.table.borrow();
            match b.position(key)? {
                Some(i) => (
                    b.value_at(i).cloned().unwrap_or(Value::None),
                    b.version_ptr() as usize,
                    b.version(),
                ),
                None => {
                    return Err(PyErr::new(
                        ExcKind::NameError,
                        format!("name '{}' is not defined", code.name(name)),
                    ));
                }
            }
        };
        cache.dict.set(PyRef::as_ptr(globals) as usize);
        cache.version_ptr.set(g.version_ptr() as usize);
        cache.version.set(g.version());
        cache.builtins_version_ptr.set(builtins_version_ptr);
        cache.builtins_version.set(builtins_version);
        // SAFETY: as above. The copy is uncounted (a bitwise duplicate that is
        // never dropped): it is read only while the versions prove the dict
        // still owns the value.
        unsafe { *cache.value.get() = std::mem::ManuallyDrop::new(std::ptr::read(&value)) };
        Ok(value)
    }
}

fn unbound_local(code: &PyCode, reg: usize) -> PyErr {
    let name = code.code.varnames.get(reg).map_or("?", |s| &**s);
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

fn unbound_deref(code: &PyCode, reg: usize) -> PyErr {
    let name = code.code.cell_name(reg).unwrap_or("?");
    if code.code.is_free_reg(reg) {
        PyErr::new(
            ExcKind::NameError,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    } else {
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

/// `BuildTuple` (both tiers): a tuple of registers `start..start + count`,
/// moved out of them (they are operand temporaries).
///
/// # Safety
/// `start..start + count` are registers of the live window `regs`.
pub(crate) unsafe fn build_tuple(regs: *mut Value, start: usize, count: usize) -> Value {
    // SAFETY: guaranteed by the caller.
    Value::tuple(unsafe { super::finalize::take_regs(regs, start, count) })
}
