//! The `.pyc` cache: compiled code objects saved beside their sources so an
//! import can skip parsing and code generation.
//!
//! A cache file is a 16-byte header followed by one marshalled code object:
//!
//! ```text
//! 0   magic      MAGIC_NUMBER (u16 LE) + b"\r\n"; changes with every format change
//! 4   flags      u32 LE: bit 0 hash-based, bit 1 check_source
//! 8   mtime u32 + size u32 of the source (timestamp files), or
//!     SipHash-1-3 of the source bytes (hash-based files), u64 LE
//! 16  body       the module's code object, nested code objects inside its constants
//! ```
//!
//! The full byte layout, the magic-number history and the rules are in
//! docs/pyc-format.md. In brief:
//!
//! * `header`: the header bytes, `MAGIC_NUMBER`, `Invalidation`, `source_hash`.
//! * `marshal`: the body (`dumps_code` / `loads_code`, also `marshal.dumps`).
//!   Decoding checks every length against the input before allocating and
//!   never panics.
//! * `cache`: file names (`cache_path`, `__pycache__/NAME.pyjit-N.pyc`, or a
//!   mirror tree under `PYTHONPYCACHEPREFIX`), atomic writes (`write_cache`),
//!   and reads validated against the source (`read_cache`, PEP 552 semantics).
//!   A code object returned by `read_cache` or `load_sourceless` has passed
//!   `bytecode::verify`.
//! * `hash`: SipHash, for the source hash.
//!
//! Any failure to use a cache file is a `CacheError`; the import system
//! recompiles silently (and rewrites the file), and `-v` prints the reason.
//! This module depends only on `bytecode`.

pub mod cache;
pub mod hash;
pub mod header;
pub mod marshal;

pub use cache::{
    CacheError, CheckHashMode, SourceInfo, StaleField, cache_path, cache_tag, load_sourceless,
    read_cache, source_from_cache, source_stamp, write_cache,
};
pub use header::{Header, HeaderError, Invalidation, MAGIC, MAGIC_NUMBER, source_hash};
pub use marshal::{MarshalError, MarshalErrorKind, dumps_code, loads_code};
