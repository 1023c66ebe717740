//! The instruction set, defined once.
//!
//! `define_instructions!` below is the only list of opcodes. From it come the
//! `Instr` enum the compiler emits and the interpreter matches on, the `Opcode`
//! numbering used by the cache format, names and operand kinds for the
//! disassembler and verifier, the varint encode/decode, and the generated
//! `docs/bytecode.md`. Opcode numbers are part of the cache format: changing
//! one (or an operand list) requires a magic-number bump in `pyc`.
//!
//! Notation in the doc comments: `r[x]` is register `x` of the current frame,
//! `k[x]` constant `x`, `n[x]` name `x`; `Raises:` lists what the instruction can
//! raise and `Deopt:` what compiled code guards on (see docs/jit.md).

use super::operand::{
    ConstIdx, DecodeError, Imm, Label, NameIdx, Operand, OperandKind, OperandType, Reg,
    read_varint, write_varint,
};

/// Calls `f` on every `Label` operand; other operand types are ignored.
pub trait VisitLabel {
    fn visit_label(&mut self, _f: &mut dyn FnMut(&mut Label)) {}
}
impl VisitLabel for Reg {}
impl VisitLabel for ConstIdx {}
impl VisitLabel for NameIdx {}
impl VisitLabel for Imm {}
impl VisitLabel for Label {
    fn visit_label(&mut self, f: &mut dyn FnMut(&mut Label)) {
        f(self)
    }
}

/// At most this many operands per instruction.
pub const MAX_OPERANDS: usize = 5;

macro_rules! define_instructions {
    ($(
        $(#[doc = $doc:literal])*
        $num:literal $name:ident { $($field:ident : $fty:ident),* $(,)? }
    ),* $(,)?) => {
        /// One register-bytecode instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $($field: $fty),* }, )*
        }

        /// The opcode of an instruction: its number in the cache encoding.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $name = $num, )*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The opcode numbered `b`, if any.
            pub fn from_u8(b: u8) -> Option<Opcode> {
                match b {
                    $( $num => Some(Opcode::$name), )*
                    _ => None,
                }
            }

            /// The CamelCase name from the table.
            pub fn name(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                }
            }

            /// The doc comment from the table (register notation).
            pub fn doc(self) -> &'static str {
                match self {
                    $( Opcode::$name => concat!($($doc, "\n"),*), )*
                }
            }

            /// Operand names and kinds, in encoding order.
            pub fn operands(self) -> &'static [(&'static str, OperandKind)] {
                match self {
                    $( Opcode::$name => &[$((stringify!($field), <$fty as OperandType>::KIND)),*], )*
                }
            }
        }

        impl Instr {
            /// This instruction's opcode.
            #[inline]
            pub fn opcode(&self) -> Opcode {
                match self {
                    $( Instr::$name { .. } => Opcode::$name, )*
                }
            }

            /// The operands in encoding order, and how many there are.
            pub fn operands(&self) -> ([Operand; MAX_OPERANDS], usize) {
                let mut out = [Operand::Imm(Imm(0)); MAX_OPERANDS];
                let mut n = 0usize;
                match *self {
                    $( Instr::$name { $($field),* } => {
                        $( out[n] = $field.to_operand(); n += 1; )*
                    } )*
                }
                (out, n)
            }

            /// Appends the cache encoding: opcode byte, then each operand as a varint.
            pub fn encode(&self, out: &mut Vec<u8>) {
                match *self {
                    $( Instr::$name { $($field),* } => {
                        out.push($num);
                        $( write_varint(out, $field.raw()); )*
                    } )*
                }
            }

            /// Decodes one instruction at `*pos`, advancing it (on success).
            pub fn decode(bytes: &[u8], pos: &mut usize) -> Result<Instr, DecodeError> {
                let at = bytes.get(*pos..).unwrap_or_default();
                let [op, tail @ ..] = at else {
                    return Err(DecodeError::Truncated);
                };
                let (instr, rest) = Instr::decode_varints(*op, tail)?;
                *pos += at.len() - rest.len();
                Ok(instr)
            }

            /// The operands of opcode `op` as varints of any length, from the
            /// start of `bytes`. Returns the instruction and the bytes after it.
            #[inline(never)]
            fn decode_varints(op: u8, bytes: &[u8]) -> Result<(Instr, &[u8]), DecodeError> {
                let mut pos = 0usize;
                let pos = &mut pos;
                let instr = match op {
                    $( $num => Instr::$name {
                        $( $field: <$fty as OperandType>::from_raw(read_varint(bytes, pos)?)?, )*
                    }, )*
                    b => return Err(DecodeError::BadOpcode(b)),
                };
                Ok((instr, bytes.get(*pos..).unwrap_or_default()))
            }

            /// Decodes `count` instructions from the start of `bytes`, appending
            /// them to `out`, and returns the number of bytes they took. On
            /// failure returns the offset of the instruction that could not be
            /// decoded and why; `out` then ends with the instructions before it.
            ///
            /// This is the loader's hot loop. An instruction whose operands are
            /// all one-byte varints (nearly all of them) is built from one slice
            /// check, without a call per operand; anything else goes through
            /// `decode_varints`.
            pub fn decode_many(
                bytes: &[u8],
                count: usize,
                out: &mut Vec<Instr>,
            ) -> Result<usize, (usize, DecodeError)> {
                // Every instruction takes at least a byte: a count the input
                // cannot hold reserves no more than the input could.
                out.reserve(count.min(bytes.len()));
                let mut rest = bytes;
                for _ in 0..count {
                    let here = bytes.len() - rest.len();
                    let [op, tail @ ..] = rest else {
                        return Err((here, DecodeError::Truncated));
                    };
                    let instr = match *op {
                        $( $num => {
                            if let Some((&[$($field),*], after)) = tail.split_first_chunk()
                                && (0u8 $(| $field)*) < 0x80
                            {
                                rest = after;
                                Instr::$name { $( $field: <$fty as OperandType>::from_byte($field), )* }
                            } else {
                                match Instr::decode_varints(*op, tail) {
                                    Ok((i, after)) => {
                                        rest = after;
                                        i
                                    }
                                    Err(e) => return Err((here, e)),
                                }
                            }
                        } )*
                        b => return Err((here, DecodeError::BadOpcode(b))),
                    };
                    out.push(instr);
                }
                Ok(bytes.len() - rest.len())
            }

            /// Calls `f` on every jump-target operand.
            pub fn visit_labels(&mut self, f: &mut dyn FnMut(&mut Label)) {
                match self {
                    $( Instr::$name { $($field),* } => {
                        $( VisitLabel::visit_label($field, f); )*
                    } )*
                }
            }
        }
    };
}

define_instructions! {
    // ----- moves and constants -------------------------------------------
    /// Does nothing.
    0 Nop {},
    /// `r[dst] := r[src]`
    1 Move { dst: Reg, src: Reg },
    /// `r[dst] := k[idx]`
    2 LoadConst { dst: Reg, idx: ConstIdx },
    /// Checks that local `r[reg]` is bound.
    /// Raises: UnboundLocalError when it is not.
    3 CheckBound { reg: Reg },
    /// Unbinds local `r[reg]` (`del x`).
    /// Raises: UnboundLocalError when it is not bound.
    4 DeleteLocal { reg: Reg },
    /// `r[dst] := globals[n[name]]`, falling back to builtins; inline-cached on
    /// the two dicts' version tags.
    /// Raises: NameError.
    5 LoadGlobal { dst: Reg, name: NameIdx },
    /// `globals[n[name]] := r[src]`
    6 StoreGlobal { name: NameIdx, src: Reg },
    /// `del globals[n[name]]`
    /// Raises: NameError.
    7 DeleteGlobal { name: NameIdx },
    /// `r[dst] := new cell holding r[src]` (an unbound `r[src]` gives an empty cell).
    /// Emitted at function entry for every variable captured by an inner scope.
    8 MakeCell { dst: Reg, src: Reg },
    /// `r[dst] := contents of the cell in r[cell]`
    /// Raises: UnboundLocalError (own cell) or NameError (free variable) when empty.
    9 LoadDeref { dst: Reg, cell: Reg },
    /// `contents of the cell in r[cell] := r[src]`
    10 StoreDeref { cell: Reg, src: Reg },
    /// Empties the cell in `r[cell]`.
    /// Raises: as LoadDeref when already empty.
    11 DeleteDeref { cell: Reg },

    // ----- binary arithmetic: r[dst] := r[a] OP r[b] -------------------------
    /// `r[dst] := r[a] + r[b]`
    /// Raises: TypeError. Deopt: operand types differ from feedback; int overflow.
    12 Add { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] - r[b]`
    /// Raises: TypeError. Deopt: operand types differ from feedback; int overflow.
    13 Sub { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] * r[b]`
    /// Raises: TypeError, MemoryError. Deopt: operand types; int overflow.
    14 Mul { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] / r[b]`
    /// Raises: ZeroDivisionError, TypeError. Deopt: operand types; zero divisor.
    15 TrueDiv { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] // r[b]`
    /// Raises: ZeroDivisionError, TypeError. Deopt: operand types; zero divisor; overflow.
    16 FloorDiv { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] % r[b]`
    /// Raises: ZeroDivisionError, TypeError. Deopt: operand types; zero divisor.
    17 Mod { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] ** r[b]`
    /// Raises: ZeroDivisionError, OverflowError, TypeError.
    18 Pow { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] << r[b]`
    /// Raises: ValueError (negative shift), TypeError.
    19 LShift { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] >> r[b]`
    /// Raises: ValueError (negative shift), TypeError.
    20 RShift { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] & r[b]`
    /// Raises: TypeError.
    21 BitAnd { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] | r[b]`
    /// Raises: TypeError.
    22 BitOr { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] ^ r[b]`
    /// Raises: TypeError.
    23 BitXor { dst: Reg, a: Reg, b: Reg },

    // ----- augmented assignment: like the binary op, but in place for mutable
    // ----- containers (`lst += x` extends `lst`) ------------------------------
    /// `r[dst] := r[a] += r[b]`
    24 IAdd { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] -= r[b]`
    25 ISub { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] *= r[b]`
    26 IMul { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] /= r[b]`
    27 ITrueDiv { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] //= r[b]`
    28 IFloorDiv { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] %= r[b]`
    29 IMod { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] **= r[b]`
    30 IPow { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] <<= r[b]`
    31 ILShift { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] >>= r[b]`
    32 IRShift { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] &= r[b]`
    33 IBitAnd { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] |= r[b]`
    34 IBitOr { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] ^= r[b]`
    35 IBitXor { dst: Reg, a: Reg, b: Reg },

    // ----- unary ------------------------------------------------------------
    /// `r[dst] := -r[src]`
    /// Raises: TypeError. Deopt: operand type; `-(-2**63)` overflow.
    36 Neg { dst: Reg, src: Reg },
    /// `r[dst] := +r[src]`
    /// Raises: TypeError.
    37 Pos { dst: Reg, src: Reg },
    /// `r[dst] := ~r[src]`
    /// Raises: TypeError.
    38 Invert { dst: Reg, src: Reg },
    /// `r[dst] := not r[src]` (a bool)
    39 Not { dst: Reg, src: Reg },

    // ----- comparisons: r[dst] := r[a] OP r[b] --------------------------------
    /// `r[dst] := r[a] < r[b]`
    /// Raises: TypeError. Deopt: operand types.
    40 Lt { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] <= r[b]`
    /// Raises: TypeError. Deopt: operand types.
    41 Le { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] > r[b]`
    /// Raises: TypeError. Deopt: operand types.
    42 Gt { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] >= r[b]`
    /// Raises: TypeError. Deopt: operand types.
    43 Ge { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] == r[b]`
    /// Deopt: operand types.
    44 Eq { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] != r[b]`
    /// Deopt: operand types.
    45 Ne { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] is r[b]`
    46 Is { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] is not r[b]`
    47 IsNot { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] in r[b]`
    /// Raises: TypeError.
    48 In { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] not in r[b]`
    /// Raises: TypeError.
    49 NotIn { dst: Reg, a: Reg, b: Reg },

    // ----- control flow -----------------------------------------------------
    /// `pc := target`. A backward jump is a loop back-edge: it counts towards
    /// tiering and its target is an on-stack-replacement entry.
    50 Jump { target: Label },
    /// `if r[cond]: pc := target` (Python truth value)
    /// Deopt: truth test of a type not in feedback.
    51 JumpIfTrue { cond: Reg, target: Label },
    /// `if not r[cond]: pc := target`
    /// Deopt: truth test of a type not in feedback.
    52 JumpIfFalse { cond: Reg, target: Label },
    /// `r[dst] := iter(r[src])`
    /// Raises: TypeError (not iterable).
    53 GetIter { dst: Reg, src: Reg },
    /// `r[dst] := next(r[iter])`; when the iterator is exhausted, `pc := target`.
    /// Raises: whatever the iterator raises. Deopt: iterator type not in feedback.
    54 ForIter { dst: Reg, iter: Reg, target: Label },
    /// Returns `r[src]` to the caller.
    55 Return { src: Reg },

    // ----- calls --------------------------------------------------------------
    /// `r[dst] := r[func](r[args], ..., r[args+nargs-1])`; on success, heap
    /// values in the argument registers are released (they become None), as
    /// CPython pops the arguments.
    /// Raises: anything.
    56 Call { dst: Reg, func: Reg, args: Reg, nargs: Imm },
    /// `r[dst] := r[func](*r[args..args+nargs])` where the last `len(k[kwnames])`
    /// arguments are passed by keyword with the names in the tuple `k[kwnames]`.
    /// The argument registers are released on success, as for `Call`.
    /// Raises: anything.
    57 CallKw { dst: Reg, func: Reg, args: Reg, nargs: Imm, kwnames: ConstIdx },
    /// `r[dst] := r[func](*r[args], **r[kwargs])`; `r[args]` is a tuple (or,
    /// for a lone `*x` argument, any iterable) and `r[kwargs]` a dict or
    /// None (no keywords).
    /// Raises: TypeError ("f() argument after * must be an iterable, not T"),
    /// anything.
    58 CallEx { dst: Reg, func: Reg, args: Reg, kwargs: Reg },
    /// `r[dst] := r[args].n[name](r[args+1], ..., r[args+nargs])`, without
    /// creating a bound method object. The receiver and argument registers
    /// are released on success, as for `Call`.
    /// Raises: AttributeError, anything.
    59 CallMethod { dst: Reg, name: NameIdx, args: Reg, nargs: Imm },
    /// `r[dst] := new function from the code object k[code]`. `flags` says which
    /// extra values follow in consecutive registers from `r[extra]`:
    /// bit 0 a tuple of positional defaults, bit 1 a dict of keyword-only
    /// defaults, bit 2 a tuple of closure cells, bit 3 the `__annotations__`
    /// dict. The function's `__doc__` is `k[code]`'s first constant when that
    /// is a string.
    60 MakeFunction { dst: Reg, code: ConstIdx, extra: Reg, flags: Imm },

    // ----- containers --------------------------------------------------------
    /// `r[dst] := [r[start], ..., r[start+count-1]]`; heap values are moved
    /// out of the operand registers (which become None).
    61 BuildList { dst: Reg, start: Reg, count: Imm },
    /// `r[dst] := (r[start], ..., r[start+count-1])`; heap values are moved
    /// out of the operand registers (which become None).
    62 BuildTuple { dst: Reg, start: Reg, count: Imm },
    /// `r[dst] := {r[start]: r[start+1], ...}` with `count` key/value pairs;
    /// on success the operand registers are released, as for `Call`.
    /// Raises: TypeError (unhashable key).
    63 BuildDict { dst: Reg, start: Reg, count: Imm },
    /// `r[dst] := slice(r[start], r[start+1], r[start+2])`
    64 BuildSlice { dst: Reg, start: Reg },
    /// `r[list].append(r[src])`
    65 ListAppend { list: Reg, src: Reg },
    /// `r[list].extend(r[src])`
    /// Raises: TypeError (not iterable).
    66 ListExtend { list: Reg, src: Reg },
    /// `r[dict].update(r[src])` for `{**m}` and `f(**m)`
    /// Raises: TypeError.
    67 DictUpdate { dict: Reg, src: Reg },
    /// `r[dst] := tuple(r[src])` where `r[src]` is a list.
    68 ListToTuple { dst: Reg, src: Reg },
    /// `r[dst] := r[obj][r[key]]`
    /// Raises: IndexError, KeyError, TypeError. Deopt: container/index types.
    69 GetItem { dst: Reg, obj: Reg, key: Reg },
    /// `r[obj][r[key]] := r[src]`
    /// Raises: IndexError, KeyError, TypeError. Deopt: container/index types.
    70 SetItem { obj: Reg, key: Reg, src: Reg },
    /// `del r[obj][r[key]]`
    /// Raises: IndexError, KeyError, TypeError.
    71 DelItem { obj: Reg, key: Reg },
    /// `r[dst], ..., r[dst+count-1] := r[src]` (sequence unpacking)
    /// Raises: ValueError (wrong length), TypeError (not iterable).
    72 UnpackSeq { dst: Reg, count: Imm, src: Reg },
    /// Starred unpacking: `before` values to `r[dst]...`, a list of the middle to
    /// `r[dst+before]`, then `after` values.
    /// Raises: ValueError, TypeError.
    73 UnpackEx { dst: Reg, before: Imm, after: Imm, src: Reg },

    // ----- attributes ---------------------------------------------------------
    /// `r[dst] := r[obj].n[name]`
    /// Raises: AttributeError.
    74 LoadAttr { dst: Reg, obj: Reg, name: NameIdx },
    /// `r[obj].n[name] := r[src]`
    /// Raises: AttributeError.
    75 StoreAttr { obj: Reg, name: NameIdx, src: Reg },
    /// `del r[obj].n[name]`
    /// Raises: AttributeError.
    76 DeleteAttr { obj: Reg, name: NameIdx },

    // ----- exceptions -----------------------------------------------------------
    /// `raise r[exc]` (a class is instantiated first)
    /// Raises: always.
    77 Raise { exc: Reg },
    /// `raise r[exc] from r[cause]`
    /// Raises: always.
    78 RaiseFrom { exc: Reg, cause: Reg },
    /// Re-raises the exception in `r[exc]` keeping its traceback (bare `raise`
    /// inside a handler, and the end of `finally` blocks on the exception path).
    79 Reraise { exc: Reg },
    /// Bare `raise` outside any handler in this function: re-raises the
    /// exception currently being handled.
    /// Raises: RuntimeError when there is none.
    80 RaiseCurrent {},
    /// `r[dst] := isinstance(r[exc], r[ty])` for `except` clauses; `r[ty]` may
    /// be a class or a tuple of classes.
    /// Raises: TypeError when `r[ty]` is not an exception class.
    81 ExcMatch { dst: Reg, exc: Reg, ty: Reg },
    /// Enters an `except` body: `r[save] := handled; handled := r[exc]`, where
    /// `handled` is the exception `sys.exc_info()` reports and new exceptions chain to.
    82 PushExc { save: Reg, exc: Reg },
    /// Leaves an `except` body: `handled := r[save]`.
    83 PopExc { save: Reg },
    /// `r[dst] := AssertionError` (the builtin, even if the name is shadowed)
    84 LoadAssertionError { dst: Reg },

    // ----- strings ----------------------------------------------------------------
    /// `r[dst] := format(conv(r[src]), '')` for an f-string field; `conv` is
    /// 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
    /// Raises: anything `__format__` raises.
    85 Format { dst: Reg, src: Reg, conv: Imm },
    /// `r[dst] := format(conv(r[src]), r[spec])`
    /// Raises: ValueError (bad spec), TypeError.
    86 FormatSpec { dst: Reg, src: Reg, conv: Imm, spec: Reg },
    /// `r[dst] := r[start] + ... + r[start+count-1]` where all are str.
    87 BuildString { dst: Reg, start: Reg, count: Imm },

    // ----- imports --------------------------------------------------------------------
    /// `r[dst] := __import__(n[name], globals, None, k[fromlist], level)`
    /// Raises: ImportError, ModuleNotFoundError, anything the module raises.
    88 ImportName { dst: Reg, name: NameIdx, fromlist: ConstIdx, level: Imm },
    /// `r[dst] := r[module].n[name]` for `from m import name`
    /// Raises: ImportError.
    89 ImportFrom { dst: Reg, module: Reg, name: NameIdx },
    /// `from r[module] import *` into globals.
    /// Raises: ImportError, AttributeError.
    90 ImportStar { module: Reg },

    // ----- interactive mode -----------------------------------------------------------
    /// Displays `r[src]` as the interactive prompt does (`sys.displayhook`):
    /// its repr on stdout unless it is None, and `builtins._ := r[src]`.
    91 PrintExpr { src: Reg },

    // ----- generators and coroutines ------------------------------------------------
    /// Suspends the generator, handing `r[src]` to whoever resumed it; when
    /// resumed with `send(v)`, `r[dst] := v` and execution continues after
    /// this instruction (`throw()` raises here instead).
    /// Raises: whatever is thrown in. Never compiled (generator code runs in
    /// the interpreter).
    92 Yield { dst: Reg, src: Reg },
    /// `r[dst] := yield from r[iter]`: resumes the sub-iterator with the
    /// value (or exception) the generator was resumed with; while it yields,
    /// the generator suspends here with its value and re-executes this
    /// instruction on resume; when it returns, `r[dst]` is its return value.
    /// Raises: whatever the sub-iterator raises.
    93 YieldFrom { dst: Reg, iter: Reg },
    /// `r[dst] := the iterator of await r[src]`: a coroutine itself, or the
    /// result of `r[src].__await__()`.
    /// Raises: TypeError ("object X can't be used in 'await' expression").
    94 GetAwaitable { dst: Reg, src: Reg },

    // ----- sets (numbers 110-119) -------------------------------------------------
    /// `r[dst] := {r[start], ..., r[start+count-1]}` (added in that order);
    /// on success the operand registers are released, as for `Call`.
    /// Raises: TypeError (unhashable element), anything (`__hash__`, `__eq__`).
    110 BuildSet { dst: Reg, start: Reg, count: Imm },
    /// `r[set].add(r[src])` (set displays and comprehensions).
    /// Raises: TypeError (unhashable element), anything (`__hash__`, `__eq__`).
    111 SetAdd { set: Reg, src: Reg },
    /// `r[set].update(r[src])` for `{*it}`.
    /// Raises: TypeError (not iterable, unhashable element), anything.
    112 SetUpdate { set: Reg, src: Reg },
    /// `r[dst] := set(frozenset(r[src]))`: a display of more than two
    /// constants, whose tuple is `r[src]`. CPython builds such a display from
    /// a frozenset constant merged into an empty set, and that two-step
    /// construction decides the set's iteration order.
    /// Raises: TypeError (unhashable element).
    113 BuildConstSet { dst: Reg, src: Reg },
    // ----- with statements (numbers 120-139 are this group's range) ------------
    /// Enters a `with` block: `r[dst] := type(r[mgr]).__exit__` bound to
    /// `r[mgr]`, then `r[dst+1] := type(r[mgr]).__enter__(r[mgr])`. Both are
    /// looked up on the type, before `__enter__` is called.
    /// Raises: TypeError (no `__enter__`/`__exit__`), anything `__enter__` raises.
    120 BeforeWith { dst: Reg, mgr: Reg },
    /// Exits a `with` block because of the exception in `r[exc]`:
    /// `r[dst] := r[exit](type(r[exc]), r[exc], traceback)`; the traceback
    /// argument is None (pyjit has no traceback objects yet).
    /// Raises: anything `__exit__` raises.
    121 WithExcept { dst: Reg, exit: Reg, exc: Reg },

    // ----- match statements ---------------------------------------------------------
    /// `r[dst] := True` when `r[src]` is a sequence for pattern matching (a
    /// list, tuple or range, or an instance of a subclass of one; never a str,
    /// bytes or bytearray), else False.
    122 MatchSequence { dst: Reg, src: Reg },
    /// `r[dst] := True` when `r[src]` is a mapping for pattern matching (a dict
    /// or an instance of a subclass of dict), else False.
    123 MatchMapping { dst: Reg, src: Reg },
    /// `r[dst] := len(r[src])` as an int.
    /// Raises: TypeError, anything `__len__` raises.
    124 GetLen { dst: Reg, src: Reg },
    /// For a mapping pattern: `r[dst] := tuple(r[subj].get(k, <missing>) for k
    /// in r[keys])`, or None when any key is missing. `r[keys]` is a tuple.
    /// Raises: ValueError (the same key twice), anything `get` raises.
    125 MatchKeys { dst: Reg, subj: Reg, keys: Reg },
    /// For `**rest` in a mapping pattern: `r[dst] := dict(r[subj])` without
    /// the keys in the tuple `r[keys]`.
    /// Raises: KeyError, TypeError.
    126 CopyDictWithoutKeys { dst: Reg, subj: Reg, keys: Reg },
    /// For a class pattern: when `isinstance(r[subj], r[cls])`, `r[dst] :=` a
    /// tuple of the `npos` attributes named by `r[cls].__match_args__` (or the
    /// subject itself for one positional sub-pattern of bool, bytes, dict,
    /// float, int, list, str, tuple and their subclasses) followed by the
    /// attributes named in the tuple `k[kwnames]`; `r[dst] := None` when the
    /// subject is not an instance or an attribute is missing.
    /// Raises: TypeError (not a class, bad `__match_args__`, too many
    /// positional sub-patterns, an attribute named twice).
    127 MatchClass { dst: Reg, subj: Reg, cls: Reg, npos: Imm, kwnames: ConstIdx },

    // ----- async for / async with (numbers 130-139) ---------------------------------
    /// `r[dst] := type(r[src]).__aiter__(r[src])` (`async for`).
    /// Raises: TypeError (no `__aiter__`, or its result has no `__anext__`),
    /// anything `__aiter__` raises.
    130 GetAIter { dst: Reg, src: Reg },
    /// `r[dst] :=` the iterator of `await type(r[iter]).__anext__(r[iter])`:
    /// the next step of `async for`, awaited by a following `YieldFrom`. An
    /// async generator's `__anext__` is called directly.
    /// Raises: TypeError (no `__anext__`, or its result is not awaitable),
    /// anything `__anext__` raises.
    131 GetANext { dst: Reg, iter: Reg },
    /// The exception handler ending an `async for` loop: falls through to the
    /// `else` clause when `r[exc]` is a StopAsyncIteration, re-raises it
    /// otherwise.
    /// Raises: `r[exc]` unless it is a StopAsyncIteration.
    132 EndAsyncFor { exc: Reg },
    /// Enters an `async with` block: `r[dst] := type(r[mgr]).__aexit__` bound
    /// to `r[mgr]`, then `r[dst+1] := type(r[mgr]).__aenter__(r[mgr])` (not
    /// yet awaited).
    /// Raises: TypeError (no `__aenter__`/`__aexit__`), anything `__aenter__`
    /// raises.
    133 BeforeAsyncWith { dst: Reg, mgr: Reg },
    /// `r[dst] :=` the iterator of `await r[src]` where `r[src]` is what
    /// `__aenter__` (`which` 1) or `__aexit__` (`which` 2) returned.
    /// Raises: TypeError ("'async with' received an object from __aenter__
    /// that does not implement __await__: X").
    134 GetAwaitableWith { dst: Reg, src: Reg, which: Imm },

    // ----- except* (numbers 140-149 are this group's range) ------------------------
    /// For an `except* T` clause: checks `r[ty]` (an exception class or a tuple
    /// of them, none an exception group), then splits `r[exc]` by it:
    /// `r[dst] :=` the matching part or None, `r[dst+1] :=` the rest or None.
    /// A whole match is the group itself; a matching naked exception is
    /// wrapped in `ExceptionGroup('', (exc,))`.
    /// Raises: TypeError, anything `split` raises.
    140 ExcStarMatch { dst: Reg, exc: Reg, ty: Reg },
    /// Ends the clauses of a `try`/`except*`: `r[dst] :=` what is left to raise
    /// of the exception `r[orig]`, given the list `r[raised]` of exceptions the
    /// clauses raised or re-raised and the unmatched rest `r[rest]`; None when
    /// nothing is. Re-raised parts keep their place in the original group;
    /// new exceptions are grouped with them in an `ExceptionGroup('', [...])`.
    /// Raises: anything `split` raises.
    141 PrepReraiseStar { dst: Reg, orig: Reg, raised: Reg, rest: Reg },

    // ----- matrix multiplication ---------------------------------------------
    /// `r[dst] := r[a] @ r[b]` (`__matmul__`/`__rmatmul__`; no built-in type
    /// defines it).
    /// Raises: TypeError.
    150 MatMul { dst: Reg, a: Reg, b: Reg },
    /// `r[dst] := r[a] @= r[b]` (`__imatmul__`, else as MatMul).
    /// Raises: TypeError.
    151 IMatMul { dst: Reg, a: Reg, b: Reg },

    // ----- calls and annotations (numbers 160-169) ---------------------------
    /// Creates the `__annotations__` dict in the namespace the code stores
    /// names in (the class namespace, or the module's globals) unless that
    /// already has one (a module or class body with annotations).
    161 SetupAnnotations {},
    /// `r[dst] := globals[n[name]]` or the builtin: a name declared `global`
    /// in a class body (which `LoadGlobal` would look up in the class
    /// namespace first).
    /// Raises: NameError.
    162 LoadGlobalOnly { dst: Reg, name: NameIdx },
    /// `globals[n[name]] := r[src]` from a class body that declared the name
    /// `global`.
    163 StoreGlobalOnly { name: NameIdx, src: Reg },
    /// `del globals[n[name]]` from a class body that declared it `global`.
    /// Raises: NameError.
    164 DeleteGlobalOnly { name: NameIdx },

    // ----- calls with * / ** unpacking (numbers 170-179) ---------------------
    /// `r[list].extend(r[src])` for `*x` in the arguments of a call of
    /// `r[func]`, whose name the error for a non-iterable `x` gives.
    /// Raises: TypeError (not iterable), anything iteration raises.
    170 CallStarExtend { list: Reg, src: Reg, func: Reg },
    /// `r[dict].update(r[src])` for `**m` in the arguments of a call of
    /// `r[func]`: `m` must be a mapping (a dict, or an object with `keys()`
    /// and `__getitem__`) with string keys not already in `r[dict]`.
    /// Raises: TypeError (not a mapping, a non-string key, a keyword given
    /// twice), anything `keys()` or `__getitem__` raise.
    171 CallKwMerge { dict: Reg, src: Reg, func: Reg },
}

impl Opcode {
    /// The disassembler spelling: `LoadConst` becomes `LOAD_CONST`.
    pub fn mnemonic(self) -> String {
        let mut out = String::new();
        for (i, c) in self.name().char_indices() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_uppercase());
        }
        out
    }
}

impl Instr {
    /// True for instructions after which control never falls through to the
    /// next instruction.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            Instr::Jump { .. }
                | Instr::Return { .. }
                | Instr::Raise { .. }
                | Instr::RaiseFrom { .. }
                | Instr::Reraise { .. }
                | Instr::RaiseCurrent {}
        )
    }

    /// The registers this instruction writes, as (first, count); `None` when
    /// it writes no register. Used by the compiler's bound-local analysis and
    /// by the JIT.
    pub fn writes(&self) -> Option<(u16, u32)> {
        use Instr::*;
        match *self {
            Move { dst, .. }
            | LoadConst { dst, .. }
            | LoadGlobal { dst, .. }
            | LoadGlobalOnly { dst, .. }
            | MakeCell { dst, .. }
            | LoadDeref { dst, .. }
            | Add { dst, .. }
            | Sub { dst, .. }
            | Mul { dst, .. }
            | TrueDiv { dst, .. }
            | FloorDiv { dst, .. }
            | Mod { dst, .. }
            | Pow { dst, .. }
            | LShift { dst, .. }
            | RShift { dst, .. }
            | BitAnd { dst, .. }
            | BitOr { dst, .. }
            | BitXor { dst, .. }
            | IAdd { dst, .. }
            | ISub { dst, .. }
            | IMul { dst, .. }
            | ITrueDiv { dst, .. }
            | IFloorDiv { dst, .. }
            | IMod { dst, .. }
            | IPow { dst, .. }
            | ILShift { dst, .. }
            | IRShift { dst, .. }
            | IBitAnd { dst, .. }
            | IBitOr { dst, .. }
            | IBitXor { dst, .. }
            | MatMul { dst, .. }
            | IMatMul { dst, .. }
            | Neg { dst, .. }
            | Pos { dst, .. }
            | Invert { dst, .. }
            | Not { dst, .. }
            | Lt { dst, .. }
            | Le { dst, .. }
            | Gt { dst, .. }
            | Ge { dst, .. }
            | Eq { dst, .. }
            | Ne { dst, .. }
            | Is { dst, .. }
            | IsNot { dst, .. }
            | In { dst, .. }
            | NotIn { dst, .. }
            | GetIter { dst, .. }
            | ForIter { dst, .. }
            | Call { dst, .. }
            | CallKw { dst, .. }
            | CallEx { dst, .. }
            | CallMethod { dst, .. }
            | MakeFunction { dst, .. }
            | BuildList { dst, .. }
            | BuildTuple { dst, .. }
            | BuildDict { dst, .. }
            | BuildSet { dst, .. }
            | BuildConstSet { dst, .. }
            | BuildSlice { dst, .. }
            | ListToTuple { dst, .. }
            | GetItem { dst, .. }
            | LoadAttr { dst, .. }
            | ExcMatch { dst, .. }
            | LoadAssertionError { dst }
            | Format { dst, .. }
            | FormatSpec { dst, .. }
            | BuildString { dst, .. }
            | ImportName { dst, .. }
            | ImportFrom { dst, .. }
            | Yield { dst, .. }
            | YieldFrom { dst, .. }
            | GetAwaitable { dst, .. }
            | GetAIter { dst, .. }
            | GetANext { dst, .. }
            | GetAwaitableWith { dst, .. }
            | WithExcept { dst, .. }
            | MatchSequence { dst, .. }
            | MatchMapping { dst, .. }
            | GetLen { dst, .. }
            | MatchKeys { dst, .. }
            | CopyDictWithoutKeys { dst, .. }
            | MatchClass { dst, .. }
            | PrepReraiseStar { dst, .. } => Some((dst.0, 1)),
            BeforeWith { dst, .. } | BeforeAsyncWith { dst, .. } | ExcStarMatch { dst, .. } => {
                Some((dst.0, 2))
            }
            PushExc { save, .. } => Some((save.0, 1)),
            DeleteLocal { reg } => Some((reg.0, 1)),
            UnpackSeq { dst, count, .. } => Some((dst.0, count.0)),
            UnpackEx {
                dst, before, after, ..
            } => Some((dst.0, before.0 + after.0 + 1)),
            Nop {}
            | CheckBound { .. }
            | StoreGlobal { .. }
            | DeleteGlobal { .. }
            | StoreGlobalOnly { .. }
            | DeleteGlobalOnly { .. }
            | StoreDeref { .. }
            | DeleteDeref { .. }
            | Jump { .. }
            | JumpIfTrue { .. }
            | JumpIfFalse { .. }
            | Return { .. }
            | ListAppend { .. }
            | ListExtend { .. }
            | DictUpdate { .. }
            | CallStarExtend { .. }
            | CallKwMerge { .. }
            | SetupAnnotations {}
            | SetAdd { .. }
            | SetUpdate { .. }
            | SetItem { .. }
            | DelItem { .. }
            | StoreAttr { .. }
            | DeleteAttr { .. }
            | Raise { .. }
            | RaiseFrom { .. }
            | Reraise { .. }
            | RaiseCurrent {}
            | PopExc { .. }
            | EndAsyncFor { .. }
            | ImportStar { .. }
            | PrintExpr { .. } => None,
        }
    }

    /// The jump target of a branching instruction, if any.
    pub fn jump_target(&self) -> Option<Label> {
        match *self {
            Instr::Jump { target }
            | Instr::JumpIfTrue { target, .. }
            | Instr::JumpIfFalse { target, .. }
            | Instr::ForIter { target, .. } => Some(target),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds an instruction of opcode `op` whose operands are distinct small numbers.
    fn sample(op: Opcode) -> Instr {
        let mut bytes = vec![op as u8];
        for (i, _) in op.operands().iter().enumerate() {
            write_varint(&mut bytes, (i as u64) * 37 + 300);
        }
        let mut pos = 0;
        let instr = Instr::decode(&bytes, &mut pos).expect("sample decodes");
        assert_eq!(pos, bytes.len());
        instr
    }

    #[test]
    fn every_opcode_round_trips_by_number() {
        let mut prev: Option<u8> = None;
        for &op in Opcode::ALL {
            assert!(
                prev.is_none_or(|p| p < op as u8),
                "opcode numbers are in increasing order"
            );
            prev = Some(op as u8);
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
            let instr = sample(op);
            assert_eq!(instr.opcode(), op);
            let mut bytes = Vec::new();
            instr.encode(&mut bytes);
            let mut pos = 0;
            assert_eq!(Instr::decode(&bytes, &mut pos), Ok(instr));
            assert_eq!(instr.operands().1, op.operands().len());
            assert!(!op.doc().trim().is_empty(), "{} has no doc", op.name());
        }
        for b in 0..=u8::MAX {
            let listed = Opcode::ALL.iter().any(|&op| op as u8 == b);
            assert_eq!(Opcode::from_u8(b).is_some(), listed, "opcode {b}");
        }
    }

    /// The decoder spelled out from the operand table, one varint at a time:
    /// what `decode_many` must agree with.
    fn reference_decode(bytes: &[u8], pos: &mut usize) -> Result<(Opcode, Vec<u64>), DecodeError> {
        let b = *bytes.get(*pos).ok_or(DecodeError::Truncated)?;
        *pos += 1;
        let op = Opcode::from_u8(b).ok_or(DecodeError::BadOpcode(b))?;
        let mut values = Vec::new();
        for &(_, kind) in op.operands() {
            let v = read_varint(bytes, pos)?;
            let max = match kind {
                OperandKind::Reg => u64::from(u16::MAX),
                _ => u64::from(u32::MAX),
            };
            if v > max {
                return Err(DecodeError::OperandTooLarge);
            }
            values.push(v);
        }
        Ok((op, values))
    }

    fn raw_operand(op: Operand) -> u64 {
        match op {
            Operand::Reg(r) => r.raw(),
            Operand::Const(k) => k.raw(),
            Operand::Name(n) => n.raw(),
            Operand::Label(l) => l.raw(),
            Operand::Imm(i) => i.raw(),
        }
    }

    #[test]
    fn decode_many_agrees_with_the_operand_table() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            // A few instructions with operands of every size, then damage.
            let mut bytes = Vec::new();
            let count = (next() % 6) as usize;
            for _ in 0..count {
                let op = (next() % 142) as u8;
                bytes.push(op);
                let nops = Opcode::from_u8(op).map_or(2, |o| o.operands().len());
                for _ in 0..nops {
                    let v = match next() % 8 {
                        0 => next() % (1 << 14),
                        1 => next() % (1 << 21),
                        2 => u64::from(u16::MAX) + next() % 3 - 1,
                        3 => u64::from(u32::MAX) + next() % 3 - 1,
                        4 => next(),
                        _ => next() % 128,
                    };
                    write_varint(&mut bytes, v);
                }
            }
            match next() % 4 {
                0 if !bytes.is_empty() => {
                    let cut = (next() as usize) % bytes.len();
                    bytes.truncate(cut);
                }
                1 if !bytes.is_empty() => {
                    let i = (next() as usize) % bytes.len();
                    bytes[i] = next() as u8;
                }
                _ => {}
            }
            let mut out = Vec::new();
            let got = Instr::decode_many(&bytes, count, &mut out);
            let mut pos = 0;
            let mut want = Ok(0);
            for i in 0..count {
                let here = pos;
                match reference_decode(&bytes, &mut pos) {
                    Ok((op, values)) => {
                        let instr = out[i];
                        assert_eq!(instr.opcode(), op, "{bytes:?}");
                        let (ops, n) = instr.operands();
                        let raw: Vec<u64> = ops[..n].iter().map(|&o| raw_operand(o)).collect();
                        assert_eq!(raw, values, "{bytes:?}");
                        want = Ok(pos);
                    }
                    Err(e) => {
                        want = Err((here, e));
                        assert_eq!(out.len(), i, "{bytes:?}");
                        break;
                    }
                }
            }
            assert_eq!(got, want, "{bytes:?}");
            // The single-instruction decoder agrees too.
            let mut pos = 0;
            let mut ref_pos = 0;
            match (
                Instr::decode(&bytes, &mut pos),
                reference_decode(&bytes, &mut ref_pos),
            ) {
                (Ok(i), Ok((op, _))) => {
                    assert_eq!(i.opcode(), op);
                    assert_eq!(pos, ref_pos);
                }
                (Err(e), Err(f)) => assert_eq!(e, f),
                (a, b) => panic!("{a:?} vs {b:?} for {bytes:?}"),
            }
        }
    }

    #[test]
    fn mnemonics() {
        assert_eq!(Opcode::LoadConst.mnemonic(), "LOAD_CONST");
        assert_eq!(Opcode::IAdd.mnemonic(), "I_ADD");
    }

    #[test]
    fn instr_stays_small() {
        assert!(std::mem::size_of::<Instr>() <= 16);
    }
}
