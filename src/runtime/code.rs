//! `PyCode`: a verified `CodeObject` plus its runtime side tables.
//!
//! The side tables are never serialised: materialised constants (so
//! `LoadConst` is a clone), the names as str values, per-instruction type
//! feedback, per-instruction global-variable inline caches, tiering counters,
//! and the slot where the JIT installs compiled code.

use super::rc::PyRef;
use super::value::Value;
use crate::bytecode::{CodeObject, Const};
use std::cell::{Cell, UnsafeCell};

/// Per-instruction type feedback, one `u64` per instruction: bits 0..27 the
/// tags seen for the first operand (`1 << tag`; tags of 26 and above share
/// bit 26), 27..54 for the second, 54..60 the result's tag (tags of 5 and
/// above share bit 59), then flags.
pub mod feedback {
    use crate::runtime::value::tag;

    /// Bits per operand mask: one per tag.
    pub const WIDTH: u32 = 27;
    // Every tag the JIT specialises on has a bit of its own.
    const _: () = assert!((tag::OBJECT as u32) < WIDTH - 1);
    /// Shift of the second operand's tag mask.
    pub const B: u32 = WIDTH;
    /// Shift of the result's tag mask.
    pub const RESULT: u32 = 2 * WIDTH;
    /// An int operation overflowed i64 here (do not speculate on i64).
    pub const OVERFLOWED: u64 = 1 << 60;
    /// A zero divisor or similar special case was seen here.
    pub const DIV_SPECIAL: u64 = 1 << 61;
    const MASK: u64 = (1 << WIDTH) - 1;

    /// Feedback bit for the first operand having tag `t`.
    #[inline]
    pub const fn a(t: u8) -> u64 {
        1u64 << shared(t)
    }
    /// The bit of tag `t` in an operand mask.
    #[inline]
    const fn shared(t: u8) -> u32 {
        if (t as u32) < WIDTH - 1 {
            t as u32
        } else {
            WIDTH - 1
        }
    }
    /// Feedback bit for the second operand having tag `t`.
    #[inline]
    pub const fn b(t: u8) -> u64 {
        1u64 << (shared(t) + B)
    }
    /// Feedback bit for a result with tag `t`.
    #[inline]
    pub const fn result(t: u8) -> u64 {
        let t = if t > 5 { 5 } else { t };
        1u64 << (t as u32 + RESULT)
    }
    /// The tag mask of the first operand.
    #[inline]
    pub const fn mask_a(fb: u64) -> u64 {
        fb & MASK
    }
    /// The tag mask of the second operand.
    #[inline]
    pub const fn mask_b(fb: u64) -> u64 {
        (fb >> B) & MASK
    }
    /// The tag mask of the result.
    #[inline]
    pub const fn mask_result(fb: u64) -> u64 {
        (fb >> RESULT) & 0x3f
    }
}

/// Inline cache of a `LoadGlobal`: the value found, valid while the globals
/// dict it was found for still has the recorded version (and, for a value
/// found in builtins, the builtins dict too). Compiled code checks the cache
/// in place, so the layout is fixed (offsets below).
#[repr(C)]
pub struct GlobalCache {
    /// Address of the globals dict's box the entry was filled for (0: empty).
    pub dict: Cell<usize>,
    /// Address of that dict's version counter.
    pub version_ptr: Cell<usize>,
    /// The globals version when filled.
    pub version: Cell<u64>,
    /// Address of the builtins dict's version counter, or 0 when the name was
    /// found in globals.
    pub builtins_version_ptr: Cell<usize>,
    /// The builtins version when filled.
    pub builtins_version: Cell<u64>,
    /// The cached value: an uncounted copy (never dropped), so the cache does
    /// not keep a global's value alive after it is rebound or deleted. It is
    /// only read while the recorded versions match, which proves the dict
    /// still holds (a counted reference to) it.
    pub value: UnsafeCell<std::mem::ManuallyDrop<Value>>,
}

impl Default for GlobalCache {
    fn default() -> Self {
        GlobalCache {
            dict: Cell::new(0),
            version_ptr: Cell::new(0),
            version: Cell::new(0),
            builtins_version_ptr: Cell::new(0),
            builtins_version: Cell::new(0),
            value: UnsafeCell::new(std::mem::ManuallyDrop::new(Value::Unbound)),
        }
    }
}

/// Field offsets of `GlobalCache`, for compiled code.
pub mod global_cache_offsets {
    use super::GlobalCache;
    pub const DICT: i32 = std::mem::offset_of!(GlobalCache, dict) as i32;
    pub const VERSION_PTR: i32 = std::mem::offset_of!(GlobalCache, version_ptr) as i32;
    pub const VERSION: i32 = std::mem::offset_of!(GlobalCache, version) as i32;
    pub const BUILTINS_VERSION_PTR: i32 =
        std::mem::offset_of!(GlobalCache, builtins_version_ptr) as i32;
    pub const BUILTINS_VERSION: i32 = std::mem::offset_of!(GlobalCache, builtins_version) as i32;
    pub const VALUE: i32 = std::mem::offset_of!(GlobalCache, value) as i32;
    const _: () = {
        assert!(DICT == 0 && VERSION_PTR == 8 && VERSION == 16);
        assert!(BUILTINS_VERSION_PTR == 24 && BUILTINS_VERSION == 32 && VALUE == 40);
        assert!(std::mem::size_of::<std::cell::UnsafeCell<crate::runtime::Value>>() == 16);
    };
}

/// Offsets in an `AttrCache` of its first entry's fields, for compiled code
/// (which checks the first entry's type and version in place).
pub mod attr_cache_offsets {
    use super::{AttrCache, AttrEntry};
    const FIRST: usize = std::mem::offset_of!(AttrCache, first);
    pub const TY: i32 = (FIRST + std::mem::offset_of!(AttrEntry, ty)) as i32;
    pub const VERSION: i32 = (FIRST + std::mem::offset_of!(AttrEntry, version)) as i32;
    pub const ENTRY: i32 = FIRST as i32;
    /// Distance between the caches of consecutive instructions.
    pub const SIZE: usize = std::mem::size_of::<AttrCache>();
    const _: () = {
        assert!(std::mem::size_of::<std::cell::Cell<usize>>() == 8);
        assert!(std::mem::size_of::<std::cell::Cell<u64>>() == 8);
    };
}

/// One remembered outcome of an attribute instruction's lookup: what the
/// lookup through the type decided, valid while the instance's type is `ty`
/// at version `version` (type versions are never reused, so the pair
/// identifies one state of the type and all its bases).
#[derive(Default)]
pub struct AttrEntry {
    /// Address of the type's box (0: empty).
    pub ty: Cell<usize>,
    pub version: Cell<u64>,
    /// One of `attr_kind::*`.
    pub kind: Cell<u8>,
    /// The slot index for `attr_kind::SLOT`; for `attr_kind::DICT`, the
    /// position in the instance dict's entry vector where the name was last
    /// found (a hint, checked on use: instances of one class built by one
    /// `__init__` share their key order).
    pub index: Cell<u32>,
    /// The class attribute for `attr_kind::DICT` (Unbound when the class has
    /// none) and the function for `attr_kind::METHOD`.
    pub value: std::cell::RefCell<Value>,
}

/// How many types one attribute instruction remembers (a polymorphic inline
/// cache: a method of a base class sees instances of each subclass).
pub const ATTR_WAYS: usize = 4;

/// Inline cache of an attribute instruction (`LoadAttr`, `StoreAttr`,
/// `CallMethod`) on instances of classes: up to `ATTR_WAYS` entries, the
/// first inline and the rest allocated when a second type shows up.
#[derive(Default)]
pub struct AttrCache {
    pub first: AttrEntry,
    pub more: std::cell::OnceCell<Box<[AttrEntry; ATTR_WAYS - 1]>>,
    /// Round-robin victim among `more` when all entries are taken.
    pub next_victim: Cell<u8>,
}

impl AttrCache {
    /// The entry filled for type box `ty` at `version`, if any.
    #[inline]
    pub fn find(&self, ty: usize, version: u64) -> Option<&AttrEntry> {
        let hit = |e: &AttrEntry| {
            e.kind.get() != attr_kind::EMPTY && e.ty.get() == ty && e.version.get() == version
        };
        if hit(&self.first) {
            return Some(&self.first);
        }
        self.more.get()?.iter().find(|e| hit(e))
    }

    /// The entry to (re)fill for type box `ty`: its old entry, an empty one,
    /// or a victim.
    pub fn slot_for(&self, ty: usize) -> &AttrEntry {
        let first = &self.first;
        if first.kind.get() == attr_kind::EMPTY || first.ty.get() == ty {
            return first;
        }
        let more = self.more.get_or_init(Default::default);
        if let Some(e) = more
            .iter()
            .find(|e| e.ty.get() == ty || e.kind.get() == attr_kind::EMPTY)
        {
            return e;
        }
        let v = self.next_victim.get() as usize % more.len();
        self.next_victim.set(self.next_victim.get().wrapping_add(1));
        &more[v]
    }
}

/// What an `AttrCache` entry records.
pub mod attr_kind {
    /// Nothing cached.
    pub const EMPTY: u8 = 0;
    /// The attribute lives in the instance dict (the type has no data
    /// descriptor for it and no attribute hooks); `value` is the class
    /// attribute used when the dict does not have it.
    pub const DICT: u8 = 1;
    /// A `__slots__` member at `index`.
    pub const SLOT: u8 = 2;
    /// A plain function found on the class, not shadowed unless the
    /// instance dict has the name (checked on each hit).
    pub const METHOD: u8 = 3;
}

/// State of the compiled code attached to a `PyCode` (managed by `jit`).
#[derive(Default)]
pub struct JitSlot {
    /// Entry point of the compiled code, or null.
    pub entry: Cell<usize>,
    /// How many times the code has been compiled.
    pub compiles: Cell<u32>,
    /// Deopts since the last compile.
    pub deopts: Cell<u32>,
    /// Set when the JIT gave up on this code object.
    pub disabled: Cell<bool>,
    /// Set when generic code saw types the compiled code could specialise.
    pub wants_recompile: Cell<bool>,
}

/// A code object ready to run.
pub struct PyCode {
    pub code: CodeObject,
    /// `code.consts` as values (nested code objects become `Value::Code`).
    pub consts: Box<[Value]>,
    /// `code.names` as str values.
    pub names: Box<[Value]>,
    /// See `feedback`.
    pub feedback: Box<[Cell<u64>]>,
    /// One cache per instruction (used by `LoadGlobal`).
    pub global_cache: Box<[GlobalCache]>,
    /// One cache per instruction (used by the attribute instructions).
    pub attr_cache: Box<[AttrCache]>,
    /// Calls of this code (tiering counter).
    pub calls: Cell<u32>,
    /// Backward jumps taken (tiering counter).
    pub backedges: Cell<u32>,
    pub jit: JitSlot,
}

/// False for code that suspends in ways compiled code cannot: async
/// generators (compiled code suspends at `Yield` and `YieldFrom`, see
/// docs/jit.md).
fn jit_can_suspend(code: &CodeObject) -> bool {
    use crate::bytecode::code::flags;
    code.flags & flags::SUSPENDS == 0 || code.flags & flags::ASYNC_GENERATOR == 0
}

/// Materialises a constant.
pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => Value::from_bigint(b.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Complex(re, im) => super::complex::value(*re, *im),
        Const::Str(s) => Value::str(s),
        Const::Bytes(b) => Value::Bytes(PyRef::new(super::object::PyBytes::new(b.clone()))),
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Const::Code(code) => Value::Code(PyRef::new(PyCode::new((**code).clone()))),
        Const::Ellipsis => Value::Ellipsis,
    }
}

/// The constant a value stands for, if it can be one (the types a code object
/// or a cache file can hold).
pub fn value_to_const(v: &Value) -> Option<Const> {
    Some(match v {
        Value::None => Const::None,
        Value::Bool(b) => Const::Bool(*b),
        Value::Int(i) => Const::Int(*i),
        Value::BigInt(b) => Const::BigInt((**b).clone()),
        Value::Float(f) => Const::Float(*f),
        Value::Complex(c) => Const::Complex(c.re, c.im),
        Value::Str(s) => Const::Str(s.as_str().into()),
        Value::Bytes(b) => Const::Bytes(b.data.to_vec()),
        Value::Tuple(t) => Const::Tuple(
            t.items
                .iter()
                .map(value_to_const)
                .collect::<Option<Vec<_>>>()?,
        ),
        Value::Code(c) => Const::Code(Box::new(c.code.clone())),
        Value::Ellipsis => Const::Ellipsis,
        _ => return None,
    })
}

impl PyCode {
    /// Wraps a code object that has passed `bytecode::verify::verify`.
    pub fn new(code: CodeObject) -> PyCode {
        let n = code.instrs.len();
        PyCode {
            consts: code.consts.iter().map(const_value).collect(),
            names: code
                .names
                .iter()
                .map(|s| Value::Str(super::object::intern(s)))
                .collect(),
            feedback: (0..n).map(|_| Cell::new(0)).collect(),
            global_cache: (0..n).map(|_| GlobalCache::default()).collect(),
            attr_cache: (0..n).map(|_| AttrCache::default()).collect(),
            calls: Cell::new(0),
            backedges: Cell::new(0),
            jit: {
                let slot = JitSlot::default();
                slot.disabled.set(!jit_can_suspend(&code));
                slot
            },
            code,
        }
    }

    /// Records the kinds seen by instruction `pc`.
    #[inline]
    pub fn record(&self, pc: usize, bits: u64) {
        if let Some(c) = self.feedback.get(pc) {
            c.set(c.get() | bits);
        }
    }

    /// The name at index `i` as a `&str`.
    pub fn name(&self, i: usize) -> &str {
        self.code.names.get(i).map_or("", |s| &**s)
    }
}
