//! Marshal: `CodeObject` ⇄ bytes, the body of a cache file, and the format of
//! `marshal.dumps(value)` (a code object or any constant, `dumps_const`).
//!
//! # Encoding
//!
//! Integers are unsigned LEB128 varints (`uv`, the same encoding instruction
//! operands use); signed deltas are zigzag-mapped first (`zz`: 0, -1, 1, -2 →
//! 0, 1, 2, 3). An object starts with a one-byte tag:
//!
//! ```text
//! 'N' None   'F' False   'T' True   '.' Ellipsis
//! 'i' int     zz(value)                         (fits in i64)
//! 'l' bigint  sign:u8 (0 = +, 1 = -)  n:uv  n magnitude bytes, little-endian,
//!             no trailing zero byte (so zero is 0 bytes, and never negative)
//! 'g' float   8 bytes: the IEEE-754 bits, little-endian (keeps -0.0 and NaN payloads)
//! 's' str     str (below)
//! '(' tuple   n:uv  n objects
//! 'c' code    the fields below, in this order
//! ```
//!
//! A code object:
//!
//! ```text
//! name:str  qualname:str  filename:str
//! firstlineno:uv  argcount:uv  posonlyargcount:uv  kwonlyargcount:uv  flags:uv  nregs:uv
//! varnames:strs  cellvars:strs  freevars:strs  names:strs          strs = n:uv  n × str
//! nconsts:uv  nconsts objects
//! ninstrs:uv  nbytes:uv  nbytes bytes: ninstrs × Instr::encode (opcode byte, operand varints)
//! npositions:uv  then runs of equal positions until npositions are covered
//! nexc:uv  nexc × (start:uv  end:uv  handler:uv  exc_reg:uv)
//! ```
//!
//! A position run is relative to the previous run's position (all zero before
//! the first). Most runs take the two-byte short form, the rest the long form:
//!
//! ```text
//! short  h:u8 < 0x80    bit 0: run - 1 (run 1 or 2)   bit 1: line - previous line (0 or 1)
//!                       bits 2-6: zz(col - previous col) (-16..=15); end_line = line
//!        width:uv       end_col - col
//! long   0x80  run:uv (>= 1)  zz(line - previous line)  zz(end_line - line)
//!        zz(col - previous col)  zz(end_col - col)
//! ```
//!
//! Bytes 0x81..=0xff cannot start a run. The encoder uses the short form
//! whenever it can represent the run.
//!
//! A `str` is a varint `h` and maybe bytes. Even `h`: `h >> 1` bytes of UTF-8
//! follow, and the string is appended to a table of strings seen so far. Odd
//! `h`: the string is table entry `h >> 1` again (the decoder shares it: one
//! allocation per distinct string). Names, the file name and string constants
//! repeat across nested code objects, so this keeps files small and loads
//! fast without changing what is stored.
//!
//! # Determinism
//!
//! The encoder walks the object in field order and always makes the same
//! choices, so one code object gives one byte string.
//!
//! # Hostile input
//!
//! The decoder never trusts a length: every count is checked against the bytes
//! left before anything is allocated, so a decoded object is at most a small
//! constant factor larger than its input. A string reference is the one way a
//! byte could expand to many; the total length of strings copied by reference
//! may not exceed `REF_RATIO` times the input read so far, and the encoder
//! writes a string in full whenever a reference would cross that line, so its
//! own output is always accepted. Position runs are the other: the position
//! count may not exceed the instruction count. Nesting of code objects and tuples is limited
//! to `verify::MAX_NESTING`, the verifier's own limit. Decoding checks the
//! *encoding* only; callers must run `verify::verify` before running the code
//! (`cache::read_cache` does).

use crate::bytecode::code::{CodeObject, Const, ExcEntry, Name, Position};
use crate::bytecode::opcodes::Instr;
use crate::bytecode::operand::{DecodeError, read_varint, write_varint};
use crate::bytecode::verify::MAX_NESTING;
use num_bigint::{BigInt, Sign};
use std::collections::HashMap;
use std::fmt;

/// Object tags.
pub mod tag {
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const BIGINT: u8 = b'l';
    pub const FLOAT: u8 = b'g';
    /// CPython's binary complex: real then imaginary, 8 bytes each.
    pub const COMPLEX: u8 = b'y';
    pub const STR: u8 = b's';
    pub const BYTES: u8 = b'b';
    pub const TUPLE: u8 = b'(';
    pub const CODE: u8 = b'c';
}

/// Strings copied by reference may total at most this many times the number
/// of input bytes read so far.
pub const REF_RATIO: usize = 16;

/// First byte of a position run in the long form (see the module docs).
const POS_LONG: u8 = 0x80;

// ===================================================================== errors

/// What kind of problem a `MarshalError` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarshalErrorKind {
    /// The input ended before the object did (or a length claims more bytes
    /// than are left, which looks the same).
    Truncated,
    /// The bytes are not a well-formed encoding.
    Corrupt,
}

/// Why bytes could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarshalError {
    pub kind: MarshalErrorKind,
    /// Offset of the offending field in the input.
    pub offset: usize,
    pub msg: String,
}

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            MarshalErrorKind::Truncated => "truncated",
            MarshalErrorKind::Corrupt => "corrupt",
        };
        write!(f, "{what} data at byte {}: {}", self.offset, self.msg)
    }
}

impl std::error::Error for MarshalError {}

// ===================================================================== encoding

/// Serialises `code` (and everything nested in it).
pub fn dumps_code(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::with_capacity(size_estimate(code));
    dumps_code_into(code, &mut out);
    out
}

/// Appends the serialisation of `code` to `out`. Byte offsets in the encoding
/// (for the reference budget) count from where it starts in `out`.
pub fn dumps_code_into(code: &CodeObject, out: &mut Vec<u8>) {
    let base = out.len();
    let mut w = Writer {
        out,
        base,
        strings: HashMap::new(),
        nstrings: 0,
        ref_bytes: 0,
        scratch: Vec::new(),
    };
    w.out.push(tag::CODE);
    w.code(code);
}

/// Serialises one constant (a code object, or any value a code object can
/// hold as a constant) on its own: what `marshal.dumps` returns.
pub fn dumps_const(c: &Const) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = Writer {
        out: &mut out,
        base: 0,
        strings: HashMap::new(),
        nstrings: 0,
        ref_bytes: 0,
        scratch: Vec::new(),
    };
    w.konst(c);
    out
}

/// A rough output size, to allocate the buffer once in the common case.
fn size_estimate(code: &CodeObject) -> usize {
    let mut n = 64 + 5 * code.instrs.len() + 8 * code.names.len() + 8 * code.varnames.len();
    for c in &code.consts {
        n += match c {
            Const::Code(inner) => size_estimate(inner),
            Const::Str(s) => s.len() + 2,
            _ => 10,
        };
    }
    n
}

#[inline]
fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

#[inline]
fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

/// A varint of one or two bytes at `*p` (advancing it); `None`, leaving `*p`
/// somewhere past it, for anything else.
#[inline(always)]
fn small_uv(buf: &[u8], p: &mut usize) -> Option<u16> {
    let b = *buf.get(*p)?;
    *p += 1;
    if b < 0x80 {
        return Some(u16::from(b));
    }
    let c = *buf.get(*p)?;
    *p += 1;
    (c < 0x80).then(|| u16::from(b & 0x7f) | (u16::from(c) << 7))
}

/// `unzigzag` of a value below 2**14.
#[inline(always)]
fn unzigzag14(v: u16) -> i32 {
    i32::from(v >> 1) ^ -i32::from(v & 1)
}

fn varint_len(v: u64) -> usize {
    (64 - (v | 1).leading_zeros() as usize).div_ceil(7)
}

struct Writer<'a, 'o> {
    out: &'o mut Vec<u8>,
    /// Where this encoding starts in `out`.
    base: usize,
    /// First table index of each string written in full.
    strings: HashMap<&'a str, u64>,
    /// Number of strings written in full (the decoder's table length).
    nstrings: u64,
    /// Total length of strings written as references.
    ref_bytes: usize,
    /// Reused buffer for instruction bytes (their length goes first).
    scratch: Vec<u8>,
}

impl<'a> Writer<'a, '_> {
    #[inline]
    fn uv(&mut self, v: u64) {
        write_varint(self.out, v);
    }

    #[inline]
    fn u32(&mut self, v: u32) {
        self.uv(u64::from(v));
    }

    #[inline]
    fn zz(&mut self, v: i64) {
        self.uv(zigzag(v));
    }

    fn str(&mut self, s: &'a str) {
        if let Some(&index) = self.strings.get(s) {
            let h = (index << 1) | 1;
            // Mirror of the decoder's budget check, made at the offset the
            // decoder will be at after reading `h`.
            let after = self.out.len() - self.base + varint_len(h);
            if self.ref_bytes + s.len() <= REF_RATIO.saturating_mul(after) {
                self.ref_bytes += s.len();
                self.uv(h);
                return;
            }
        } else {
            self.strings.insert(s, self.nstrings);
        }
        self.nstrings += 1;
        self.uv((s.len() as u64) << 1);
        self.out.extend_from_slice(s.as_bytes());
    }

    fn strs(&mut self, v: &'a [Name]) {
        self.uv(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }

    fn konst(&mut self, c: &'a Const) {
        match c {
            Const::None => self.out.push(tag::NONE),
            Const::Bool(false) => self.out.push(tag::FALSE),
            Const::Bool(true) => self.out.push(tag::TRUE),
            Const::Ellipsis => self.out.push(tag::ELLIPSIS),
            Const::Int(i) => {
                self.out.push(tag::INT);
                self.zz(*i);
            }
            Const::BigInt(b) => {
                self.out.push(tag::BIGINT);
                self.out.push(u8::from(b.sign() == Sign::Minus));
                let mut mag = b.magnitude().to_bytes_le();
                while mag.last() == Some(&0) {
                    mag.pop();
                }
                self.uv(mag.len() as u64);
                self.out.extend_from_slice(&mag);
            }
            Const::Float(f) => {
                self.out.push(tag::FLOAT);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Const::Complex(re, im) => {
                self.out.push(tag::COMPLEX);
                self.out.extend_from_slice(&re.to_bits().to_le_bytes());
                self.out.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Const::Str(s) => {
                self.out.push(tag::STR);
                self.str(s);
            }
            Const::Bytes(b) => {
                self.out.push(tag::BYTES);
                self.uv(b.len() as u64);
                self.out.extend_from_slice(b);
            }
            Const::Tuple(items) => {
                self.out.push(tag::TUPLE);
                self.uv(items.len() as u64);
                for item in items {
                    self.konst(item);
                }
            }
            Const::Code(code) => {
                self.out.push(tag::CODE);
                self.code(code);
            }
        }
    }

    fn code(&mut self, c: &'a CodeObject) {
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        self.u32(c.firstlineno);
        self.u32(c.argcount);
        self.u32(c.posonlyargcount);
        self.u32(c.kwonlyargcount);
        self.u32(c.flags);
        self.u32(c.nregs);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.strs(&c.names);
        self.uv(c.consts.len() as u64);
        for k in &c.consts {
            self.konst(k);
        }

        self.uv(c.instrs.len() as u64);
        let mut buf = std::mem::take(&mut self.scratch);
        buf.clear();
        for i in &c.instrs {
            i.encode(&mut buf);
        }
        self.uv(buf.len() as u64);
        self.out.extend_from_slice(&buf);
        self.scratch = buf;

        self.positions(&c.positions);

        self.uv(c.exc_table.len() as u64);
        for e in &c.exc_table {
            self.u32(e.start);
            self.u32(e.end);
            self.u32(e.handler);
            self.uv(u64::from(e.exc_reg));
        }
    }

    fn positions(&mut self, positions: &[Position]) {
        self.uv(positions.len() as u64);
        let mut prev = Position::default();
        let mut rest = positions;
        while let Some((&p, tail)) = rest.split_first() {
            let run = 1 + tail.iter().take_while(|&&q| q == p).count();
            let dline = i64::from(p.line) - i64::from(prev.line);
            let dcol = i64::from(p.col) - i64::from(prev.col);
            if run <= 2
                && (0..=1).contains(&dline)
                && p.end_line == p.line
                && (-16..16).contains(&dcol)
                && p.end_col >= p.col
            {
                let h = (run as u64 - 1) | ((dline as u64) << 1) | (zigzag(dcol) << 2);
                self.out.push(h as u8);
                self.u32(p.end_col - p.col);
            } else {
                self.out.push(POS_LONG);
                self.uv(run as u64);
                self.zz(dline);
                self.zz(i64::from(p.end_line) - i64::from(p.line));
                self.zz(dcol);
                self.zz(i64::from(p.end_col) - i64::from(p.col));
            }
            prev = p;
            rest = rest.get(run..).unwrap_or_default();
        }
    }
}

// ===================================================================== decoding

/// Deserialises a code object written by `dumps_code`. The whole input must be
/// one code object. The result is well-formed data but not yet verified.
pub fn loads_code(bytes: &[u8]) -> Result<CodeObject, MarshalError> {
    let mut r = Reader {
        buf: bytes,
        pos: 0,
        // Typical files have a distinct string every 100 to 200 bytes; sizing
        // the table up front saves its reallocations.
        strings: Vec::with_capacity(bytes.len() / 128 + 8),
        ref_bytes: 0,
    };
    r.top_level().map_err(|e| *e)
}

/// Deserialises one constant written by `dumps_const` (`marshal.loads`).
/// Bytes after the object are ignored, as CPython's `marshal.loads` ignores
/// them. Code objects in the result are well-formed data but not yet verified.
pub fn loads_const(bytes: &[u8]) -> Result<Const, MarshalError> {
    let mut r = Reader {
        buf: bytes,
        pos: 0,
        strings: Vec::with_capacity(bytes.len() / 128 + 8),
        ref_bytes: 0,
    };
    let mut out = Vec::with_capacity(1);
    r.konst(0, &mut out).map_err(|e| *e)?;
    out.pop().ok_or_else(|| *corrupt(0, "no object decoded"))
}

fn tag_name(t: u8) -> String {
    match t {
        tag::NONE => "None".into(),
        tag::FALSE | tag::TRUE => "a bool".into(),
        tag::ELLIPSIS => "Ellipsis".into(),
        tag::INT | tag::BIGINT => "an int".into(),
        tag::FLOAT => "a float".into(),
        tag::COMPLEX => "a complex".into(),
        tag::STR => "a str".into(),
        tag::BYTES => "bytes".into(),
        tag::TUPLE => "a tuple".into(),
        tag::CODE => "a code object".into(),
        _ => format!("unknown (tag byte {t:#04x})"),
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    /// Strings written in full so far; references index this.
    strings: Vec<Name>,
    /// Total length of strings copied by reference.
    ref_bytes: usize,
}

/// Errors are boxed while decoding so that every `Result` the hot paths pass
/// around stays one or two registers wide.
type Res<T> = Result<T, Box<MarshalError>>;

#[cold]
#[inline(never)]
fn corrupt(offset: usize, msg: impl Into<String>) -> Box<MarshalError> {
    Box::new(MarshalError {
        kind: MarshalErrorKind::Corrupt,
        offset,
        msg: msg.into(),
    })
}

#[cold]
#[inline(never)]
fn truncated(offset: usize, msg: impl Into<String>) -> Box<MarshalError> {
    Box::new(MarshalError {
        kind: MarshalErrorKind::Truncated,
        offset,
        msg: msg.into(),
    })
}

impl<'a> Reader<'a> {
    fn top_level(&mut self) -> Res<CodeObject> {
        let at = self.pos;
        let t = self.byte("object tag")?;
        if t != tag::CODE {
            return Err(corrupt(
                at,
                format!("the object is {}, not a code object", tag_name(t)),
            ));
        }
        let code = self.code(0)?;
        if self.pos != self.buf.len() {
            return Err(corrupt(
                self.pos,
                format!(
                    "{} trailing bytes after the code object",
                    self.buf.len() - self.pos
                ),
            ));
        }
        Ok(code)
    }

    #[inline]
    fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    #[inline]
    fn byte(&mut self, what: &str) -> Res<u8> {
        match self.buf.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(truncated(self.pos, format!("input ends before {what}"))),
        }
    }

    /// An unsigned varint. One- and two-byte varints (nearly all of them) take
    /// the fast path.
    #[inline(always)]
    fn uv(&mut self) -> Res<u64> {
        let p = self.pos;
        if let Some(&b) = self.buf.get(p) {
            if b < 0x80 {
                self.pos = p + 1;
                return Ok(u64::from(b));
            }
            if let Some(&c) = self.buf.get(p + 1)
                && c < 0x80
            {
                self.pos = p + 2;
                return Ok(u64::from(b & 0x7f) | (u64::from(c) << 7));
            }
        }
        self.uv_slow()
    }

    #[inline(never)]
    fn uv_slow(&mut self) -> Res<u64> {
        let at = self.pos;
        read_varint(self.buf, &mut self.pos).map_err(|e| match e {
            DecodeError::Truncated => truncated(at, "input ends inside a number"),
            _ => corrupt(at, "number does not fit in 64 bits"),
        })
    }

    #[inline]
    fn u32(&mut self, what: &str) -> Res<u32> {
        let at = self.pos;
        let v = self.uv()?;
        u32::try_from(v).map_err(|_| corrupt(at, format!("{what} {v} out of range")))
    }

    #[inline]
    fn zz(&mut self) -> Res<i64> {
        Ok(unzigzag(self.uv()?))
    }

    /// A varint used as a length in bytes; the bytes must all be there.
    fn byte_len(&mut self, what: &str) -> Res<usize> {
        let at = self.pos;
        let n = self.uv()?;
        match usize::try_from(n) {
            Ok(n) if n <= self.remaining() => Ok(n),
            _ => Err(truncated(
                at,
                format!("{what} of {n} bytes but only {} left", self.remaining()),
            )),
        }
    }

    /// A varint used as a count of items each at least `min_size` bytes long:
    /// it must not claim more items than the remaining input could hold.
    #[inline]
    fn count(&mut self, min_size: usize, what: &str) -> Res<usize> {
        let at = self.pos;
        let n = self.uv()?;
        match usize::try_from(n) {
            Ok(n) if n <= self.remaining() / min_size => Ok(n),
            _ => Err(truncated(
                at,
                format!("{n} {what} but only {} bytes left", self.remaining()),
            )),
        }
    }

    fn bytes(&mut self, n: usize) -> &'a [u8] {
        // Callers check `n <= remaining()`; `get` keeps this total anyway.
        let end = self.pos.saturating_add(n);
        let s = self.buf.get(self.pos..end).unwrap_or_default();
        self.pos += s.len();
        s
    }

    /// A `str`, borrowed from the input (the caller copies it). Returning the
    /// borrow keeps the result in registers.
    #[inline]
    fn str(&mut self) -> Res<Name> {
        let at = self.pos;
        let h = self.uv()?;
        if h & 1 == 1 {
            let index = h >> 1;
            let Some(s) = usize::try_from(index)
                .ok()
                .and_then(|i| self.strings.get(i))
            else {
                return Err(corrupt(
                    at,
                    format!(
                        "reference to string {index} but only {} strings so far",
                        self.strings.len()
                    ),
                ));
            };
            self.ref_bytes += s.len();
            if self.ref_bytes > REF_RATIO.saturating_mul(self.pos) {
                return Err(corrupt(at, "too much string data copied by reference"));
            }
            // A reference shares the string: no copy, no allocation.
            return Ok(s.clone());
        }
        self.new_str(at, h >> 1)
    }

    /// A string written in full, of `n` bytes; `at` is where its header starts.
    fn new_str(&mut self, at: usize, n: u64) -> Res<Name> {
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        if n > self.remaining() {
            return Err(truncated(
                at,
                format!("string of {n} bytes but only {} left", self.remaining()),
            ));
        }
        let bytes = self.bytes(n);
        let s = match std::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => return Err(corrupt(at, format!("string is not valid UTF-8 ({e})"))),
        };
        let s: Name = Name::from(s);
        self.strings.push(s.clone());
        Ok(s)
    }

    fn strs(&mut self, what: &str) -> Res<Vec<Name>> {
        let n = self.count(1, what)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.str()?);
        }
        Ok(v)
    }

    /// Decodes one constant and appends it to `out` (rather than returning
    /// it, which costs a copy of the `Result<Const>` through the stack).
    fn konst(&mut self, depth: usize, out: &mut Vec<Const>) -> Res<()> {
        let at = self.pos;
        let t = self.byte("a constant")?;
        match t {
            tag::NONE => out.push(Const::None),
            tag::FALSE => out.push(Const::Bool(false)),
            tag::TRUE => out.push(Const::Bool(true)),
            tag::ELLIPSIS => out.push(Const::Ellipsis),
            tag::INT => {
                let v = self.zz()?;
                out.push(Const::Int(v));
            }
            tag::BIGINT => {
                let b = self.bigint(at)?;
                out.push(b);
            }
            tag::FLOAT => {
                let Some(bits) = self.buf.get(self.pos..).and_then(|s| s.first_chunk::<8>()) else {
                    return Err(truncated(at, "input ends inside a float"));
                };
                self.pos += 8;
                out.push(Const::Float(f64::from_bits(u64::from_le_bytes(*bits))));
            }
            tag::COMPLEX => {
                let Some(bits) = self.buf.get(self.pos..).and_then(|s| s.first_chunk::<16>())
                else {
                    return Err(truncated(at, "input ends inside a complex"));
                };
                self.pos += 16;
                let (re, im) = bits.split_at(8);
                let part = |b: &[u8]| {
                    let mut w = [0u8; 8];
                    w.copy_from_slice(b);
                    f64::from_bits(u64::from_le_bytes(w))
                };
                out.push(Const::Complex(part(re), part(im)));
            }
            tag::STR => {
                let s = self.str()?;
                out.push(Const::Str(s));
            }
            tag::BYTES => {
                let n = self.count(1, "bytes")?;
                let b = self.bytes(n).to_vec();
                out.push(Const::Bytes(b));
            }
            tag::TUPLE => {
                if depth > MAX_NESTING {
                    return Err(corrupt(at, "constant tuples nested too deeply"));
                }
                let n = self.count(1, "tuple items")?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    self.konst(depth + 1, &mut items)?;
                }
                out.push(Const::Tuple(items));
            }
            tag::CODE => {
                let code = Box::new(self.code(depth + 1)?);
                out.push(Const::Code(code));
            }
            t => return Err(corrupt(at, format!("unknown constant tag {t:#04x}"))),
        }
        Ok(())
    }

    fn bigint(&mut self, at: usize) -> Res<Const> {
        let sign = match self.byte("the sign of an int")? {
            0 => Sign::Plus,
            1 => Sign::Minus,
            s => return Err(corrupt(at, format!("bad int sign byte {s}"))),
        };
        let n = self.byte_len("int")?;
        let mag = self.bytes(n);
        if mag.last() == Some(&0) {
            return Err(corrupt(at, "int magnitude has a trailing zero byte"));
        }
        if mag.is_empty() && sign == Sign::Minus {
            return Err(corrupt(at, "negative zero int"));
        }
        Ok(Const::BigInt(BigInt::from_bytes_le(sign, mag)))
    }

    fn code(&mut self, depth: usize) -> Res<CodeObject> {
        let start = self.pos;
        if depth > MAX_NESTING {
            return Err(corrupt(start, "code objects nested too deeply"));
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let firstlineno = self.u32("firstlineno")?;
        let argcount = self.u32("argcount")?;
        let posonlyargcount = self.u32("posonlyargcount")?;
        let kwonlyargcount = self.u32("kwonlyargcount")?;
        let flags = self.u32("flags")?;
        let nregs = self.u32("nregs")?;
        let varnames = self.strs("varnames")?;
        let cellvars = self.strs("cellvars")?;
        let freevars = self.strs("freevars")?;
        let names = self.strs("names")?;

        let nconsts = self.count(1, "constants")?;
        let mut consts = Vec::with_capacity(nconsts);
        for _ in 0..nconsts {
            self.konst(depth, &mut consts)?;
        }

        let instrs = self.instrs()?;
        let positions = self.positions(instrs.len())?;

        let nexc = self.count(4, "exception table entries")?;
        let mut exc_table = Vec::with_capacity(nexc);
        for _ in 0..nexc {
            let start = self.u32("exception range start")?;
            let end = self.u32("exception range end")?;
            let handler = self.u32("exception handler")?;
            let at = self.pos;
            let reg = self.uv()?;
            let Ok(exc_reg) = u16::try_from(reg) else {
                return Err(corrupt(
                    at,
                    format!("exception register {reg} out of range"),
                ));
            };
            exc_table.push(ExcEntry {
                start,
                end,
                handler,
                exc_reg,
            });
        }

        Ok(CodeObject {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            nregs,
            varnames,
            cellvars,
            freevars,
            names,
            consts,
            instrs,
            positions,
            exc_table,
        })
    }

    fn instrs(&mut self) -> Res<Vec<Instr>> {
        let at = self.pos;
        let n = self.uv()?;
        let nbytes = self.byte_len("instruction block")?;
        // Every instruction is at least its opcode byte.
        let n = match usize::try_from(n) {
            Ok(n) if n <= nbytes => n,
            _ => {
                return Err(corrupt(
                    at,
                    format!("{n} instructions cannot fit in {nbytes} bytes"),
                ));
            }
        };
        let base = self.pos;
        let block = self.bytes(nbytes);
        let mut instrs = Vec::with_capacity(n);
        let used = match Instr::decode_many(block, n, &mut instrs) {
            Ok(used) => used,
            Err((here, e)) => {
                let msg = match e {
                    DecodeError::Truncated => {
                        "instruction runs past the end of the instruction block".to_string()
                    }
                    e => format!("instruction {}: {e}", instrs.len()),
                };
                return Err(corrupt(base + here, msg));
            }
        };
        if used != block.len() {
            return Err(corrupt(
                base + used,
                format!("{} unused bytes after the instructions", block.len() - used),
            ));
        }
        Ok(instrs)
    }

    fn positions(&mut self, ninstrs: usize) -> Res<Vec<Position>> {
        let at = self.pos;
        let n = self.uv()?;
        // Runs let a few bytes stand for many positions; bounding the count by
        // the number of instructions (each at least one input byte) keeps the
        // allocation proportional to the input.
        let n = match usize::try_from(n) {
            Ok(n) if n <= ninstrs => n,
            _ => {
                return Err(corrupt(
                    at,
                    format!("{n} positions for {ninstrs} instructions"),
                ));
            }
        };
        let mut out = Vec::with_capacity(n);
        let mut prev = Position::default();
        let buf = self.buf;
        let mut p = self.pos;
        // This loop is hot. Runs whose fields are all one-byte varints and in
        // range are decoded inline; anything else (including every error) is
        // left to `position_slow`, which decodes the run from its start again.
        while out.len() < n {
            match *buf.get(p..).unwrap_or_default() {
                [h, width, ..] if h < POS_LONG && width < 0x80 => {
                    let run = usize::from(h & 1) + 1;
                    let line = prev.line.checked_add(u32::from((h >> 1) & 1));
                    // zz(col - previous col) in five bits: -16..=15.
                    let dcol = i32::from(h >> 3) ^ -i32::from((h >> 2) & 1);
                    let col = prev.col.checked_add_signed(dcol);
                    let end_col = col.and_then(|c| c.checked_add(u32::from(width)));
                    if let (Some(line), Some(col), Some(end_col)) = (line, col, end_col)
                        && run <= n - out.len()
                    {
                        prev = Position {
                            line,
                            end_line: line,
                            col,
                            end_col,
                        };
                        out.push(prev);
                        if run == 2 {
                            out.push(prev);
                        }
                        p += 2;
                        continue;
                    }
                }
                [POS_LONG, ..] => {
                    let mut q = p + 1;
                    let run = small_uv(buf, &mut q);
                    let dline = small_uv(buf, &mut q);
                    let dend_line = small_uv(buf, &mut q);
                    let dcol = small_uv(buf, &mut q);
                    let dend_col = small_uv(buf, &mut q);
                    let line = dline.and_then(|d| prev.line.checked_add_signed(unzigzag14(d)));
                    let end_line = dend_line
                        .zip(line)
                        .and_then(|(d, l)| l.checked_add_signed(unzigzag14(d)));
                    let col = dcol.and_then(|d| prev.col.checked_add_signed(unzigzag14(d)));
                    let end_col = dend_col
                        .zip(col)
                        .and_then(|(d, c)| c.checked_add_signed(unzigzag14(d)));
                    if let (Some(run), Some(line), Some(end_line), Some(col), Some(end_col)) =
                        (run, line, end_line, col, end_col)
                        && run >= 1
                        && run as usize <= n - out.len()
                    {
                        prev = Position {
                            line,
                            end_line,
                            col,
                            end_col,
                        };
                        for _ in 0..run {
                            out.push(prev);
                        }
                        p = q;
                        continue;
                    }
                }
                _ => {}
            }
            self.pos = p;
            prev = self.position_slow(prev, n, &mut out)?;
            p = self.pos;
        }
        self.pos = p;
        Ok(out)
    }

    /// One run of positions at `self.pos` in any form, relative to `prev`,
    /// appended to `out` (which must end up with at most `n` entries); returns
    /// the run's position.
    #[inline(never)]
    fn position_slow(
        &mut self,
        prev: Position,
        n: usize,
        out: &mut Vec<Position>,
    ) -> Res<Position> {
        let at = self.pos;
        let h = self.byte("a position")?;
        if h < POS_LONG {
            let line = prev.line.checked_add(u32::from((h >> 1) & 1));
            let col = i64::from(prev.col) + unzigzag(u64::from(h >> 2));
            let width = self.uv()?;
            let end_col = col.checked_add(i64::try_from(width).unwrap_or(i64::MAX));
            let (Some(line), Ok(col), Some(Ok(end_col))) =
                (line, u32::try_from(col), end_col.map(u32::try_from))
            else {
                return Err(corrupt(at, "position out of range"));
            };
            let p = Position {
                line,
                end_line: line,
                col,
                end_col,
            };
            out.push(p);
            if h & 1 == 1 {
                if out.len() == n {
                    return Err(corrupt(at, "position run longer than the table"));
                }
                out.push(p);
            }
            Ok(p)
        } else if h == POS_LONG {
            let (run, p) = self.long_position(prev)?;
            let left = n - out.len();
            if run == 0 || run > left {
                return Err(corrupt(
                    at,
                    format!("position run of {run} with {left} positions left"),
                ));
            }
            out.resize(out.len() + run, p);
            Ok(p)
        } else {
            Err(corrupt(at, format!("bad position byte {h:#04x}")))
        }
    }

    /// The general form after its `POS_LONG` byte: the run and four zigzag deltas.
    fn long_position(&mut self, prev: Position) -> Res<(usize, Position)> {
        let run = self.uv()?;
        let run = usize::try_from(run).unwrap_or(usize::MAX);
        let line = self.delta(prev.line, "line")?;
        let end_line = self.delta(line, "end line")?;
        let col = self.delta(prev.col, "column")?;
        let end_col = self.delta(col, "end column")?;
        Ok((
            run,
            Position {
                line,
                end_line,
                col,
                end_col,
            },
        ))
    }

    /// `base` plus a zigzag delta, which must land in u32.
    #[inline]
    fn delta(&mut self, base: u32, what: &str) -> Res<u32> {
        let at = self.pos;
        let d = self.zz()?;
        let v = i64::from(base).checked_add(d);
        match v.and_then(|v| u32::try_from(v).ok()) {
            Some(v) => Ok(v),
            None => Err(corrupt(at, format!("{what} out of range"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::operand::{ConstIdx, Reg};

    fn sample() -> CodeObject {
        let inner = CodeObject {
            name: "f".into(),
            qualname: "f".into(),
            filename: "x.py".into(),
            firstlineno: 2,
            nregs: 1,
            varnames: vec!["x".into()],
            argcount: 1,
            consts: vec![Const::None],
            instrs: vec![Instr::Return { src: Reg(0) }],
            positions: vec![Position {
                line: 3,
                end_line: 3,
                col: 4,
                end_col: 12,
            }],
            ..CodeObject::default()
        };
        CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: "x.py".into(),
            firstlineno: 1,
            nregs: 2,
            names: vec!["f".into(), "x".into()],
            consts: vec![
                Const::Code(Box::new(inner)),
                Const::Int(-5),
                Const::BigInt(BigInt::from(1u8) << 100u32),
                Const::BigInt(-(BigInt::from(1u8) << 64u32)),
                Const::Float(-0.0),
                Const::Float(f64::NAN),
                Const::Str("é x".into()),
                Const::Tuple(vec![
                    Const::Bool(true),
                    Const::Ellipsis,
                    Const::Str("x".into()),
                ]),
            ],
            instrs: vec![
                Instr::LoadConst {
                    dst: Reg(0),
                    idx: ConstIdx(1),
                },
                Instr::LoadConst {
                    dst: Reg(1),
                    idx: ConstIdx(2),
                },
                Instr::Return { src: Reg(0) },
            ],
            positions: vec![
                Position {
                    line: 1,
                    end_line: 1,
                    col: 0,
                    end_col: 5,
                };
                3
            ],
            exc_table: vec![ExcEntry {
                start: 0,
                end: 1,
                handler: 2,
                exc_reg: 1,
            }],
            ..CodeObject::default()
        }
    }

    fn same(a: &CodeObject, b: &CodeObject) -> bool {
        // NaN != NaN, so compare encodings too.
        dumps_code(a) == dumps_code(b)
    }

    #[test]
    fn round_trip() {
        let c = sample();
        let bytes = dumps_code(&c);
        let back = loads_code(&bytes).unwrap();
        assert!(same(&c, &back));
        match &back.consts[5] {
            Const::Float(f) => assert!(f.is_nan()),
            other => panic!("{other:?}"),
        }
        match &back.consts[4] {
            Const::Float(f) => assert_eq!(f.to_bits(), (-0.0f64).to_bits()),
            other => panic!("{other:?}"),
        }
        assert_eq!(back.consts[2], c.consts[2]);
        assert_eq!(back.consts[3], c.consts[3]);
    }

    #[test]
    fn strings_are_shared() {
        let c = sample();
        let bytes = dumps_code(&c);
        let count = bytes.windows(4).filter(|w| w == b"x.py").count();
        assert_eq!(count, 1, "the file name is written once");
    }

    #[test]
    fn zigzag_and_varint_len() {
        for v in [0i64, 1, -1, 63, -64, 64, i64::MAX, i64::MIN] {
            assert_eq!(unzigzag(zigzag(v)), v);
        }
        for v in [0u64, 1, 127, 128, 16383, 16384, u64::MAX] {
            let mut out = Vec::new();
            write_varint(&mut out, v);
            assert_eq!(varint_len(v), out.len(), "{v}");
        }
    }

    #[test]
    fn reference_budget_is_respected_by_the_encoder() {
        let big = "y".repeat(1000);
        let mut c = sample();
        for _ in 0..200 {
            c.consts.push(Const::Str(big.as_str().into()));
        }
        let bytes = dumps_code(&c);
        let back = loads_code(&bytes).unwrap();
        assert!(same(&c, &back));
        assert!(bytes.len() < 200 * 1000, "some copies are references");
    }

    #[test]
    fn rejects_hostile_lengths_without_allocating() {
        // A code object whose name claims 2**60 bytes.
        let mut b = vec![tag::CODE];
        write_varint(&mut b, 1 << 61);
        let e = loads_code(&b).unwrap_err();
        assert_eq!(e.kind, MarshalErrorKind::Truncated);
        // A tuple claiming 2**40 items.
        let mut b = vec![
            tag::CODE,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            1,
            tag::TUPLE,
        ];
        write_varint(&mut b, 1 << 40);
        let e = loads_code(&b).unwrap_err();
        assert_eq!(e.kind, MarshalErrorKind::Truncated);
    }

    #[test]
    fn rejects_deep_nesting() {
        let mut c = sample();
        for _ in 0..=MAX_NESTING {
            let mut outer = sample();
            outer.consts[0] = Const::Code(Box::new(c));
            c = outer;
        }
        let e = loads_code(&dumps_code(&c)).unwrap_err();
        assert!(e.msg.contains("nested too deeply"), "{e}");
        let mut t = Const::None;
        for _ in 0..=MAX_NESTING + 1 {
            t = Const::Tuple(vec![t]);
        }
        let mut c = sample();
        c.consts.push(t);
        let e = loads_code(&dumps_code(&c)).unwrap_err();
        assert!(e.msg.contains("nested too deeply"), "{e}");
    }
}
