//! Async generators and the asynchronous iteration and context manager
//! protocols (`async for`, `async with`), as CPython 3.11's
//! `Objects/genobject.c` and `ceval.c` define them.
//!
//! An async generator is a generator object (`Payload::Generator`) whose code
//! has the `ASYNC_GENERATOR` flag. Its frame suspends for two reasons: a
//! `yield` (the value is for the consumer: the awaitable driving it finishes
//! with StopIteration carrying it) and an `await` (the value passes through
//! to whoever drives the awaitable). CPython tells them apart by wrapping
//! yielded values; here the generator's own suspension point does: suspended
//! at a `Yield` instruction means a `yield`, at a `YieldFrom` an `await`
//! (`yield from` is not allowed in async generators).
//!
//! `__anext__()`/`asend(v)` return an `async_generator_asend` object and
//! `athrow(...)`/`aclose()` an `async_generator_athrow` object
//! (`Payload::AsyncGenOp`); each is an iterator that is awaited once.

use super::Vm;
use super::generator::{GenInput, GenResult, as_generator, stop_iteration, stop_to_return, thrown};
use super::protocol::special;
use crate::runtime::instance::{
    AsyncGenOp, AsyncGenOpKind, AwaitState, GenState, Payload, PyInstance, Waiting,
};
use crate::runtime::object::{NativeFn, PyStr, PyType};
use crate::runtime::types::{ExcKind, PyErr, PyResult, type_error, type_name, with_types};
use crate::runtime::{PyRef, Value};
use std::cell::RefCell;

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// The async generator `v`, if it is one.
pub(crate) fn as_async_gen(v: &Value) -> Option<&PyRef<PyInstance>> {
    as_generator(v).filter(|g| is_async_gen(g))
}

fn is_async_gen(g: &PyInstance) -> bool {
    match &g.payload {
        Payload::Generator(s) => s
            .try_borrow()
            .is_ok_and(|s| s.code.code.flags & crate::bytecode::code::flags::ASYNC_GENERATOR != 0),
        _ => false,
    }
}

/// The awaitable `v`, if it is an `asend`/`athrow` object.
pub(crate) fn as_agop(v: &Value) -> Option<&PyRef<PyInstance>> {
    match v {
        Value::Object(o) if matches!(o.payload, Payload::AsyncGenOp(_)) => Some(o),
        _ => None,
    }
}

fn state_of(g: &PyInstance) -> Option<&RefCell<GenState>> {
    match &g.payload {
        Payload::Generator(s) => Some(s),
        _ => None,
    }
}

/// Updates the async generator flags of `g` (never fails: a generator being
/// borrowed is running, and its flags are left alone then).
fn set_flags(g: &PyInstance, closed: Option<bool>, running_async: Option<bool>) {
    if let Some(cell) = state_of(g)
        && let Ok(mut s) = cell.try_borrow_mut()
    {
        if let Some(c) = closed {
            s.ag_closed = c;
        }
        if let Some(r) = running_async {
            s.ag_running_async = r;
        }
    }
}

fn flags_of(g: &PyInstance) -> (bool, bool, Waiting) {
    state_of(g)
        .and_then(|c| c.try_borrow().ok())
        .map_or((false, false, Waiting::Finished), |s| {
            (s.ag_closed, s.ag_running_async, s.waiting)
        })
}

/// True when `g` last suspended at a `yield` (not inside an `await`).
fn suspended_at_yield(g: &PyInstance) -> bool {
    matches!(flags_of(g).2, Waiting::Yield { .. })
}

fn runtime_error(msg: &str) -> PyErr {
    PyErr::new(ExcKind::RuntimeError, msg)
}

fn stop_async() -> PyErr {
    PyErr::with_args(ExcKind::StopAsyncIteration, vec![])
}

fn is_exit_or_stop_async(e: &PyErr) -> bool {
    e.matches(ExcKind::StopAsyncIteration) || e.matches(ExcKind::GeneratorExit)
}

/// True when the type of `v` (built-in or a class) has method `name`.
fn has_method(v: &Value, name: &'static str) -> bool {
    special(v, name).is_some()
        || matches!(v, Value::Object(o) if PyRef::ty(o).lookup(name).is_some())
}

/// A new awaitable object for operation `kind` on async generator `agen`.
fn new_op(agen: &PyRef<PyInstance>, kind: AsyncGenOpKind) -> Value {
    let ty = with_types(|t| match kind {
        AsyncGenOpKind::Send(_) => t.async_generator_asend.clone(),
        _ => t.async_generator_athrow.clone(),
    });
    let op = AsyncGenOp {
        agen: agen.clone(),
        kind,
        state: AwaitState::Init,
    };
    Value::Object(PyRef::new_typed(
        PyInstance::record(Payload::AsyncGenOp(RefCell::new(op))),
        ty,
    ))
}

/// What the awaitable's step needs to know about itself.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Send,
    Throw,
    Close,
}

fn op_parts(op: &PyInstance) -> PyResult<(&RefCell<AsyncGenOp>, PyRef<PyInstance>, Mode)> {
    let Payload::AsyncGenOp(cell) = &op.payload else {
        return Err(type_error("not an async generator awaitable"));
    };
    let o = cell
        .try_borrow()
        .map_err(|_| runtime_error("async generator awaitable already running"))?;
    let mode = match o.kind {
        AsyncGenOpKind::Send(_) => Mode::Send,
        AsyncGenOpKind::Throw(_) => Mode::Throw,
        AsyncGenOpKind::Close => Mode::Close,
    };
    Ok((cell, o.agen.clone(), mode))
}

fn set_state(cell: &RefCell<AsyncGenOp>, st: AwaitState) {
    if let Ok(mut o) = cell.try_borrow_mut() {
        o.state = st;
    }
}

fn get_state(cell: &RefCell<AsyncGenOp>) -> AwaitState {
    cell.try_borrow().map_or(AwaitState::Closed, |o| o.state)
}

impl Vm {
    /// What resuming async generator `g` produced, as its awaitables report
    /// it (`async_gen_unwrap_value`): a value yielded by an `await` inside
    /// passes through; a `yield` ends the awaitable with StopIteration(value);
    /// returning ends it with StopAsyncIteration.
    fn ag_unwrap(&mut self, g: &PyRef<PyInstance>, r: PyResult<GenResult>) -> PyResult<Value> {
        match r {
            Err(e) => {
                let closed = is_exit_or_stop_async(&e).then_some(true);
                set_flags(g, closed, Some(false));
                Err(e)
            }
            Ok(GenResult::Returned(_)) => {
                set_flags(g, Some(true), Some(false));
                Err(stop_async())
            }
            Ok(GenResult::Yielded(v)) => {
                if suspended_at_yield(g) {
                    set_flags(g, None, Some(false));
                    Err(stop_iteration(v))
                } else {
                    Ok(v)
                }
            }
        }
    }

    /// `send(arg)` on an asend/athrow awaitable: Ok is a value to suspend
    /// with, StopIteration its result.
    pub(crate) fn agop_send(&mut self, op: &PyRef<PyInstance>, arg: Value) -> PyResult<Value> {
        let (cell, agen, mode) = op_parts(op)?;
        let state = get_state(cell);
        if mode == Mode::Send {
            if state == AwaitState::Closed {
                return Err(runtime_error(
                    "cannot reuse already awaited __anext__()/asend()",
                ));
            }
            let mut arg = arg;
            if state == AwaitState::Init {
                if flags_of(&agen).1 {
                    return Err(runtime_error(
                        "anext(): asynchronous generator is already running",
                    ));
                }
                if arg.is_none()
                    && let Ok(o) = cell.try_borrow()
                    && let AsyncGenOpKind::Send(v) = &o.kind
                {
                    arg = v.clone();
                }
                set_state(cell, AwaitState::Iter);
            }
            set_flags(&agen, None, Some(true));
            let r = self.gen_resume(&agen, GenInput::Send(arg));
            let r = self.ag_unwrap(&agen, r);
            if r.is_err() {
                set_state(cell, AwaitState::Closed);
            }
            return r;
        }
        // athrow() / aclose().
        if state == AwaitState::Closed {
            return Err(runtime_error(
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        let (closed, running_async, waiting) = flags_of(&agen);
        if waiting == Waiting::Finished {
            set_state(cell, AwaitState::Closed);
            return Err(PyErr::with_args(ExcKind::StopIteration, vec![]));
        }
        let r = if state == AwaitState::Init {
            if running_async {
                set_state(cell, AwaitState::Closed);
                return Err(runtime_error(if mode == Mode::Close {
                    "aclose(): asynchronous generator is already running"
                } else {
                    "athrow(): asynchronous generator is already running"
                }));
            }
            if closed {
                set_state(cell, AwaitState::Closed);
                return Err(stop_async());
            }
            if !arg.is_none() {
                return Err(runtime_error(
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            set_state(cell, AwaitState::Iter);
            set_flags(&agen, None, Some(true));
            if mode == Mode::Close {
                set_flags(&agen, Some(true), None);
                let exit = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
                let r = self.gen_resume(&agen, GenInput::Throw(exit));
                return self.close_step(cell, &agen, r);
            }
            let args = match cell.try_borrow().as_deref() {
                Ok(AsyncGenOp {
                    kind: AsyncGenOpKind::Throw(a),
                    ..
                }) => a.clone(),
                _ => Vec::new(),
            };
            if args.is_empty() || args.len() > 3 {
                return Err(type_error(if args.is_empty() {
                    "athrow expected at least 1 argument, got 0".to_string()
                } else {
                    format!("athrow expected at most 3 arguments, got {}", args.len())
                }));
            }
            // A bad exception is an error of this step, which ends the
            // awaitable (CPython's `_gen_throw` fails into `check_error`).
            match thrown(self, &args) {
                Ok(e) => {
                    let r = self.gen_resume(&agen, GenInput::Throw(e));
                    self.ag_unwrap(&agen, r)
                }
                Err(e) => Err(e),
            }
        } else {
            let r = self.gen_resume(&agen, GenInput::Send(arg));
            if mode == Mode::Close {
                return self.close_step(cell, &agen, r);
            }
            return self.ag_unwrap(&agen, r);
        };
        r.map_err(|e| self.check_error(cell, &agen, mode, e))
    }

    /// One step of `aclose()`: a `yield` is an error, a pass-through value
    /// is suspended with, and the generator finishing ends the awaitable.
    fn close_step(
        &mut self,
        cell: &RefCell<AsyncGenOp>,
        agen: &PyRef<PyInstance>,
        r: PyResult<GenResult>,
    ) -> PyResult<Value> {
        match r {
            Ok(GenResult::Yielded(v)) => {
                if suspended_at_yield(agen) {
                    set_flags(agen, None, Some(false));
                    set_state(cell, AwaitState::Closed);
                    Err(runtime_error("async generator ignored GeneratorExit"))
                } else {
                    Ok(v)
                }
            }
            Ok(GenResult::Returned(_)) => {
                Err(self.check_error(cell, agen, Mode::Close, stop_async()))
            }
            Err(e) => Err(self.check_error(cell, agen, Mode::Close, e)),
        }
    }

    /// The end of an athrow/aclose awaitable with exception `e`: `aclose()`
    /// reports the generator's exit as StopIteration.
    fn check_error(
        &mut self,
        cell: &RefCell<AsyncGenOp>,
        agen: &PyRef<PyInstance>,
        mode: Mode,
        e: PyErr,
    ) -> PyErr {
        set_flags(agen, None, Some(false));
        set_state(cell, AwaitState::Closed);
        if mode == Mode::Close && is_exit_or_stop_async(&e) {
            return PyErr::with_args(ExcKind::StopIteration, vec![]);
        }
        e
    }

    /// `throw(e)` on an asend/athrow awaitable.
    pub(crate) fn agop_throw(&mut self, op: &PyRef<PyInstance>, e: PyErr) -> PyResult<Value> {
        let (cell, agen, mode) = op_parts(op)?;
        if get_state(cell) == AwaitState::Closed {
            return Err(runtime_error(if mode == Mode::Send {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            }));
        }
        let r = self.gen_resume(&agen, GenInput::Throw(e));
        match mode {
            Mode::Send => {
                let r = self.ag_unwrap(&agen, r);
                if r.is_err() {
                    set_state(cell, AwaitState::Closed);
                }
                r
            }
            Mode::Throw => self.ag_unwrap(&agen, r),
            Mode::Close => match r {
                Ok(GenResult::Yielded(v)) => {
                    if suspended_at_yield(&agen) {
                        set_flags(&agen, None, Some(false));
                        set_state(cell, AwaitState::Closed);
                        Err(runtime_error("async generator ignored GeneratorExit"))
                    } else {
                        Ok(v)
                    }
                }
                Ok(GenResult::Returned(_)) => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
                Err(e) if is_exit_or_stop_async(&e) => {
                    Err(PyErr::with_args(ExcKind::StopIteration, vec![]))
                }
                Err(e) => Err(e),
            },
        }
    }

    /// `close()` on an asend/athrow awaitable.
    pub(crate) fn agop_close(&mut self, op: &PyRef<PyInstance>) {
        if let Payload::AsyncGenOp(cell) = &op.payload {
            set_state(cell, AwaitState::Closed);
        }
    }

    /// One step of `await op` for the delegating `YieldFrom`.
    pub(crate) fn agop_delegate(
        &mut self,
        op: &PyRef<PyInstance>,
        input: GenInput,
    ) -> PyResult<GenResult> {
        match input {
            GenInput::Send(v) => stop_to_return(self.agop_send(op, v)),
            GenInput::Throw(e) if e.matches(ExcKind::GeneratorExit) => {
                self.agop_close(op);
                Err(e)
            }
            GenInput::Throw(e) => stop_to_return(self.agop_throw(op, e)),
        }
    }

    // ----- async for / async with ------------------------------------------------------

    /// `GetAIter`: `type(v).__aiter__(v)`, which must have `__anext__`.
    pub(crate) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        if as_async_gen(v).is_some() {
            return Ok(v.clone());
        }
        let Some(f) = special(v, "__aiter__") else {
            return Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                type_name(v)
            )));
        };
        let it = self.call_special(&f, v, &[])?;
        if !has_method(&it, "__anext__") {
            return Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `GetANext`: the iterator of `await type(it).__anext__(it)`.
    pub(crate) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        if let Some(g) = as_async_gen(it) {
            return Ok(new_op(g, AsyncGenOpKind::Send(Value::None)));
        }
        let Some(f) = special(it, "__anext__") else {
            return Err(type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                type_name(it)
            )));
        };
        let next = self.call_special(&f, it, &[])?;
        match self.get_awaitable(&next) {
            Ok(a) => Ok(a),
            Err(cause) => {
                let e = type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    type_name(&next)
                ));
                *e.exc.cause.borrow_mut() = cause.value();
                *e.exc.context.borrow_mut() = cause.value();
                e.exc.suppress_context.set(true);
                Err(e)
            }
        }
    }

    /// `EndAsyncFor`: true when the loop ends normally (StopAsyncIteration).
    pub(crate) fn end_async_for(exc: &Value) -> bool {
        matches!(exc, Value::Exception(e) if PyErr { exc: e.clone() }.matches(ExcKind::StopAsyncIteration))
    }

    /// `BeforeAsyncWith`: (bound `__aexit__`, result of `__aenter__()`).
    pub(crate) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let no_protocol = |suffix: &str| {
            type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{suffix}",
                type_name(mgr)
            ))
        };
        let Some(enter) = special(mgr, "__aenter__") else {
            return Err(no_protocol(""));
        };
        let Some(exit) = special(mgr, "__aexit__") else {
            return Err(no_protocol(" (missed __aexit__ method)"));
        };
        let ty = crate::runtime::types::type_of(mgr);
        let exit = self.descr_get(&exit, Some(mgr), &ty)?;
        let enter = self.descr_get(&enter, Some(mgr), &ty)?;
        let entered = self.call_value(&enter, &[], &[])?;
        Ok((exit, entered))
    }

    /// `GetAwaitableWith`: awaiting what `__aenter__` (1) or `__aexit__` (2)
    /// returned.
    pub(crate) fn get_awaitable_with(&mut self, v: &Value, which: u32) -> PyResult<Value> {
        if !has_method(v, "__await__") {
            let from = if which == 1 {
                "__aenter__"
            } else {
                "__aexit__"
            };
            return Err(type_error(format!(
                "'async with' received an object from {from} that does not implement __await__: {}",
                type_name(v)
            )));
        }
        self.get_awaitable(v)
    }
}

// ----- methods ------------------------------------------------------------------------

fn ag_arg<'a>(args: &'a [Value], what: &str) -> PyResult<&'a PyRef<PyInstance>> {
    match args.first().and_then(as_async_gen) {
        Some(g) => Ok(g),
        None => Err(super::methods::wrong_receiver(
            what,
            "async_generator",
            args.first(),
        )),
    }
}

fn no_args(args: &[Value], what: &str) -> PyResult<()> {
    if args.len() > 1 {
        return Err(type_error(format!(
            "{what}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

fn ag_aiter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = ag_arg(args, "__aiter__")?;
    Ok(Value::Object(g.clone()))
}

fn ag_anext(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = ag_arg(args, "__anext__")?;
    no_args(args, "__anext__")?;
    Ok(new_op(g, AsyncGenOpKind::Send(Value::None)))
}

fn ag_asend(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = ag_arg(args, "asend")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    Ok(new_op(g, AsyncGenOpKind::Send(args[1].clone())))
}

fn ag_athrow(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = ag_arg(args, "athrow")?;
    // The arguments are checked when the awaitable first runs, as CPython.
    Ok(new_op(g, AsyncGenOpKind::Throw(args[1..].to_vec())))
}

fn ag_aclose(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = ag_arg(args, "aclose")?;
    no_args(args, "aclose")?;
    Ok(new_op(g, AsyncGenOpKind::Close))
}

fn op_arg<'a>(args: &'a [Value], what: &str) -> PyResult<&'a PyRef<PyInstance>> {
    match args.first().and_then(as_agop) {
        Some(o) => Ok(o),
        None => Err(type_error(format!(
            "descriptor '{what}' requires an async generator awaitable"
        ))),
    }
}

fn op_send(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let o = op_arg(args, "send")?.clone();
    if args.len() != 2 {
        return Err(type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    vm.agop_send(&o, args[1].clone())
}

fn op_next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let o = op_arg(args, "__next__")?.clone();
    vm.agop_send(&o, Value::None)
}

fn op_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let o = op_arg(args, "throw")?.clone();
    let e = thrown(vm, &args[1..])?;
    vm.agop_throw(&o, e)
}

fn op_close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let o = op_arg(args, "close")?.clone();
    vm.agop_close(&o);
    Ok(Value::None)
}

fn op_self(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Object(op_arg(args, "__await__")?.clone()))
}

const AG_METHODS: &[(&str, NativeFn)] = &[
    ("__aiter__", ag_aiter),
    ("__anext__", ag_anext),
    ("asend", ag_asend),
    ("athrow", ag_athrow),
    ("aclose", ag_aclose),
];

const OP_METHODS: &[(&str, NativeFn)] = &[
    ("send", op_send),
    ("throw", op_throw),
    ("close", op_close),
    ("__next__", op_next),
    ("__iter__", op_self),
    ("__await__", op_self),
];

/// The method tables of async generators and their awaitables.
pub(crate) fn type_tables(
    t: &crate::runtime::types::Types,
) -> Vec<(&PyRef<PyType>, super::methods::MethodTable)> {
    vec![
        (&t.async_generator, AG_METHODS),
        (&t.async_generator_asend, OP_METHODS),
        (&t.async_generator_athrow, OP_METHODS),
    ]
}
