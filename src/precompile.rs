//! `pyjit -m compileall` and `pyjit -m py_compile`: writing caches ahead of
//! time. (Being written; see the issue note.)

use crate::vm::Config;

/// `pyjit -m compileall ARGS`.
pub fn compileall_main(_args: &[String], _config: &Config) -> i32 {
    eprintln!("pyjit: compileall is not available yet");
    2
}

/// `pyjit -m py_compile ARGS`.
pub fn py_compile_main(_args: &[String], _config: &Config) -> i32 {
    eprintln!("pyjit: py_compile is not available yet");
    2
}
