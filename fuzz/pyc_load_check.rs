//! The check behind the `pyc_load` fuzz target, shared with the randomised
//! test in tests/pyc_format.rs (which includes this file with `#[path]`).
//!
//! Arbitrary bytes go through every entry point that reads cache data. None
//! may panic; anything they accept must pass the verifier; and anything
//! `loads_code` accepts must survive a `dumps_code` → `loads_code` round trip
//! unchanged.

use pyjit::bytecode::verify::verify;
use pyjit::pyc::cache::{load_sourceless, read_cache};
use pyjit::pyc::{CheckHashMode, SourceInfo, dumps_code, loads_code};
use std::path::Path;

/// The source that hash-based headers are checked against.
const SOURCE: &[u8] = b"x = 1\n";

/// Runs `data` through the loaders; `scratch` is a directory for a temporary
/// file. Panics (the fuzzer's signal) only when an invariant is broken.
pub fn run(data: &[u8], scratch: &Path) {
    // As a bare marshal body, and as the body of a cache file.
    marshal(data);
    if let Some(body) = data.get(16..) {
        marshal(body);
    }

    // As a cache file on disk. The source's mtime and size are taken from the
    // header itself so that timestamp files get past validation to the body.
    let path = scratch.join("fuzz.pyc");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let word = |i: usize| {
        data.get(i..i + 4)
            .and_then(|w| w.try_into().ok())
            .map_or(0, u32::from_le_bytes)
    };
    for mode in [
        CheckHashMode::Default,
        CheckHashMode::Always,
        CheckHashMode::Never,
    ] {
        let source = SourceInfo {
            mtime: u64::from(word(8)),
            size: u64::from(word(12)),
            read_bytes: Box::new(|| Ok(SOURCE.to_vec())),
            check_hash: mode,
        };
        if let Ok(code) = read_cache(&path, source) {
            assert!(verify(&code).is_ok(), "read_cache returned unverified code");
        }
    }
    if let Ok(code) = load_sourceless(&path) {
        assert!(
            verify(&code).is_ok(),
            "load_sourceless returned unverified code"
        );
    }
}

fn marshal(bytes: &[u8]) {
    let Ok(code) = loads_code(bytes) else {
        return;
    };
    let _ = verify(&code);
    let again = dumps_code(&code);
    match loads_code(&again) {
        // Debug output compares NaN constants by their spelling, not by `==`.
        Ok(back) => assert_eq!(format!("{back:?}"), format!("{code:?}")),
        Err(e) => panic!("a decoded object does not re-decode: {e}"),
    }
}
