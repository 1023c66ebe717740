//! Traceback and frame objects.
//!
//! An exception's `__traceback__` is a chain of traceback objects, outermost
//! frame first, as in CPython: each time the exception leaves the
//! instruction that raised it in a frame (not when it is re-raised there by a
//! bare `raise` or at the end of a `finally`), `unwind` puts one new entry at
//! the head of the chain. An entry holds the code object, the globals and the
//! instruction index; it waits in the exception's `tb_pending` list and
//! becomes a traceback object only when the chain is read, so a caught and
//! dropped exception allocates none. No frame object is made per call:
//! `tb_frame` makes one on first access (a snapshot: code, globals, line),
//! and `gen.gi_frame` makes one that reads the generator's live state.

use crate::runtime::code::PyCode;
use crate::runtime::instance::{FrameData, Payload, PyInstance, TbData, Waiting};
use crate::runtime::object::{PyDict, PyException, TbEntry};
use crate::runtime::types::{PyErr, PyResult, type_error, with_types};
use crate::runtime::{PyRef, Value};
use std::cell::RefCell;

/// The source line of instruction `pc` of `code` (0 when unknown).
pub fn line_of(code: &PyCode, pc: usize) -> u32 {
    code.code.positions.get(pc).map_or(0, |p| p.line)
}

/// Puts a new entry for (`code`, `pc`) at the head of `err`'s traceback. The
/// traceback object is made when the program (or the printer) asks for it.
pub(crate) fn push_entry(err: &PyErr, code: &PyRef<PyCode>, globals: &PyRef<PyDict>, pc: usize) {
    err.exc.tb_pending.borrow_mut().push(TbEntry {
        code: code.clone(),
        globals: globals.clone(),
        pc: pc as u32,
        locals: Vec::new(),
    });
}

/// Keeps the variables of the frame an exception is leaving (registers
/// `0 .. n`) in its traceback entry for that frame, the last one recorded.
pub(crate) fn keep_locals(err: &PyErr, code: &PyRef<PyCode>, regs: &[Value]) {
    if regs.is_empty() {
        return;
    }
    if let Some(last) = err.exc.tb_pending.borrow_mut().last_mut()
        && PyRef::ptr_eq(&last.code, code)
        && last.locals.is_empty()
    {
        last.locals = regs.to_vec();
    }
}

/// `e.__traceback__`: makes the objects of the entries recorded since it was
/// last read (so each entry has one object, whoever asks).
pub fn traceback_of(e: &PyException) -> Value {
    let pending = std::mem::take(&mut *e.tb_pending.borrow_mut());
    if pending.is_empty() {
        return e.traceback.borrow().clone();
    }
    let mut head = e.traceback.replace(Value::None);
    for t in pending {
        head = new_traceback(head, t.code, t.globals, t.pc, t.locals);
    }
    *e.traceback.borrow_mut() = head.clone();
    head
}

/// Replaces `e.__traceback__` (already checked to be None or a traceback).
pub fn set_traceback(e: &PyException, tb: Value) {
    e.tb_pending.borrow_mut().clear();
    *e.traceback.borrow_mut() = tb;
}

/// A traceback object.
pub fn new_traceback(
    next: Value,
    code: PyRef<PyCode>,
    globals: PyRef<PyDict>,
    pc: u32,
    locals: Vec<Value>,
) -> Value {
    let data = TbData {
        next,
        code,
        globals,
        pc,
        frame: RefCell::new(Value::None),
        locals,
    };
    Value::Object(PyRef::new_typed(
        PyInstance::record(Payload::Traceback(data)),
        with_types(|t| t.traceback.clone()),
    ))
}

/// The entry data of a traceback object.
pub fn as_traceback(v: &Value) -> Option<&TbData> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Traceback(tb) => Some(tb),
            _ => None,
        },
        _ => None,
    }
}

/// Checks a value assigned as a traceback (`__traceback__`, `with_traceback`).
pub fn check_traceback(v: &Value) -> PyResult<()> {
    if v.is_none() || as_traceback(v).is_some() {
        Ok(())
    } else {
        Err(type_error("__traceback__ must be a traceback or None"))
    }
}

/// The entries of a traceback chain, outermost first: (code, pc).
pub fn entries(tb: &Value) -> Vec<(PyRef<PyCode>, u32)> {
    let mut out = Vec::new();
    let mut cur = tb.clone();
    while let Some(t) = as_traceback(&cur) {
        out.push((t.code.clone(), t.pc));
        let next = t.next.clone();
        cur = next;
    }
    out
}

fn new_frame(
    code: PyRef<PyCode>,
    globals: PyRef<PyDict>,
    lineno: u32,
    generator: Value,
    locals: Option<PyRef<PyDict>>,
) -> Value {
    Value::Object(PyRef::new_typed(
        PyInstance::record(Payload::Frame(FrameData {
            code,
            globals,
            lineno,
            generator,
            locals,
        })),
        with_types(|t| t.frame.clone()),
    ))
}

/// `tb_next`, `tb_lineno`, `tb_lasti`, `tb_frame` of a traceback object.
pub(crate) fn tb_attr(o: &PyInstance, name: &str) -> Option<Value> {
    let Payload::Traceback(tb) = &o.payload else {
        return None;
    };
    Some(match name {
        "tb_next" => tb.next.clone(),
        "tb_lineno" => Value::Int(i64::from(line_of(&tb.code, tb.pc as usize))),
        "tb_lasti" => Value::Int(i64::from(tb.pc) * 2),
        "tb_frame" => {
            let existing = tb.frame.borrow().clone();
            if !existing.is_none() {
                return Some(existing);
            }
            let locals = (!tb.locals.is_empty()).then(|| locals_dict(&tb.code.code, &tb.locals));
            let f = new_frame(
                tb.code.clone(),
                tb.globals.clone(),
                line_of(&tb.code, tb.pc as usize),
                Value::None,
                locals,
            );
            *tb.frame.borrow_mut() = f.clone();
            f
        }
        _ => return None,
    })
}

/// `generator.gi_frame`: None once the generator finished, else a frame object
/// that reads the generator's state.
pub(crate) fn generator_frame(generator: &Value) -> Value {
    let Value::Object(o) = generator else {
        return Value::None;
    };
    let Payload::Generator(g) = &o.payload else {
        return Value::None;
    };
    let Ok(g) = g.try_borrow() else {
        return Value::None;
    };
    if g.waiting == Waiting::Finished {
        return Value::None;
    }
    new_frame(
        g.code.clone(),
        g.globals.clone(),
        0,
        generator.clone(),
        None,
    )
}

/// The line a generator is suspended at (its first line before it starts).
fn generator_line(generator: &Value) -> u32 {
    let Value::Object(o) = generator else {
        return 0;
    };
    let Payload::Generator(g) = &o.payload else {
        return 0;
    };
    let Ok(g) = g.try_borrow() else { return 0 };
    match g.waiting {
        Waiting::Start => g.code.code.firstlineno,
        Waiting::Yield { .. } => line_of(&g.code, (g.pc as usize).saturating_sub(1)),
        Waiting::YieldFrom | Waiting::Finished => line_of(&g.code, g.pc as usize),
    }
}

/// The local variables of a suspended generator, as `locals()` shows them.
fn generator_locals(generator: &Value) -> Option<PyRef<PyDict>> {
    let Value::Object(o) = generator else {
        return None;
    };
    let Payload::Generator(g) = &o.payload else {
        return None;
    };
    let g = g.try_borrow().ok()?;
    Some(locals_dict(&g.code.code, &g.regs))
}

/// The variables of a frame of `code` whose registers are `regs` (the
/// first ones at least: locals, then cells and free variables), as
/// `locals()` shows them: bound names only, cells read through.
fn locals_dict(code: &crate::bytecode::CodeObject, regs: &[Value]) -> PyRef<PyDict> {
    let d = PyDict::new();
    {
        let mut t = d.table.borrow_mut();
        let reg = |i: usize| regs.get(i).cloned().unwrap_or(Value::Unbound);
        for (i, name) in code.varnames.iter().enumerate() {
            if !code.cellvars.contains(name) {
                let v = reg(i);
                if !v.is_unbound() {
                    t.insert_str(name, v);
                }
            }
        }
        for (i, name) in code.cellvars.iter().chain(&code.freevars).enumerate() {
            if let Value::Cell(c) = reg(code.cell_start() + i) {
                let v = c.value.borrow().clone();
                if !v.is_unbound() {
                    t.insert_str(name, v);
                }
            }
        }
    }
    PyRef::new(d)
}

/// `f_code`, `f_lineno`, `f_globals`, `f_builtins`, `f_back` and (for a
/// generator's frame, or module-level code) `f_locals` of a frame object.
pub(crate) fn frame_attr(o: &PyInstance, name: &str, builtins: &PyRef<PyDict>) -> Option<Value> {
    let Payload::Frame(f) = &o.payload else {
        return None;
    };
    let is_gen = !f.generator.is_none();
    Some(match name {
        "f_code" => Value::Code(f.code.clone()),
        "f_globals" => Value::Dict(f.globals.clone()),
        "f_builtins" => Value::Dict(builtins.clone()),
        "f_lineno" if is_gen => Value::Int(i64::from(generator_line(&f.generator))),
        "f_lineno" => Value::Int(i64::from(f.lineno)),
        // A suspended generator has no caller.
        "f_back" if is_gen => Value::None,
        "f_locals" if is_gen => Value::Dict(generator_locals(&f.generator)?),
        "f_locals" if f.locals.is_some() => Value::Dict(f.locals.clone()?),
        "f_locals" if f.code.code.flags & crate::bytecode::code::flags::OPTIMIZED == 0 => {
            Value::Dict(f.globals.clone())
        }
        _ => return None,
    })
}
