//! The value stack: one contiguous, fixed-capacity array of `Value`s holding
//! the register files of all active frames, as Lua's stack does.
//!
//! A call takes the next `nregs` slots above the caller's window and gives them
//! back on return, so Python-to-Python calls allocate nothing on the heap. The
//! buffer never moves (its capacity is fixed at start-up and exhausting it is a
//! `RecursionError`), which is what lets frames and compiled code hold raw
//! pointers to their registers. The memory comes zeroed from the allocator, and
//! an all-zero `Value` is `Value::Unbound`, so untouched pages stay untouched.

use crate::runtime::Value;
use std::alloc::{Layout, alloc_zeroed, dealloc};

// An all-zero Value is Unbound (tag 0, no payload): asserted here because the
// stack relies on it.
const _: () = assert!(crate::runtime::value::tag::UNBOUND == 0);

pub struct ValueStack {
    base: *mut Value,
    capacity: usize,
    /// Slots `[0, top)` belong to active frames; slots above are Unbound.
    top: usize,
}

impl ValueStack {
    /// Allocates a stack of `capacity` values. Returns `None` when the memory
    /// cannot be reserved.
    pub fn new(capacity: usize) -> Option<ValueStack> {
        let layout = Layout::array::<Value>(capacity).ok()?;
        if layout.size() == 0 {
            return None;
        }
        // SAFETY: the layout has non-zero size; zeroed memory is a valid array of
        // `Value::Unbound` (see the assertion above).
        let base = unsafe { alloc_zeroed(layout) } as *mut Value;
        if base.is_null() {
            return None;
        }
        Some(ValueStack {
            base,
            capacity,
            top: 0,
        })
    }

    /// Reserves `n` slots (all Unbound) and returns the index of the first, or
    /// `None` when the stack is full.
    #[inline]
    pub fn push_window(&mut self, n: usize) -> Option<usize> {
        let start = self.top;
        if n > self.capacity - start {
            return None;
        }
        self.top = start + n;
        Some(start)
    }

    /// Releases the window starting at `start`, dropping every value in it.
    #[inline]
    pub fn pop_window(&mut self, start: usize) {
        debug_assert!(start <= self.top);
        for i in start..self.top {
            // SAFETY: i < top <= capacity, so the slot is inside the allocation and
            // holds an initialised Value.
            let slot = unsafe { self.base.add(i) };
            // SAFETY: as above; only the tag byte is read.
            let t = unsafe { (*slot).tag() };
            if crate::runtime::value::tag::is_heap(t) {
                // SAFETY: as above; the value is moved out and released, and the
                // slot is marked Unbound just below.
                crate::runtime::value::release(unsafe { std::ptr::read(slot) });
            }
            // Marking the slot Unbound only needs the tag byte: an Unbound
            // value has no payload, so the other bytes are padding.
            // SAFETY: the tag byte is the first byte of the slot (value.rs).
            unsafe { *(slot as *mut u8) = crate::runtime::value::tag::UNBOUND };
        }
        self.top = start;
    }

    /// Pointer to slot `i` (`i <= capacity`).
    #[inline]
    pub fn ptr(&self, i: usize) -> *mut Value {
        debug_assert!(i <= self.capacity);
        // SAFETY: i <= capacity, so the result is within or one past the allocation.
        unsafe { self.base.add(i) }
    }

    /// Index of the first free slot.
    #[inline]
    pub fn top(&self) -> usize {
        self.top
    }
}

impl Drop for ValueStack {
    fn drop(&mut self) {
        self.pop_window(0);
        if let Ok(layout) = Layout::array::<Value>(self.capacity) {
            // SAFETY: `base` was allocated in `new` with this same layout, and all
            // values in it are now Unbound (no heap references left to drop).
            unsafe { dealloc(self.base as *mut u8, layout) };
        }
    }
}
