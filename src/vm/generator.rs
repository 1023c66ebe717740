//! Generators and coroutines: heap frames that suspend and resume.
//!
//! Calling a function whose code has the `GENERATOR` (or `COROUTINE`) flag
//! binds the arguments into a register file on the heap, owned by the new
//! generator object, and runs nothing. Each resumption (`next`, `send`,
//! `throw`) links a `Frame` over that register file (the file itself never
//! moves) and runs from the saved pc, in compiled code when the body has been
//! compiled (see docs/jit.md) and in the interpreter otherwise. `Yield`
//! stores the pc to resume at in `Vm::gen_suspend` and returns its value; the
//! resumer sees the flag and keeps the register file. `YieldFrom` passes what
//! the generator was resumed with (`Vm::gen_input`) on to its sub-iterator
//! and suspends at itself while the sub-iterator yields.

use super::{Frame, Vm};
use crate::bytecode::opcodes::Instr;
use crate::runtime::instance::{GenState, Payload, PyInstance, Waiting};
use crate::runtime::object::{NativeFn, PyFunction, PyStr, PyType};
use crate::runtime::types::{
    ExcKind, PyErr, PyResult, attribute_error, exc_type, new_exception, type_error, type_name,
    with_types,
};
use crate::runtime::{PyCode, PyRef, Value};
use std::cell::RefCell;

/// What a generator is resumed with.
pub enum GenInput {
    Send(Value),
    Throw(PyErr),
}

/// How a resumption ended (an exception is the `Err` of the result).
pub enum GenResult {
    Yielded(Value),
    Returned(Value),
}

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// The generator state of `v`, if it is a generator or coroutine.
pub(crate) fn as_generator(v: &Value) -> Option<&PyRef<PyInstance>> {
    match v {
        Value::Object(o) if matches!(o.payload, Payload::Generator(_)) => Some(o),
        _ => None,
    }
}

fn kind_word(o: &PyInstance) -> &'static str {
    if let Payload::Generator(g) = &o.payload
        && let Ok(g) = g.try_borrow()
    {
        let f = g.code.code.flags;
        if f & crate::bytecode::code::flags::COROUTINE != 0 {
            return "coroutine";
        }
        if f & crate::bytecode::code::flags::ASYNC_GENERATOR != 0 {
            return "async generator";
        }
    }
    "generator"
}

/// `ValueError: generator already executing` (or coroutine, async generator).
#[cold]
fn already_executing(g: &PyInstance) -> PyErr {
    PyErr::new(
        ExcKind::ValueError,
        format!("{} already executing", kind_word(g)),
    )
}

impl Vm {
    /// A new generator (or coroutine) for `func`'s code with the bound
    /// register file `regs`.
    pub(crate) fn make_generator(
        &mut self,
        func: &PyRef<PyFunction>,
        code: PyRef<PyCode>,
        regs: Box<[Value]>,
    ) -> Value {
        let flags = code.code.flags;
        let ty = with_types(|t| {
            if flags & crate::bytecode::code::flags::COROUTINE != 0 {
                t.coroutine.clone()
            } else if flags & crate::bytecode::code::flags::ASYNC_GENERATOR != 0 {
                t.async_generator.clone()
            } else {
                t.generator.clone()
            }
        });
        let state = GenState {
            regs,
            code,
            globals: func.globals.clone(),
            pc: 0,
            waiting: Waiting::Start,
            running: false,
            handled: Value::None,
            name: PyRef::new(PyStr::new(&func.name.borrow())),
            qualname: PyRef::new(PyStr::new(&func.qualname.borrow())),
            ag_closed: false,
            ag_running_async: false,
        };
        Value::Object(PyRef::new_typed(
            PyInstance::record(Payload::Generator(RefCell::new(state))),
            ty,
        ))
    }

    /// Resumes generator `g` with `input`.
    pub(crate) fn gen_resume(
        &mut self,
        g: &PyRef<PyInstance>,
        input: GenInput,
    ) -> PyResult<GenResult> {
        let Payload::Generator(cell) = &g.payload else {
            return Err(type_error("not a generator"));
        };
        let Ok(mut s) = cell.try_borrow_mut() else {
            return Err(already_executing(g));
        };
        if s.running {
            drop(s);
            return Err(already_executing(g));
        }
        let mut pending = None;
        let start = match (s.waiting, input) {
            (Waiting::Yield { dst }, GenInput::Send(v)) => {
                if let Some(slot) = s.regs.get_mut(dst as usize) {
                    crate::runtime::value::set(slot, v);
                }
                s.pc as usize
            }
            (Waiting::Yield { .. }, GenInput::Throw(e)) => {
                let at = (s.pc as usize).saturating_sub(1);
                pending = Some((e, at, false));
                at
            }
            (Waiting::YieldFrom, input) => {
                self.gen_input = Some(input);
                s.pc as usize
            }
            (Waiting::Start, GenInput::Send(v)) => {
                if !v.is_none() {
                    drop(s);
                    return Err(type_error(format!(
                        "can't send non-None value to a just-started {}",
                        kind_word(g)
                    )));
                }
                0
            }
            (Waiting::Finished, GenInput::Send(_)) => {
                drop(s);
                if kind_word(g) == "coroutine" {
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                return Ok(GenResult::Returned(Value::None));
            }
            (Waiting::Start | Waiting::Finished, GenInput::Throw(e)) => {
                // Never started (or already done): the exception is raised
                // without running the body, and the generator is finished.
                s.waiting = Waiting::Finished;
                let regs = std::mem::take(&mut s.regs);
                drop(s);
                drop(regs);
                return Err(e);
            }
        };
        s.running = true;
        // The register file moves out for the run (its heap block stays where
        // it is); the generator's handled exception becomes the VM's.
        let mut regs = std::mem::take(&mut s.regs);
        let saved_handled = std::mem::replace(&mut self.handled, std::mem::take(&mut s.handled));
        let mut frame = Frame {
            regs: regs.as_mut_ptr(),
            ret: Value::Unbound,
            code: s.code.clone(),
            globals: s.globals.clone(),
            base: 0,
            locals: std::mem::ManuallyDrop::new(None),
            back: self.current_frame,
        };
        drop(s);
        // The resumer's handled exception, seen by the body while it handles
        // none of its own (moved there for the run, taken back after).
        self.outer_handled.push(saved_handled);
        let r = if self.depth >= self.recursion_limit {
            Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ))
        } else {
            self.current_frame = &frame;
            self.depth += 1;
            let code: *const PyRef<PyCode> = &frame.code;
            // SAFETY: `frame.code` is not reassigned while the frame runs;
            // the reference only spares a count on the code object.
            let r = self.run_gen_body(&mut frame, unsafe { &*code }, start, pending);
            self.depth -= 1;
            self.current_frame = frame.back;
            r
        };
        let saved_handled = self.outer_handled.pop().unwrap_or(Value::None);
        self.gen_input = None;
        let suspended = self.gen_suspend.take();
        let inner_handled = std::mem::replace(&mut self.handled, saved_handled);
        let mut s = cell.borrow_mut();
        s.running = false;
        match (r, suspended) {
            (Ok(v), Some(at)) => {
                let instrs = &frame.code.code.instrs;
                s.pc = at;
                s.waiting = match instrs.get(at as usize) {
                    Some(Instr::YieldFrom { .. }) => Waiting::YieldFrom,
                    _ => match at.checked_sub(1).and_then(|p| instrs.get(p as usize)) {
                        Some(Instr::Yield { dst, .. }) => Waiting::Yield { dst: dst.0 },
                        _ => Waiting::Finished,
                    },
                };
                s.regs = regs;
                s.handled = inner_handled;
                Ok(GenResult::Yielded(v))
            }
            (r, _) => {
                s.waiting = Waiting::Finished;
                drop(s);
                drop(inner_handled);
                drop(regs);
                match r {
                    Ok(v) => Ok(GenResult::Returned(v)),
                    Err(e) => Err(self.escaped_from_body(g, e)),
                }
            }
        }
    }

    /// An exception leaving a generator's body: PEP 479 turns a
    /// StopIteration (StopAsyncIteration in an async generator) into a
    /// RuntimeError.
    #[cold]
    fn escaped_from_body(&mut self, g: &PyRef<PyInstance>, e: PyErr) -> PyErr {
        let word = kind_word(g);
        let what = if e.matches(ExcKind::StopIteration) {
            format!("{word} raised StopIteration")
        } else if word == "async generator" && e.matches(ExcKind::StopAsyncIteration) {
            "async generator raised StopAsyncIteration".to_string()
        } else {
            return e;
        };
        let re = PyErr::new(ExcKind::RuntimeError, what);
        *re.exc.cause.borrow_mut() = e.value();
        *re.exc.context.borrow_mut() = e.value();
        re.exc.suppress_context.set(true);
        re
    }

    /// The `YieldFrom` instruction (both tiers): one step of delegation to
    /// `sub` with what the generator was resumed with (`send(None)` when it
    /// arrived at the instruction by normal flow).
    pub(crate) fn yield_from_step(&mut self, sub: &Value) -> PyResult<GenResult> {
        let input = self.gen_input.take().unwrap_or(GenInput::Send(Value::None));
        self.delegate(sub, input)
    }

    /// One step of `yield from sub` / `await sub` with what the outer
    /// generator was resumed with.
    pub(crate) fn delegate(&mut self, sub: &Value, input: GenInput) -> PyResult<GenResult> {
        if let Some(g) = wrapped_coroutine(sub) {
            let g = Value::Object(g.clone());
            return self.delegate(&g, input);
        }
        if let Some(op) = super::asyncgen::as_agop(sub) {
            let op = op.clone();
            return self.agop_delegate(&op, input);
        }
        if let Some(g) = as_generator(sub) {
            if let GenInput::Throw(e) = &input
                && e.matches(ExcKind::GeneratorExit)
            {
                // close() reaches the sub-generator, and the delegating one
                // exits with GeneratorExit whatever the sub-generator did.
                self.gen_close(g)?;
                let GenInput::Throw(e) = input else {
                    return Err(type_error("unreachable"));
                };
                return Err(e);
            }
            return self.gen_resume(g, input);
        }
        match input {
            GenInput::Send(v)
                if v.is_none() && matches!(sub, Value::Iter(_) | Value::RangeIter(_)) =>
            {
                // A built-in iterator ends without a value: no StopIteration.
                Ok(match self.iter_next(sub)? {
                    Some(v) => GenResult::Yielded(v),
                    None => GenResult::Returned(Value::None),
                })
            }
            GenInput::Send(v) => {
                let r = if v.is_none() {
                    self.call_next(sub)
                } else {
                    let send = self.getattr(sub, "send")?;
                    self.call_value(&send, &[v], &[])
                };
                stop_to_return(r)
            }
            GenInput::Throw(e) => {
                if e.matches(ExcKind::GeneratorExit) {
                    if let Ok(close) = self.getattr(sub, "close") {
                        self.call_value(&close, &[], &[])?;
                    }
                    return Err(e);
                }
                match self.getattr(sub, "throw") {
                    Ok(throw) => {
                        // The arguments of the `throw()` call this exception
                        // came from, if it is the one being delivered.
                        let raw = match self.throw_args.take() {
                            Some((x, raw)) if PyRef::ptr_eq(&x, &e.exc) => raw,
                            _ => vec![e.value()],
                        };
                        let r = self.call_value(&throw, &raw, &[]);
                        stop_to_return(r)
                    }
                    Err(_) => Err(e),
                }
            }
        }
    }

    /// `type(it).__next__(it)` with StopIteration passed through as an error.
    pub(crate) fn call_next(&mut self, it: &Value) -> PyResult<Value> {
        match it {
            Value::Object(o) => {
                if let Payload::Generator(_) = o.payload
                    && kind_word(o) == "generator"
                {
                    let r = self.gen_resume(o, GenInput::Send(Value::None))?;
                    return finish(r);
                }
                if let Payload::CoroWrapper(g) = &o.payload {
                    let g = g.clone();
                    let r = self.gen_resume(&g, GenInput::Send(Value::None))?;
                    return finish(r);
                }
                if let Payload::AsyncGenOp(_) = o.payload {
                    return self.agop_send(o, Value::None);
                }
                let Some(next) = super::protocol::special(it, "__next__") else {
                    return Err(type_error(format!(
                        "'{}' object is not an iterator",
                        type_name(it)
                    )));
                };
                self.call_special(&next, it, &[])
            }
            _ => match self.iter_next(it)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
            },
        }
    }

    /// `await v`: the iterator to delegate to.
    pub(crate) fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(g) = as_generator(v)
            && kind_word(g) == "coroutine"
        {
            if let Payload::Generator(s) = &g.payload
                && s.try_borrow()
                    .is_ok_and(|s| s.waiting == Waiting::YieldFrom)
            {
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "coroutine is being awaited already",
                ));
            }
            return Ok(v.clone());
        }
        // A generator from a `types.coroutine` function is its own iterator.
        if let Some(g) = as_generator(v)
            && let Payload::Generator(s) = &g.payload
            && s.try_borrow().is_ok_and(|s| {
                s.code.code.flags & crate::bytecode::code::flags::ITERABLE_COROUTINE != 0
            })
        {
            return Ok(v.clone());
        }
        if super::asyncgen::as_agop(v).is_some() {
            return Ok(v.clone());
        }
        if let Some(f) = super::protocol::special(v, "__await__") {
            let it = self.call_special(&f, v, &[])?;
            if as_generator(&it).is_some_and(|g| kind_word(g) == "coroutine") {
                return Err(type_error("__await__() returned a coroutine"));
            }
            let ok = match &it {
                Value::Object(_) => {
                    as_generator(&it).is_some()
                        || wrapped_coroutine(&it).is_some()
                        || super::asyncgen::as_agop(&it).is_some()
                        || super::protocol::special(&it, "__next__").is_some()
                }
                Value::Iter(_) | Value::RangeIter(_) => true,
                _ => false,
            };
            if !ok {
                return Err(type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    type_name(&it)
                )));
            }
            return Ok(it);
        }
        Err(type_error(format!(
            "object {} can't be used in 'await' expression",
            type_name(v)
        )))
    }

    /// The exception being handled, as `sys.exc_info()` reports it: the
    /// innermost one set, looking through the generators being run to
    /// their resumers.
    pub(crate) fn topmost_handled(&self) -> Value {
        if !self.handled.is_none() {
            return self.handled.clone();
        }
        self.outer_handled
            .iter()
            .rev()
            .find(|v| !v.is_none())
            .cloned()
            .unwrap_or(Value::None)
    }

    /// `gen.close()`.
    pub(crate) fn gen_close(&mut self, g: &PyRef<PyInstance>) -> PyResult<()> {
        let exit = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
        match self.gen_resume(g, GenInput::Throw(exit)) {
            Ok(GenResult::Yielded(_)) => Err(PyErr::new(
                ExcKind::RuntimeError,
                format!("{} ignored GeneratorExit", kind_word(g)),
            )),
            Ok(GenResult::Returned(_)) => Ok(()),
            Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// A StopIteration from a sub-iterator is its return value.
pub(crate) fn stop_to_return(r: PyResult<Value>) -> PyResult<GenResult> {
    match r {
        Ok(v) => Ok(GenResult::Yielded(v)),
        Err(e) if e.matches(ExcKind::StopIteration) => {
            let v = e.exc.args.borrow().first().cloned().unwrap_or(Value::None);
            Ok(GenResult::Returned(v))
        }
        Err(e) => Err(e),
    }
}

/// StopIteration carrying a generator's return value.
pub(crate) fn stop_iteration(v: Value) -> PyErr {
    let args = if v.is_none() { vec![] } else { vec![v] };
    PyErr {
        exc: new_exception(exc_type(ExcKind::StopIteration), args),
    }
}

/// The receiver of a method of `owner` ("generator" or "coroutine"; the two
/// types share these natives).
fn gen_arg<'a>(args: &'a [Value], what: &str, owner: &str) -> PyResult<&'a PyRef<PyInstance>> {
    match args.first().and_then(as_generator) {
        Some(g) => Ok(g),
        None => Err(super::methods::wrong_receiver(what, owner, args.first())),
    }
}

fn finish(r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yielded(v) => Ok(v),
        GenResult::Returned(v) => Err(stop_iteration(v)),
    }
}

fn g_next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = gen_arg(args, "__next__", "generator")?.clone();
    let r = vm.gen_resume(&g, GenInput::Send(Value::None))?;
    finish(r)
}

/// The exception `throw(typ[, val[, tb]])` raises.
pub(crate) fn thrown(vm: &mut Vm, args: &[Value]) -> PyResult<PyErr> {
    match args {
        [Value::Exception(e)]
        | [Value::Exception(e), Value::None]
        | [Value::Exception(e), Value::None, _] => Ok(PyErr { exc: e.clone() }),
        [Value::Type(t), rest @ ..] if t.is_exception() => {
            let inst = match rest.first() {
                Some(Value::Exception(e)) => return Ok(PyErr { exc: e.clone() }),
                Some(Value::None) | None => vm.call_value(&Value::Type(t.clone()), &[], &[])?,
                Some(Value::Tuple(items)) => {
                    vm.call_value(&Value::Type(t.clone()), &items.items, &[])?
                }
                Some(v) => vm.call_value(&Value::Type(t.clone()), std::slice::from_ref(v), &[])?,
            };
            match inst {
                Value::Exception(e) => Ok(PyErr { exc: e }),
                other => Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    t.name(),
                    type_name(&other)
                ))),
            }
        }
        [Value::Exception(_), _, ..] => Err(type_error(
            "instance exception may not have a separate value",
        )),
        [other, ..] => Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_name(other)
        ))),
        [] => Err(type_error("throw expected at least 1 argument, got 0")),
    }
}

/// `send(v)`, `throw(...)` and `close()` of generators and coroutines, by
/// the name of the type whose method was called.
fn send_of(vm: &mut Vm, args: &[Value], owner: &str) -> PyResult<Value> {
    let g = gen_arg(args, "send", owner)?.clone();
    if args.len() != 2 {
        return Err(type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let r = vm.gen_resume(&g, GenInput::Send(args[1].clone()))?;
    finish(r)
}

fn throw_of(vm: &mut Vm, args: &[Value], owner: &str) -> PyResult<Value> {
    let g = gen_arg(args, "throw", owner)?.clone();
    let tb = args.get(3).filter(|tb| !tb.is_none());
    if tb.is_some_and(|tb| super::traceback::as_traceback(tb).is_none()) {
        return Err(type_error(
            "throw() third argument must be a traceback object",
        ));
    }
    let e = thrown(vm, &args[1..])?;
    if let Some(tb) = tb {
        super::traceback::set_traceback(&e.exc, tb.clone());
    }
    let outer = vm.throw_args.replace((e.exc.clone(), args[1..].to_vec()));
    let r = vm.gen_resume(&g, GenInput::Throw(e));
    vm.throw_args = outer;
    finish(r?)
}

fn close_of(vm: &mut Vm, args: &[Value], owner: &str) -> PyResult<Value> {
    let g = gen_arg(args, "close", owner)?.clone();
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn g_send(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    send_of(vm, args, "generator")
}

fn g_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    throw_of(vm, args, "generator")
}

fn g_close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    close_of(vm, args, "generator")
}

fn c_send(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    send_of(vm, args, "coroutine")
}

fn c_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    throw_of(vm, args, "coroutine")
}

fn c_close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    close_of(vm, args, "coroutine")
}

fn g_iter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// Methods of generator and coroutine objects.
const GEN_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", g_next),
    ("send", g_send),
    ("throw", g_throw),
    ("close", g_close),
    ("__iter__", g_iter),
];
const CORO_METHODS: &[(&str, NativeFn)] = &[
    ("send", c_send),
    ("throw", c_throw),
    ("close", c_close),
    ("__await__", coro_await),
];

/// `coroutine.__await__()`: a `coroutine_wrapper` iterator over it.
fn coro_await(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = gen_arg(args, "__await__", "coroutine")?.clone();
    let ty = with_types(|t| t.coroutine_wrapper.clone());
    Ok(Value::Object(PyRef::new_typed(
        PyInstance::record(Payload::CoroWrapper(g)),
        ty,
    )))
}

/// The coroutine a `coroutine_wrapper` drives.
pub(crate) fn wrapped_coroutine(v: &Value) -> Option<&PyRef<PyInstance>> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::CoroWrapper(g) => Some(g),
            _ => None,
        },
        _ => None,
    }
}

fn wrapper_arg<'a>(args: &'a [Value], what: &str) -> PyResult<&'a PyRef<PyInstance>> {
    match args.first().and_then(wrapped_coroutine) {
        Some(g) => Ok(g),
        None => Err(super::methods::wrong_receiver(
            what,
            "coroutine_wrapper",
            args.first(),
        )),
    }
}

fn w_next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = wrapper_arg(args, "__next__")?.clone();
    let r = vm.gen_resume(&g, GenInput::Send(Value::None))?;
    finish(r)
}

fn w_send(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = wrapper_arg(args, "send")?.clone();
    g_send(
        vm,
        &[
            Value::Object(g),
            args.get(1).cloned().unwrap_or(Value::None),
        ],
        &[],
    )
}

fn w_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = wrapper_arg(args, "throw")?.clone();
    let e = thrown(vm, &args[1..])?;
    let r = vm.gen_resume(&g, GenInput::Throw(e))?;
    finish(r)
}

fn w_close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = wrapper_arg(args, "close")?.clone();
    vm.gen_close(&g)?;
    Ok(Value::None)
}

const WRAPPER_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", w_next),
    ("send", w_send),
    ("throw", w_throw),
    ("close", w_close),
    ("__iter__", g_iter),
];

/// The method tables of the generator types.
pub(crate) fn type_tables(
    t: &crate::runtime::types::Types,
) -> Vec<(&PyRef<PyType>, super::methods::MethodTable)> {
    let mut v = vec![
        (&t.generator, GEN_METHODS),
        (&t.coroutine, CORO_METHODS),
        (&t.coroutine_wrapper, WRAPPER_METHODS),
    ];
    v.extend(super::asyncgen::type_tables(t));
    v
}

/// The field `name` names among the read-only attributes of generator `o`'s
/// type (`gi_*`, `cr_*` or `ag_*`, each type its own set), without its prefix.
pub(crate) fn gen_field(o: &PyInstance, name: &str) -> Option<&'static str> {
    let (prefix, fields): (&str, &[&'static str]) = match kind_word(o) {
        "coroutine" => (
            "cr_",
            &["await", "code", "frame", "origin", "running", "suspended"],
        ),
        "async generator" => ("ag_", &["await", "code", "frame", "running"]),
        _ => (
            "gi_",
            &["code", "frame", "running", "suspended", "yieldfrom"],
        ),
    };
    let field = name.strip_prefix(prefix)?;
    fields.iter().copied().find(|f| *f == field)
}

/// `gi_running`, `gi_code`, `__name__`, ... of a generator (not its frame,
/// see `traceback::generator_frame`).
pub(crate) fn gen_attr(o: &PyRef<PyInstance>, name: &str) -> Option<Value> {
    let Payload::Generator(g) = &o.payload else {
        return None;
    };
    let field = gen_field(o, name);
    let g = g.try_borrow().ok()?;
    Some(match (name, field) {
        ("__name__", _) => Value::Str(g.name.clone()),
        ("__qualname__", _) => Value::Str(g.qualname.clone()),
        // `ag_running` is true while an asend/athrow awaitable is part-way
        // through (CPython 3.11's `ag_running_async`).
        ("ag_running", _) => Value::Bool(g.ag_running_async),
        (_, Some("running")) => Value::Bool(g.running),
        (_, Some("code")) => Value::Code(g.code.clone()),
        // Origin tracking (`sys.set_coroutine_origin_tracking_depth`) is off.
        (_, Some("origin")) => Value::None,
        (_, Some("await" | "yieldfrom")) => match g.waiting {
            Waiting::YieldFrom => match g.code.code.instrs.get(g.pc as usize) {
                Some(crate::bytecode::opcodes::Instr::YieldFrom { iter, .. }) => {
                    g.regs.get(iter.0 as usize).cloned().unwrap_or(Value::None)
                }
                _ => Value::None,
            },
            _ => Value::None,
        },
        (_, Some("suspended")) => Value::Bool(matches!(
            g.waiting,
            Waiting::Yield { .. } | Waiting::YieldFrom
        )),
        _ => return None,
    })
}

/// Assigning (`v` Some) or deleting (`v` None) an attribute of a generator,
/// coroutine or async generator: only `__name__` and `__qualname__` are
/// writable, the other attributes its type defines are read-only; `None`
/// for names the type does not define (the generic protocol reports them).
pub(crate) fn gen_setattr(
    o: &PyRef<PyInstance>,
    name: &str,
    v: Option<&Value>,
) -> Option<PyResult<()>> {
    let Payload::Generator(cell) = &o.payload else {
        return None;
    };
    if let "__name__" | "__qualname__" = name {
        let Some(Value::Str(s)) = v else {
            return Some(Err(type_error(format!(
                "{name} must be set to a string object"
            ))));
        };
        let Ok(mut g) = cell.try_borrow_mut() else {
            return Some(Err(PyErr::new(
                ExcKind::ValueError,
                format!("{} already executing", kind_word(o)),
            )));
        };
        if name == "__name__" {
            g.name = s.clone();
        } else {
            g.qualname = s.clone();
        }
        return Some(Ok(()));
    }
    Some(match gen_field(o, name)? {
        // Member descriptors in CPython, the rest are getters.
        "code" | "origin" => Err(attribute_error("readonly attribute")),
        "running" if kind_word(o) == "async generator" => {
            Err(attribute_error("readonly attribute"))
        }
        _ => Err(attribute_error(format!(
            "attribute '{name}' of '{}' objects is not writable",
            PyRef::ty(o).name()
        ))),
    })
}
