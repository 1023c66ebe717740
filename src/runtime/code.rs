//! `PyCode`: a verified `CodeObject` plus its runtime side tables.
//!
//! The side tables are never serialised: materialised constants (so
//! `LoadConst` is a clone), the names as str values, per-instruction type
//! feedback, per-instruction global-variable inline caches, tiering counters,
//! and the slot where the JIT installs compiled code.

use super::object::PyStr;
use super::rc::PyRef;
use super::value::Value;
use crate::bytecode::{CodeObject, Const};
use std::cell::Cell;

/// Per-instruction type feedback, one `u64` per instruction:
/// bits 0..16 the kinds seen for the first operand, 16..32 for the second,
/// 32..48 for the result, 48.. flags. A kind is `1 << min(tag, 15)`.
pub mod feedback {
    /// Shift of the first operand's kind mask.
    pub const A: u32 = 0;
    /// Shift of the second operand's kind mask.
    pub const B: u32 = 16;
    /// Shift of the result's kind mask.
    pub const RESULT: u32 = 32;
    /// An int operation overflowed i64 here (do not speculate on i64).
    pub const OVERFLOWED: u64 = 1 << 48;
    /// A float division by zero or int/int division happened here.
    pub const DIV_SPECIAL: u64 = 1 << 49;

    /// The kind bit of a tag.
    #[inline]
    pub fn kind(tag: u8) -> u64 {
        1u64 << tag.min(15)
    }

    /// The kinds mask for one slot.
    #[inline]
    pub fn mask(fb: u64, shift: u32) -> u64 {
        (fb >> shift) & 0xffff
    }
}

/// Inline cache of a `LoadGlobal`: where the name was found, valid while both
/// dicts keep the recorded layout versions (see `DictTable::layout_version`).
#[derive(Default)]
pub struct GlobalCache {
    pub globals_version: Cell<u64>,
    pub builtins_version: Cell<u64>,
    /// Entry position; `IN_BUILTINS` set when found in builtins.
    pub slot: Cell<u32>,
}

impl GlobalCache {
    pub const IN_BUILTINS: u32 = 1 << 31;
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
    /// Calls of this code (tiering counter).
    pub calls: Cell<u32>,
    /// Backward jumps taken (tiering counter).
    pub backedges: Cell<u32>,
    pub jit: JitSlot,
}

/// Materialises a constant.
pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => Value::from_bigint(b.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Str(s) => Value::str(s),
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Const::Code(code) => Value::Code(PyRef::new(PyCode::new((**code).clone()))),
        Const::Ellipsis => Value::Ellipsis,
    }
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
                .map(|s| Value::Str(PyRef::new(PyStr::new(s))))
                .collect(),
            feedback: (0..n).map(|_| Cell::new(0)).collect(),
            global_cache: (0..n).map(|_| GlobalCache::default()).collect(),
            calls: Cell::new(0),
            backedges: Cell::new(0),
            jit: JitSlot::default(),
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
        self.code.names.get(i).map_or("", String::as_str)
    }
}
