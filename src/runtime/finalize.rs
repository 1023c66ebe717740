//! The finaliser queue: objects whose last reference went away but that
//! must run Python code (`__del__`, or `close()` of a suspended generator)
//! before they are freed.
//!
//! `PyRef::drop` cannot run Python code: it runs in the middle of runtime
//! operations (a list being cleared, a register being overwritten, a dict
//! borrowed mutably). So when the count of an object whose type has the
//! `FINALIZE` flag reaches zero, `on_last_ref` resurrects it (count one,
//! owned by the queue) and queues it; the VM runs the queue at safe points
//! (`vm/finalize.rs`): interpreter instruction boundaries, after the
//! generic helpers of compiled code, and at exit. The drop of the queue's
//! reference after finalisation frees the object for real (or not, when
//! `__del__` stored it somewhere: PEP 442 resurrection). Each object is
//! queued at most once (`PyInstance::finalized`).

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::instance::{Payload, PyInstance, Waiting};
use super::rc::{PyRef, RcBox};

/// Number of queued objects over all threads: compiled code and the
/// interpreter loop test it (one load and a branch) to decide whether to
/// call `Vm::run_finalizers`. Each thread has its own queue; a thread that
/// sees a count for another thread's queue merely finds its own empty.
pub static PENDING: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static QUEUE: RefCell<Vec<PyRef<PyInstance>>> = const { RefCell::new(Vec::new()) };
}

/// True when some objects wait for finalisation.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

/// Address of the pending counter, for compiled code.
pub fn pending_addr() -> usize {
    std::ptr::addr_of!(PENDING) as usize
}

/// Takes this thread's queued objects, in the order their last references
/// went away.
pub fn take_queue() -> Vec<PyRef<PyInstance>> {
    let q = QUEUE
        .try_with(|q| std::mem::take(&mut *q.borrow_mut()))
        .unwrap_or_default();
    PENDING.fetch_sub(q.len(), Ordering::Relaxed);
    q
}

/// Whether a generator's frame needs closing: suspended after it started.
fn suspended(inst: &PyInstance) -> bool {
    match &inst.payload {
        Payload::Generator(g) => g.try_borrow().is_ok_and(|s| {
            !s.running && matches!(s.waiting, Waiting::Yield { .. } | Waiting::YieldFrom)
        }),
        _ => true,
    }
}

/// Called by `PyRef::drop` when the count of an object whose type has the
/// `FINALIZE` flag reached zero. Returns true when the object was queued
/// (it keeps a count of one, owned by the queue), false when it is to be
/// freed now (already finalised once, or a generator that is not
/// suspended).
///
/// # Safety
/// `p` is a box whose count just reached zero and whose header type has the
/// `FINALIZE` flag, so its payload is a `PyInstance` (see `type_flags`).
pub(crate) unsafe fn on_last_ref(p: *const RcBox<PyInstance>) -> bool {
    // SAFETY: the box is still allocated (the caller has not freed it) and
    // is a `PyInstance` by the caller's guarantee.
    let inst = unsafe { &(*p).value };
    if inst.finalized.get() || !suspended(inst) {
        return false;
    }
    let queued = QUEUE.try_with(|q| {
        inst.finalized.set(true);
        // SAFETY: as above; the count goes from zero to one and the new
        // reference is the queue's.
        unsafe { (*p).count.set(1) };
        // SAFETY: the box is live and the reference adopted has just been counted.
        q.borrow_mut().push(unsafe { PyRef::from_raw(p) });
    });
    if queued.is_err() {
        // The thread is exiting: free without finalising.
        return false;
    }
    PENDING.fetch_add(1, Ordering::Relaxed);
    true
}
