//! pyjit: a Python 3 implementation with a register bytecode, a `.pyc`-style
//! cache and a Cranelift JIT. See docs/architecture.md.
//!
//! Layers (dependencies point down): `run` (the driver used by the CLI) →
//! `vm` and `jit` → `runtime` → `bytecode`; `compiler` → `bytecode`;
//! `pyc` → `bytecode`.

#![warn(clippy::undocumented_unsafe_blocks)]

pub mod bytecode;
pub mod compiler;
pub mod jit;
pub mod precompile;
pub mod pyc;
pub mod repl;
pub mod run;
pub mod runtime;
pub mod vm;
