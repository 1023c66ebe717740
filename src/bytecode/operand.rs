//! Operand newtypes of the register bytecode and their cache encoding.
//!
//! Every operand is written to the cache as an unsigned LEB128 varint, so the
//! encoding of an instruction is its opcode byte followed by its operands in
//! declaration order. `Display` gives the disassembler spelling: `r3`, `k2`,
//! `n1`, `L7`, and plain numbers for immediates.

use std::fmt;

/// A register index: `r[i]` of the current frame's register file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(pub u16);

/// An index into the code object's constant table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ConstIdx(pub u32);

/// An index into the code object's name table (globals, attributes, modules).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NameIdx(pub u32);

/// A jump target. While the compiler runs it is a label number; after assembly
/// it is the index of the target instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(pub u32);

/// A small unsigned immediate (counts, flags, conversion codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Imm(pub u32);

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}
impl fmt::Display for ConstIdx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "k{}", self.0)
    }
}
impl fmt::Display for NameIdx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "n{}", self.0)
    }
}
impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "L{}", self.0)
    }
}
impl fmt::Display for Imm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What kind of table an operand indexes; used by the verifier, the
/// disassembler and the generated opcode documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    Reg,
    Const,
    Name,
    Label,
    Imm,
}

/// One decoded operand, kind-tagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    Reg(Reg),
    Const(ConstIdx),
    Name(NameIdx),
    Label(Label),
    Imm(Imm),
}

/// Why bytes could not be decoded into an instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The input ended inside an instruction.
    Truncated,
    /// The opcode byte names no instruction.
    BadOpcode(u8),
    /// An operand does not fit its type.
    OperandTooLarge,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Truncated => write!(f, "truncated instruction"),
            DecodeError::BadOpcode(b) => write!(f, "unknown opcode {b}"),
            DecodeError::OperandTooLarge => write!(f, "operand out of range"),
        }
    }
}

/// Writes `v` as an unsigned LEB128 varint.
pub fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads an unsigned LEB128 varint (at most 64 bits).
pub fn read_varint(bytes: &[u8], pos: &mut usize) -> Result<u64, DecodeError> {
    let mut v: u64 = 0;
    let mut shift = 0u32;
    loop {
        let b = *bytes.get(*pos).ok_or(DecodeError::Truncated)?;
        *pos += 1;
        if shift >= 64 || (shift == 63 && (b & 0x7e) != 0) {
            return Err(DecodeError::OperandTooLarge);
        }
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(v);
        }
        shift += 7;
    }
}

/// An operand type of the instruction table.
pub trait OperandType: Copy {
    const KIND: OperandKind;
    fn to_operand(self) -> Operand;
    fn raw(self) -> u64;
    fn from_raw(v: u64) -> Result<Self, DecodeError>;
    /// A one-byte varint (below 0x80), which every operand type can hold.
    fn from_byte(v: u8) -> Self;
}

macro_rules! operand_type {
    ($t:ident, $inner:ty, $kind:ident) => {
        impl OperandType for $t {
            const KIND: OperandKind = OperandKind::$kind;
            #[inline]
            fn to_operand(self) -> Operand {
                Operand::$kind(self)
            }
            #[inline]
            fn raw(self) -> u64 {
                u64::from(self.0)
            }
            #[inline]
            fn from_raw(v: u64) -> Result<Self, DecodeError> {
                <$inner>::try_from(v)
                    .map($t)
                    .map_err(|_| DecodeError::OperandTooLarge)
            }
            #[inline(always)]
            fn from_byte(v: u8) -> Self {
                $t(<$inner>::from(v))
            }
        }
    };
}
operand_type!(Reg, u16, Reg);
operand_type!(ConstIdx, u32, Const);
operand_type!(NameIdx, u32, Name);
operand_type!(Label, u32, Label);
operand_type!(Imm, u32, Imm);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varint_round_trip() {
        for v in [0u64, 1, 127, 128, 300, 65535, u32::MAX as u64, u64::MAX] {
            let mut out = Vec::new();
            write_varint(&mut out, v);
            let mut pos = 0;
            assert_eq!(read_varint(&out, &mut pos), Ok(v));
            assert_eq!(pos, out.len());
        }
    }

    #[test]
    fn varint_rejects_overlong_and_truncated() {
        let mut pos = 0;
        assert_eq!(read_varint(&[0x80], &mut pos), Err(DecodeError::Truncated));
        let bad = [0xffu8; 11];
        let mut pos = 0;
        assert_eq!(
            read_varint(&bad, &mut pos),
            Err(DecodeError::OperandTooLarge)
        );
    }
}
