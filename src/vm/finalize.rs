//! Running the finaliser queue (`runtime/finalize.rs`): `__del__` methods
//! and the closing of suspended generators, at the VM's safe points.
//!
//! The interpreter tests `finalize::pending()` at every instruction
//! boundary; the helpers of compiled code that run generic instructions and
//! calls test it when their instruction is done; the driver runs the queue
//! at exit, after releasing `__main__`'s globals. Finalisers run depth
//! first: what one object's release queues (the objects it owned) is
//! finalised before the next object queued earlier, which gives CPython's
//! order (`del owner` runs the owner's `__del__`, then its children's).

use crate::runtime::finalize;
use crate::runtime::instance::{Payload, PyInstance};
use crate::runtime::object::PyDict;
use crate::runtime::types::type_of;
use crate::runtime::{PyErr, PyRef, Value};

use super::Vm;

impl Vm {
    /// Runs the queued finalisers, if any.
    #[inline]
    pub(crate) fn maybe_finalize(&mut self) {
        if finalize::pending() {
            self.run_finalizers();
        }
    }

    /// Runs queued finalisers until the queue is empty, including those of
    /// objects released by the finalisers themselves.
    #[cold]
    #[inline(never)]
    pub(crate) fn run_finalizers(&mut self) {
        // An error being passed from compiled code to its caller is kept
        // aside while Python code runs.
        let saved = self.pending.take();
        let mut batches: Vec<std::vec::IntoIter<PyRef<PyInstance>>> = Vec::new();
        loop {
            let q = finalize::take_queue();
            if !q.is_empty() {
                batches.push(q.into_iter());
            }
            let Some(top) = batches.last_mut() else {
                break;
            };
            match top.next() {
                // Dropping `obj` afterwards (the queue's reference) frees it
                // unless the finaliser stored it somewhere.
                Some(obj) => self.finalize_one(obj),
                None => {
                    batches.pop();
                }
            }
        }
        self.pending = saved;
    }

    /// Calls `obj.__del__()`, or closes a suspended generator; an error is
    /// reported as CPython's "Exception ignored in: ..." and dropped.
    fn finalize_one(&mut self, obj: PyRef<PyInstance>) {
        if let Payload::Generator(_) = &obj.payload {
            if let Err(e) = self.gen_close(&obj) {
                self.write_unraisable(&e, &Value::Object(obj));
            }
            return;
        }
        let v = Value::Object(obj);
        let Some(del) = type_of(&v).lookup("__del__") else {
            return;
        };
        if let Err(e) = self.call_special(&del, &v, &[]) {
            self.write_unraisable(&e, &del);
        }
    }

    /// Prints an exception that cannot be raised (it happened in a
    /// finaliser) to stderr, as CPython's default `sys.unraisablehook`:
    /// "Exception ignored in: <repr of obj>", the traceback and the
    /// exception, without its chain.
    pub(crate) fn write_unraisable(&mut self, err: &PyErr, obj: &Value) {
        let what = self
            .repr_of(obj)
            .unwrap_or_else(|_| "<object repr() failed>".to_string());
        self.flush();
        let text = self.format_exception_unchained(err);
        eprint!("Exception ignored in: {what}\n{text}");
    }

    /// Releases the globals of `__main__` at exit, in insertion order as
    /// CPython's module cleanup does (the dict is emptied first, so
    /// finalisers no longer see the module's names), running finalisers as
    /// objects die.
    pub(crate) fn release_main_globals(&mut self, globals: &PyRef<PyDict>) {
        self.run_finalizers();
        let old = std::mem::take(&mut *globals.table.borrow_mut());
        let items = old.items();
        drop(old);
        for (k, v) in items {
            drop(k);
            drop(v);
            self.run_finalizers();
        }
    }
}

/// Releases the heap values in registers `first .. first + n` (leaving
/// None): what a call or a build instruction does with the temporaries that
/// held its operands, as CPython pops them, so that they do not outlive the
/// instruction. Inline values (ints, floats, bools) are left as they are:
/// they own nothing, and compiled code may have cached their types.
///
/// # Safety
/// `regs + first .. regs + first + n` are initialised registers of a live
/// window, with no reference into them held across the call.
#[inline]
pub(crate) unsafe fn release_regs(regs: *mut Value, first: usize, n: usize) {
    for i in first..first + n {
        // SAFETY: guaranteed by the caller.
        let slot = unsafe { &mut *regs.add(i) };
        if crate::runtime::value::tag::is_heap(slot.tag()) {
            drop(std::mem::replace(slot, Value::None));
        }
    }
}

/// The values of registers `first .. first + n` for a new container: heap
/// values are moved out (the registers are left None, see `release_regs`),
/// inline ones copied.
///
/// # Safety
/// As `release_regs`.
#[inline]
pub(crate) unsafe fn take_regs(regs: *mut Value, first: usize, n: usize) -> Vec<Value> {
    (first..first + n)
        .map(|i| {
            // SAFETY: guaranteed by the caller.
            let slot = unsafe { &mut *regs.add(i) };
            if crate::runtime::value::tag::is_heap(slot.tag()) {
                std::mem::replace(slot, Value::None)
            } else {
                slot.clone()
            }
        })
        .collect()
}
