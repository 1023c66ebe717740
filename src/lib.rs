//! pyjit: a Python 3 implementation with a register bytecode, a `.pyc`-style
//! cache and a Cranelift JIT. See docs/architecture.md.

pub mod bytecode;
pub mod compiler;
