//! `CodeObject`: the compiled form of one Python scope, as pure data.
//!
//! This is what the compiler produces, what the cache stores and what the
//! verifier checks. It holds no runtime values: the runtime wraps it in a
//! `PyCode` that adds materialised constants and the side tables (type feedback,
//! inline caches, tiering counters, compiled code), none of which is serialised.
//!
//! Register layout of a frame running this code:
//!
//! ```text
//! r0 .. r(nlocals-1)                 local variables (varnames), parameters first
//! r(nlocals) .. +ncells              cells of variables captured by inner scopes
//! then .. +nfree                     cells of free variables, copied from the closure
//! then .. r(nregs-1)                 temporaries
//! ```

use super::opcodes::Instr;
use num_bigint::BigInt;
use std::rc::Rc;

/// An immutable, shared string: names and string constants. A module's code
/// objects repeat the same names (its file name, globals, attributes) many
/// times; sharing them makes a loaded cache file one allocation per distinct
/// string, as CPython's interned strings do.
pub type Name = Rc<str>;

/// `co_flags` bits, with CPython's values where the meaning is shared.
pub mod flags {
    /// Locals live in registers (always set for function bodies).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A new locals namespace per call.
    pub const NEWLOCALS: u32 = 0x0002;
    /// Takes `*args`.
    pub const VARARGS: u32 = 0x0004;
    /// Takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x0008;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x0010;
    /// A generator function: calling it makes a generator.
    pub const GENERATOR: u32 = 0x0020;
    /// Has no free or cell variables.
    pub const NOFREE: u32 = 0x0040;
    /// An `async def` function: calling it makes a coroutine.
    pub const COROUTINE: u32 = 0x0080;
    /// A generator function marked by `types.coroutine`: its generators can
    /// be awaited.
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    /// An `async def` function containing `yield`: an async generator.
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// Any of the three: the body runs in a heap frame that can suspend.
    pub const SUSPENDS: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// An int outside the i64 range.
    BigInt(BigInt),
    Float(f64),
    /// A complex number (real, imaginary): from an imaginary literal `2j`.
    Complex(f64, f64),
    Str(Name),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    /// A nested code object (function, lambda, comprehension body).
    Code(Box<CodeObject>),
    Ellipsis,
}

impl Const {
    /// Identity for constant de-duplication: like `==` but distinguishing
    /// `1`, `1.0` and `True`, and `0.0` from `-0.0`.
    pub fn same(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Complex(a, b), Const::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Const::Tuple(a), Const::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            (Const::Code(_), _) | (_, Const::Code(_)) => false,
            _ => self == other,
        }
    }
}

/// Source location of one instruction. Lines are 1-based, columns are 0-based
/// UTF-8 byte offsets as in CPython's `co_positions()`. Line 0 means none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table entry: an exception raised by an instruction in
/// `start..end` stores the exception object in `r[exc_reg]` and continues at
/// `handler`. Entries are ordered innermost first; the first match wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub exc_reg: u16,
}

/// A compiled scope.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CodeObject {
    pub name: Name,
    pub qualname: Name,
    pub filename: Name,
    pub firstlineno: u32,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Size of the register file.
    pub nregs: u32,
    /// Local variable names; `varnames[i]` lives in `r[i]`. Parameters come
    /// first: positional, keyword-only, then `*args`, then `**kwargs`.
    pub varnames: Vec<Name>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Name>,
    /// Variables of enclosing scopes used here.
    pub freevars: Vec<Name>,
    /// Global, attribute and module names used by instructions.
    pub names: Vec<Name>,
    pub consts: Vec<Const>,
    pub instrs: Vec<Instr>,
    /// One entry per instruction.
    pub positions: Vec<Position>,
    pub exc_table: Vec<ExcEntry>,
}

impl CodeObject {
    /// Number of local-variable registers.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    /// First register holding a cell of `cellvars`.
    pub fn cell_start(&self) -> usize {
        self.varnames.len()
    }
    /// First register holding a cell of `freevars`.
    pub fn free_start(&self) -> usize {
        self.varnames.len() + self.cellvars.len()
    }
    /// Total number of parameters, counting `*args` and `**kwargs`.
    pub fn total_params(&self) -> usize {
        self.argcount as usize
            + self.kwonlyargcount as usize
            + usize::from(self.flags & flags::VARARGS != 0)
            + usize::from(self.flags & flags::VARKEYWORDS != 0)
    }
    /// The source line of instruction `pc` (0 when unknown).
    pub fn line_of(&self, pc: usize) -> u32 {
        self.positions.get(pc).map_or(0, |p| p.line)
    }
    /// Name of the variable whose cell lives in register `reg`, if any.
    pub fn cell_name(&self, reg: usize) -> Option<&str> {
        let c = self.cell_start();
        let f = self.free_start();
        if reg >= c && reg < f {
            self.cellvars.get(reg - c).map(|s| &**s)
        } else if reg >= f {
            self.freevars.get(reg - f).map(|s| &**s)
        } else {
            None
        }
    }
    /// True when `reg` holds a free variable's cell (not one of this scope's own).
    pub fn is_free_reg(&self, reg: usize) -> bool {
        reg >= self.free_start() && reg < self.free_start() + self.freevars.len()
    }
    /// The exception handler covering `pc`, if any.
    pub fn handler_for(&self, pc: usize) -> Option<&ExcEntry> {
        let pc = pc as u32;
        self.exc_table.iter().find(|e| e.start <= pc && pc < e.end)
    }
}
