//! Fuzz target: arbitrary bytes into the cache loader and the verifier.
//! Run from the crate root with `cargo +nightly fuzz run pyc_load` (see
//! docs/pyc-format.md).

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

#[path = "../pyc_load_check.rs"]
mod check;

/// A private directory for the temporary cache file, made once per process.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("pyjit-fuzz-pyc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("cannot create the scratch directory");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    check::run(data, scratch());
});
