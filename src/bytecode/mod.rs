//! The register bytecode: operand types, the instruction table (defined once in
//! `opcodes`), the `CodeObject` container, the disassembler and the verifier.
//!
//! Nothing here depends on the runtime: a `CodeObject` is plain data that the
//! compiler builds, the cache serialises, and the verifier checks before the
//! interpreter runs it.

pub mod code;
pub mod dis;
pub mod opcodes;
pub mod operand;
pub mod verify;

pub use code::{CodeObject, Const, ExcEntry, Name, Position};
pub use opcodes::{Instr, Opcode};
pub use operand::{ConstIdx, Imm, Label, NameIdx, Reg};
