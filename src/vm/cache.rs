//! Getting code objects for imported modules: from the `.pyc` cache when it is
//! valid, otherwise by compiling the source and writing the cache (unless
//! writing is disabled). This is the policy half of the cache; the file
//! format is `crate::pyc`. With `-v` every decision is traced to stderr.

use super::{CheckHashPycs, Vm};
use crate::pyc::{self, CacheError, CheckHashMode, Invalidation, SourceInfo};
use crate::runtime::types::{ExcKind, PyErr, PyResult};
use crate::runtime::{PyCode, PyRef};
use std::path::{Path, PathBuf};

fn check_mode(vm: &Vm) -> CheckHashMode {
    match vm.config.check_hash_pycs {
        CheckHashPycs::Default => CheckHashMode::Default,
        CheckHashPycs::Always => CheckHashMode::Always,
        CheckHashPycs::Never => CheckHashMode::Never,
    }
}

fn import_error(msg: String) -> PyErr {
    PyErr::new(ExcKind::ImportError, msg)
}

/// The code object of source module `path` (named `fullname`), and the cache
/// path that applies to it.
pub fn load_source_code(
    vm: &mut Vm,
    path: &Path,
    fullname: &str,
) -> PyResult<(PyRef<PyCode>, Option<PathBuf>)> {
    let source = std::fs::read(path)
        .map_err(|e| import_error(format!("cannot read {}: {e}", path.display())))?;
    let meta = std::fs::metadata(path)
        .map_err(|e| import_error(format!("cannot stat {}: {e}", path.display())))?;
    let (mtime, size) = pyc::cache::source_stamp(&meta);
    let cache = pyc::cache_path(path, vm.config.pycache_prefix.as_deref());
    let info = SourceInfo::from_bytes(&source, mtime, check_mode(vm));
    let info = SourceInfo { size, ..info };
    // A stale hash-based cache is rewritten hash-based, with the same
    // check-source flag (as CPython's SourceLoader does); anything else
    // becomes a timestamp cache.
    let mut mode = Invalidation::Timestamp;
    match pyc::read_cache(&cache, info) {
        Ok(code) => {
            vm.trace_import(&format!("# {} matches {}", cache.display(), path.display()));
            vm.trace_import(&format!("# code object from '{}'", cache.display()));
            vm.trace_import(&format!("import '{fullname}' # from '{}'", path.display()));
            return Ok((PyRef::new(PyCode::new(code)), Some(cache)));
        }
        Err(CacheError::NotFound) => {}
        Err(CacheError::Stale(why)) => {
            if let Ok(bytes) = std::fs::read(&cache)
                && let Ok(pyc::Header::Hash { check_source, .. }) = pyc::Header::parse(&bytes)
            {
                mode = if check_source {
                    Invalidation::CheckedHash
                } else {
                    Invalidation::UncheckedHash
                };
            }
            let why = CacheError::Stale(why).to_string();
            let why = why.trim_start_matches("bytecode is stale: ");
            vm.trace_import(&format!("# bytecode is stale for '{fullname}' ({why})"));
        }
        Err(e) => {
            vm.trace_import(&format!("# rejected {}: {e}", cache.display()));
        }
    }
    let filename = path.to_string_lossy().into_owned();
    let text = super::compile::decode_source(&source, &filename, super::compile::SourceOf::Import)?;
    let code = crate::compiler::compile_module(&text, &filename)
        .map_err(|e| super::compile::syntax_error(&e, &text, &filename))?;
    crate::bytecode::verify::verify(&code).map_err(|e| {
        PyErr::new(
            ExcKind::SystemError,
            format!("compiler produced invalid code: {e}"),
        )
    })?;
    vm.trace_import(&format!(
        "# code object from '{}' (compiled)",
        path.display()
    ));
    if vm.may_write_bytecode() {
        match pyc::write_cache(&cache, &code, mode, &source, (mtime, size)) {
            Ok(()) => vm.trace_import(&format!("# created '{}'", cache.display())),
            // A read-only directory (or any failure) only means no cache.
            Err(e) => vm.trace_import(&format!("# could not write '{}': {e}", cache.display())),
        }
    } else {
        vm.trace_import(&format!(
            "# not writing '{}' (writing disabled)",
            cache.display()
        ));
    }
    vm.trace_import(&format!("import '{fullname}' # from '{}'", path.display()));
    Ok((PyRef::new(PyCode::new(code)), Some(cache)))
}

/// Loads a legacy sourceless `.pyc` module.
pub fn load_sourceless(vm: &mut Vm, path: &Path, fullname: &str) -> PyResult<PyRef<PyCode>> {
    let code = pyc::load_sourceless(path)
        .map_err(|e| import_error(format!("bad cache file {}: {e}", path.display())))?;
    vm.trace_import(&format!(
        "# code object from '{}' (sourceless)",
        path.display()
    ));
    vm.trace_import(&format!("import '{fullname}' # from '{}'", path.display()));
    Ok(PyRef::new(PyCode::new(code)))
}

/// Loads a cache file given on the command line (`pyjit foo.pyc`).
pub fn load_cache_file(vm: &mut Vm, bytes: &[u8], filename: &str) -> PyResult<PyRef<PyCode>> {
    let code = code_from_cache_bytes(bytes)
        .map_err(|e| import_error(format!("bad cache file {filename}: {e}")))?;
    vm.trace_import(&format!("# code object from '{filename}'"));
    Ok(PyRef::new(PyCode::new(code)))
}

/// Decodes and verifies a whole cache file (header + code object) without
/// checking it against any source.
pub fn code_from_cache_bytes(bytes: &[u8]) -> Result<crate::bytecode::CodeObject, String> {
    pyc::cache::load_sourceless_bytes(bytes).map_err(|e| e.to_string())
}
