//! Runtime helpers called from compiled code.
//!
//! Each is an `extern "C"` function taking raw pointers to the VM and frame
//! that the compiled function received from `Vm::enter_jit`; they run the
//! interpreter's implementation of whatever compiled code does not do inline.
//! Status results: 0 for success, otherwise a `jit_status` code (ERROR or
//! RERAISE), with the exception stored in `Vm::pending`.

use crate::bytecode::opcodes::Instr;
use crate::runtime::Value;
use crate::vm::{Frame, Vm, jit_status};

/// Executes the instruction at `pc` in the interpreter.
///
/// # Safety
/// `vm` and `frame` must be the live VM and frame passed to the compiled code.
pub unsafe extern "C" fn jit_exec(vm: *mut Vm, frame: *mut Frame, pc: u32) -> u32 {
    // SAFETY: guaranteed by the caller (compiled code passes its arguments on).
    let (vm, frame) = unsafe { (&mut *vm, &mut *frame) };
    let pc = pc as usize;
    let code = frame.code.clone();
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
    let code = frame.code.clone();
    if let Some(c) = code.feedback.get(pc as usize) {
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

/// Stores a copy of register `reg` in `frame.ret`.
///
/// # Safety
/// As `jit_truthy`.
pub unsafe extern "C" fn jit_return(frame: *mut Frame, reg: u32) {
    // SAFETY: guaranteed by the caller.
    let frame = unsafe { &mut *frame };
    // SAFETY: verified register index within the frame's window.
    let v = unsafe { &*frame.regs.add(reg as usize) }.clone();
    frame.ret = v;
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
