//! The JIT tier (Cranelift). See docs/jit.md.

use crate::runtime::{PyCode, PyRef};
use crate::vm::{TierHook, Vm};

/// The tiering hook installed in the VM.
pub struct Jit {
    log: bool,
}

impl Jit {
    pub fn new(log: bool) -> Jit {
        Jit { log }
    }
}

impl TierHook for Jit {
    fn hot(&mut self, _vm: &mut Vm, code: &PyRef<PyCode>) {
        code.jit.disabled.set(true);
        if self.log {
            eprintln!("[jit] skip {}", code.code.qualname);
        }
    }

    fn deopt(&mut self, _vm: &mut Vm, _code: &PyRef<PyCode>, _pc: u32, _reason: &str) {}
}
