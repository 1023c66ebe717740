//! Runtime helpers called from compiled code.
//!
//! Each is an `extern "C"` function taking raw pointers to the VM and frame
//! that the compiled function received from `Vm::enter_jit`; they run the
//! interpreter's implementation of whatever compiled code does not do inline.
//! Status results: 0 for success, otherwise a `jit_status` code (ERROR or
//! RERAISE), with the exception stored in `Vm::pending`.

use crate::bytecode::opcodes::Instr;
use crate::runtime::Value;
use crate::runtime::code::feedback;
use crate::runtime::ops::BinOp;
use crate::runtime::value::tag;
use crate::vm::{Frame, Vm, jit_status};

/// Executes the instruction at `pc` in the interpreter.
///
/// # Safety
/// `vm` and `frame` must be the live VM and frame passed to the compiled code.
pub unsafe extern "C" fn jit_exec(vm: *mut Vm, frame: *mut Frame, pc: u32) -> u32 {
    // SAFETY: guaranteed by the caller; `exec_instr` has the same contract.
    let rc = unsafe { exec_instr(vm, frame, pc) };
    // Finalisers of what the instruction released run before the next one,
    // as in the interpreter.
    // SAFETY: guaranteed by the caller; no other reference to the VM is live.
    unsafe { &mut *vm }.maybe_finalize();
    rc
}

/// `jit_exec` without the finaliser check.
///
/// # Safety
/// As `jit_exec`.
unsafe fn exec_instr(vm: *mut Vm, frame: *mut Frame, pc: u32) -> u32 {
    // SAFETY: guaranteed by the caller (compiled code passes its arguments on).
    let (vm, frame) = unsafe { (&mut *vm, &mut *frame) };
    let pc = pc as usize;
    let code_ptr: *const crate::runtime::PyCode = &*frame.code;
    // SAFETY: a frame's code object is never replaced while the frame runs,
    // and the frame holds a reference to it, so it outlives this call.
    let code = unsafe { &*code_ptr };
    let Some(&ins) = code.code.instrs.get(pc) else {
        return jit_status::ERROR as u32;
    };
    // The most common generic instructions are run here directly; the rest go
    // through the interpreter's single-step mode.
    let regs = frame.regs;
    let fast = match ins {
        Instr::Call {
            dst,
            func,
            args,
            nargs,
        } => Some((dst, {
            // SAFETY: a verified register of this frame's window.
            let f = unsafe { &*regs.add(func.0 as usize) };
            // SAFETY: the verifier checked args + nargs <= nregs.
            let argv =
                unsafe { std::slice::from_raw_parts(regs.add(args.0 as usize), nargs.0 as usize) };
            let r = match f {
                Value::Function(func) => vm.call_function(func, argv, &[]),
                _ => vm.call_value(f, argv, &[]),
            };
            if r.is_ok() {
                // SAFETY: as above; `argv` is no longer used.
                unsafe {
                    crate::vm::finalize::release_regs(regs, args.0 as usize, nargs.0 as usize)
                };
            }
            r
        })),
        Instr::LoadGlobal { dst, name } => {
            Some((dst, vm.load_name(frame, code, pc, name.0 as usize)))
        }
        Instr::Add { dst, a, b }
        | Instr::Sub { dst, a, b }
        | Instr::Mul { dst, a, b }
        | Instr::IAdd { dst, a, b }
        | Instr::ISub { dst, a, b }
        | Instr::IMul { dst, a, b } => {
            let op = match ins {
                Instr::Add { .. } | Instr::IAdd { .. } => BinOp::Add,
                Instr::Sub { .. } | Instr::ISub { .. } => BinOp::Sub,
                _ => BinOp::Mul,
            };
            let inplace = matches!(
                ins,
                Instr::IAdd { .. } | Instr::ISub { .. } | Instr::IMul { .. }
            );
            if inplace && dst == a && a != b && op != BinOp::Mul {
                // SAFETY: distinct verified registers of this frame.
                let (slot, y) = unsafe { (&mut *regs.add(a.0 as usize), &*regs.add(b.0 as usize)) };
                let ytag = y.tag();
                if crate::runtime::int::add_sub_in_place(slot, y, op == BinOp::Sub) {
                    if let Some(c) = code.feedback.get(pc) {
                        c.set(
                            c.get()
                                | feedback::a(tag::BIGINT)
                                | feedback::b(ytag)
                                | feedback::OVERFLOWED,
                        );
                    }
                    return 0;
                }
            }
            // SAFETY: verified registers of this frame.
            let (x, y) = unsafe { (&*regs.add(a.0 as usize), &*regs.add(b.0 as usize)) };
            let r = if inplace {
                vm.inplace_op(op, x, y)
            } else {
                vm.binary_op(op, x, y)
            };
            if let (Some(c), Ok(v)) = (code.feedback.get(pc), &r) {
                let mut bits =
                    feedback::a(x.tag()) | feedback::b(y.tag()) | feedback::result(v.tag());
                if matches!((x, y), (Value::Int(_), Value::Int(_))) && matches!(v, Value::BigInt(_))
                {
                    bits |= feedback::OVERFLOWED;
                }
                let before = c.get();
                c.set(before | bits);
                if c.get() != before {
                    code.jit.wants_recompile.set(true);
                }
            }
            Some((dst, r))
        }
        Instr::BuildTuple { dst, start, count } => Some((dst, {
            // SAFETY: the verifier checked start + count <= nregs.
            Ok(unsafe { crate::vm::interp::build_tuple(regs, start.0 as usize, count.0 as usize) })
        })),
        Instr::UnpackSeq { dst, count, src } => {
            // SAFETY: verified registers of this frame's window.
            let r =
                unsafe { vm.unpack_seq(regs, dst.0 as usize, count.0 as usize, src.0 as usize) };
            return match r {
                Ok(()) => 0,
                Err(e) => {
                    vm.pending = Some(e);
                    jit_status::ERROR as u32
                }
            };
        }
        Instr::GetIter { dst, src } => Some((dst, {
            // SAFETY: a verified register of this frame.
            let x = unsafe { &*regs.add(src.0 as usize) };
            if let Some(c) = code.feedback.get(pc) {
                c.set(c.get() | feedback::a(x.tag()));
            }
            vm.get_iter(x)
        })),
        _ => None,
    };
    if let Some((dst, r)) = fast {
        return match r {
            Ok(v) => {
                // SAFETY: a verified register of this frame.
                crate::runtime::value::set(unsafe { &mut *regs.add(dst.0 as usize) }, v);
                0
            }
            Err(e) => {
                vm.pending = Some(e);
                jit_status::ERROR as u32
            }
        };
    }
    let before = code.feedback.get(pc).map_or(0, |c| c.get());
    match vm.exec_one(frame, pc) {
        Ok(()) => {
            let after = code.feedback.get(pc).map_or(0, |c| c.get());
            if after != before {
                // New types seen in code compiled without them: recompile later.
                code.jit.wants_recompile.set(true);
            }
            0
        }
        Err(e) => {
            vm.pending = Some(e);
            match code.code.instrs.get(pc) {
                Some(Instr::Reraise { .. } | Instr::RaiseCurrent {}) => jit_status::RERAISE as u32,
                _ => jit_status::ERROR as u32,
            }
        }
    }
}

/// The truth value of register `reg`: 0 false, 1 true, ERROR on exception.
///
/// # Safety
/// As `jit_exec`; `reg` is a verified register of the frame.
pub unsafe extern "C" fn jit_truthy(vm: *mut Vm, frame: *mut Frame, reg: u32) -> u32 {
    // SAFETY: guaranteed by the caller.
    let (vm, frame) = unsafe { (&mut *vm, &mut *frame) };
    // SAFETY: verified register index within the frame's window.
    let v = unsafe { &*frame.regs.add(reg as usize) };
    match vm.truthy(v) {
        Ok(b) => u32::from(b),
        Err(e) => {
            vm.pending = Some(e);
            jit_status::ERROR as u32
        }
    }
}

/// `ForIter` at `pc` on a general iterator: 0 when a value was stored in the
/// destination, 1 when exhausted, ERROR on exception.
///
/// # Safety
/// As `jit_exec`.
pub unsafe extern "C" fn jit_for_iter(vm: *mut Vm, frame: *mut Frame, pc: u32) -> u32 {
    // SAFETY: guaranteed by the caller.
    let (vm, frame) = unsafe { (&mut *vm, &mut *frame) };
    let Some(&Instr::ForIter { dst, iter, .. }) = frame.code.code.instrs.get(pc as usize) else {
        return jit_status::ERROR as u32;
    };
    // SAFETY: verified register indices within the frame's window.
    let it = unsafe { &*frame.regs.add(iter.0 as usize) };
    if let Some(c) = frame.code.feedback.get(pc as usize) {
        c.set(c.get() | crate::runtime::code::feedback::a(it.tag()));
    }
    match vm.iter_next(it) {
        Ok(Some(v)) => {
            // SAFETY: as above.
            unsafe { *frame.regs.add(dst.0 as usize) = v };
            0
        }
        Ok(None) => 1,
        Err(e) => {
            vm.pending = Some(e);
            jit_status::ERROR as u32
        }
    }
}

/// `YieldFrom` at `pc`: one step of delegation (`Vm::yield_from_step`, the
/// interpreter's). 0: the sub-iterator finished and its value is in `dst`;
/// 1: it yielded the value now in `Frame::ret` (the generator suspends at
/// `pc` and resumes there); otherwise an error status.
///
/// # Safety
/// As `jit_exec`.
pub unsafe extern "C" fn jit_yield_from(vm: *mut Vm, frame: *mut Frame, pc: u32) -> u32 {
    // SAFETY: guaranteed by the caller.
    let (vm, frame) = unsafe { (&mut *vm, &mut *frame) };
    let Some(&Instr::YieldFrom { dst, iter }) = frame.code.code.instrs.get(pc as usize) else {
        return jit_status::ERROR as u32;
    };
    // SAFETY: verified register indices within the frame's window.
    let sub = unsafe { (*frame.regs.add(iter.0 as usize)).clone() };
    let r = vm.yield_from_step(&sub);
    drop(sub);
    match r {
        Ok(crate::vm::generator::GenResult::Returned(v)) => {
            // SAFETY: as above.
            unsafe { *frame.regs.add(dst.0 as usize) = v };
            0
        }
        Ok(crate::vm::generator::GenResult::Yielded(v)) => {
            frame.ret = v;
            1
        }
        Err(e) => {
            vm.pending = Some(e);
            jit_status::ERROR as u32
        }
    }
}

/// Drops the value in `slot` (a register about to be overwritten), leaving it
/// unbound.
///
/// # Safety
/// `slot` must point to an initialised `Value` in a live register window.
pub unsafe extern "C" fn jit_drop(slot: *mut Value) {
    // SAFETY: guaranteed by the caller.
    let old = unsafe { std::ptr::replace(slot, Value::Unbound) };
    drop(old);
}

/// `out := list[index]` for a list (`obj` is the list's box pointer) and an
/// int index: 0 on success, 1 when the index is out of range (the caller
/// deopts and the interpreter raises).
///
/// # Safety
/// `obj` must be the payload of a live `Value::List` or `Value::Tuple`
/// (selected by `is_tuple`), `out` a register slot of a live frame.
pub unsafe extern "C" fn jit_seq_get(
    obj: *const u8,
    is_tuple: u32,
    index: i64,
    out: *mut Value,
) -> u32 {
    use crate::runtime::object::{PyList, PyTuple};
    use crate::runtime::rc::RcBox;
    let v = if is_tuple != 0 {
        // SAFETY: the caller checked the tag, so this is a live tuple box.
        let t = unsafe { &(*(obj as *const RcBox<PyTuple>)).value };
        match crate::runtime::seq::norm_index(index, t.items.len()) {
            Some(j) => t.items[j].clone(),
            None => return 1,
        }
    } else {
        // SAFETY: the caller checked the tag, so this is a live list box.
        let l = unsafe { &(*(obj as *const RcBox<PyList>)).value };
        let Ok(items) = l.items.try_borrow() else {
            return 1;
        };
        match crate::runtime::seq::norm_index(index, items.len()) {
            Some(j) => items[j].clone(),
            None => return 1,
        }
    };
    // SAFETY: `out` is a live register slot; its old value is released.
    crate::runtime::value::set(unsafe { &mut *out }, v);
    0
}

/// `list[index] := *src` for a list box pointer and an int index: 0 on
/// success, 1 when out of range (the caller deopts).
///
/// # Safety
/// `obj` must be the payload of a live `Value::List`; `src` a live register.
pub unsafe extern "C" fn jit_list_set(obj: *const u8, index: i64, src: *const Value) -> u32 {
    use crate::runtime::object::PyList;
    use crate::runtime::rc::RcBox;
    // SAFETY: the caller checked the tag, so this is a live list box.
    let l = unsafe { &(*(obj as *const RcBox<PyList>)).value };
    // SAFETY: `src` is a live register slot.
    let v = unsafe { &*src }.clone();
    let Ok(mut items) = l.items.try_borrow_mut() else {
        return 1;
    };
    match crate::runtime::seq::norm_index(index, items.len()) {
        Some(j) => {
            let old = std::mem::replace(&mut items[j], v);
            drop(items);
            crate::runtime::value::release(old);
            0
        }
        None => 1,
    }
}

/// `x ** y` for floats where the caller has excluded the error cases.
pub extern "C" fn jit_fpow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// `r[dst] := r[func](r[args], ..., r[args+nargs-1])` (the `Call`
/// instruction, with its operands passed directly).
///
/// # Safety
/// As `jit_exec`; the operands are those of a verified `Call` of the frame.
pub unsafe extern "C" fn jit_call(
    vm: *mut Vm,
    frame: *mut Frame,
    dst: u32,
    func: u32,
    args: u32,
    nargs: u32,
) -> u32 {
    // SAFETY: guaranteed by the caller.
    let (vm, frame) = unsafe { (&mut *vm, &mut *frame) };
    let regs = frame.regs;
    // SAFETY: a verified register of this frame's window.
    let f = unsafe { &*regs.add(func as usize) };
    // SAFETY: the verifier checked args + nargs <= nregs.
    let argv = unsafe { std::slice::from_raw_parts(regs.add(args as usize), nargs as usize) };
    let r = match f {
        Value::Function(pf) => vm.call_function(pf, argv, &[]),
        _ => vm.call_value(f, argv, &[]),
    };
    match r {
        Ok(v) => {
            // SAFETY: the verifier checked args + nargs <= nregs; `argv` is no longer used.
            unsafe { crate::vm::finalize::release_regs(regs, args as usize, nargs as usize) };
            // SAFETY: a verified register of this frame.
            crate::runtime::value::set(unsafe { &mut *regs.add(dst as usize) }, v);
            vm.maybe_finalize();
            0
        }
        Err(e) => {
            vm.maybe_finalize();
            vm.pending = Some(e);
            jit_status::ERROR as u32
        }
    }
}

/// Stores the result of a helper's operation in register `dst` of `regs`, or
/// the exception in `Vm::pending`; returns the helper status.
///
/// # Safety
/// `dst` is a verified register of the window `regs`.
#[inline(always)]
unsafe fn finish(
    vm: &mut Vm,
    regs: *mut Value,
    dst: u32,
    r: crate::runtime::PyResult<Value>,
) -> u32 {
    let rc = match r {
        Ok(v) => {
            // SAFETY: guaranteed by the caller.
            crate::runtime::value::set(unsafe { &mut *regs.add(dst as usize) }, v);
            0
        }
        Err(e) => {
            vm.pending = Some(e);
            jit_status::ERROR as u32
        }
    };
    // Finalisers of what the instruction released run before the next one,
    // as in the interpreter.
    vm.maybe_finalize();
    rc
}

/// `r[dst] := r[obj].name` (the `LoadAttr` at `pc`, operands passed
/// directly), through the instruction's inline cache.
///
/// # Safety
/// As `jit_exec`; the operands are those of a verified `LoadAttr` of the frame.
pub unsafe extern "C" fn jit_load_attr(
    vm: *mut Vm,
    frame: *mut Frame,
    pc: u32,
    dst: u32,
    obj: u32,
    name: u32,
) -> u32 {
    // SAFETY: guaranteed by the caller.
    let (vm, frame) = unsafe { (&mut *vm, &mut *frame) };
    let regs = frame.regs;
    let code = &*frame.code;
    // SAFETY: a verified register of this frame's window.
    let o = unsafe { &*regs.add(obj as usize) };
    let r = match (
        code.attr_cache.get(pc as usize),
        code.names.get(name as usize),
    ) {
        (Some(cache), Some(Value::Str(n))) => vm.load_attr_cached(cache, o, n),
        _ => vm.getattr(o, code.name(name as usize)),
    };
    // SAFETY: `dst` is a verified register of the frame.
    unsafe { finish(vm, regs, dst, r) }
}

/// The `LoadAttr` hit on the instance itself (`descr::instance_hit`), after
/// compiled code checked that the cache's first entry `entry` was filled for
/// the object's type at its current version: 0 with the value in `*out`, 1
/// when the instance does not have it (the caller takes `jit_load_attr`).
///
/// # Safety
/// `obj` and `out` are registers of the live frame (possibly the same one),
/// `entry` the first entry of the instruction's `AttrCache`, `name` the
/// code object's name operand.
pub unsafe extern "C" fn jit_attr_hit(
    vm: *mut Vm,
    obj: *const Value,
    entry: *const crate::runtime::code::AttrEntry,
    name: *const Value,
    out: *mut Value,
) -> u32 {
    let v = {
        // SAFETY: guaranteed by the caller; the borrows end before `out` is
        // written.
        let (obj, entry, name) = unsafe { (&*obj, &*entry, &*name) };
        let (Value::Object(o), Value::Str(n)) = (obj, name) else {
            return 1;
        };
        match crate::vm::descr::instance_hit(o, entry, n) {
            Some(v) => v,
            None => return 1,
        }
    };
    // SAFETY: guaranteed by the caller.
    let old = std::mem::replace(unsafe { &mut *out }, v);
    if crate::runtime::value::tag::is_heap(old.tag()) {
        drop(old);
        // Finalisers of what the write released run before the next
        // instruction, as in the interpreter.
        // SAFETY: guaranteed by the caller; no other reference to the VM is live.
        unsafe { &mut *vm }.maybe_finalize();
    } else {
        // Nothing to release.
        std::mem::forget(old);
    }
    0
}

/// `r[obj].name := r[src]` (the `StoreAttr` at `pc`), through its inline cache.
///
/// # Safety
/// As `jit_exec`; the operands are those of a verified `StoreAttr` of the frame.
pub unsafe extern "C" fn jit_store_attr(
    vm: *mut Vm,
    frame: *mut Frame,
    pc: u32,
    obj: u32,
    name: u32,
    src: u32,
) -> u32 {
    // SAFETY: guaranteed by the caller.
    let (vm, frame) = unsafe { (&mut *vm, &mut *frame) };
    let regs = frame.regs;
    let code = &*frame.code;
    // SAFETY: verified registers of this frame.
    let (o, v) = unsafe { (&*regs.add(obj as usize), &*regs.add(src as usize)) };
    let r = match (
        code.attr_cache.get(pc as usize),
        code.names.get(name as usize),
    ) {
        (Some(cache), Some(Value::Str(n))) => vm.store_attr_cached(cache, o, n, v.clone()),
        _ => vm.setattr(o, code.name(name as usize), v.clone()),
    };
    vm.maybe_finalize();
    match r {
        Ok(()) => 0,
        Err(e) => {
            vm.pending = Some(e);
            jit_status::ERROR as u32
        }
    }
}

/// `r[dst] := r[args].name(r[args+1], ..., r[args+nargs])` (the `CallMethod`
/// at `pc`): the receiver stays in place, no bound method is made when the
/// inline cache knows the method.
///
/// # Safety
/// As `jit_exec`; the operands are those of a verified `CallMethod` of the frame.
pub unsafe extern "C" fn jit_call_method(
    vm: *mut Vm,
    frame: *mut Frame,
    pc: u32,
    dst: u32,
    name: u32,
    args: u32,
    nargs: u32,
) -> u32 {
    // SAFETY: guaranteed by the caller.
    let (vm, frame) = unsafe { (&mut *vm, &mut *frame) };
    let regs = frame.regs;
    let code_ptr: *const crate::runtime::PyCode = &*frame.code;
    // SAFETY: the frame holds a reference to its code object, which is never
    // replaced while the frame runs, so it outlives this call.
    let code = unsafe { &*code_ptr };
    // SAFETY: the verifier checked args + nargs + 1 <= nregs; nothing else
    // refers to these operand registers during the call.
    let all =
        unsafe { std::slice::from_raw_parts_mut(regs.add(args as usize), nargs as usize + 1) };
    // The operand registers are given up (moved into the callee or released).
    let r = vm.call_method(code, pc as usize, name as usize, all);
    // SAFETY: `dst` is a verified register of the frame.
    unsafe { finish(vm, regs, dst, r) }
}
