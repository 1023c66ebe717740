//! Getting code objects for imported modules: from the `.pyc` cache when it is
//! valid, otherwise by compiling the source (and writing the cache).

use super::Vm;
use crate::runtime::types::{ExcKind, PyErr, PyResult};
use crate::runtime::{PyCode, PyRef};
use std::path::{Path, PathBuf};

/// Compiles `path` (module `fullname`). Returns the code and its cache path.
pub fn load_source_code(
    vm: &mut Vm,
    path: &Path,
    fullname: &str,
) -> PyResult<(PyRef<PyCode>, Option<PathBuf>)> {
    let source = std::fs::read(path).map_err(|e| {
        PyErr::new(
            ExcKind::ImportError,
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    let text = String::from_utf8_lossy(&source).into_owned();
    let filename = path.to_string_lossy().into_owned();
    let code = super::compile::compile_to_pycode(&text, &filename)?;
    vm.trace_import(&format!("# code object from '{filename}' (compiled)"));
    let _ = fullname;
    Ok((code, None))
}

/// Loads a sourceless `.pyc`.
pub fn load_sourceless(_vm: &mut Vm, path: &Path, _fullname: &str) -> PyResult<PyRef<PyCode>> {
    Err(PyErr::new(
        ExcKind::ImportError,
        format!("cannot load sourceless module {}", path.display()),
    ))
}

/// Loads a cache file given on the command line (`pyjit foo.pyc`).
pub fn load_cache_file(_vm: &mut Vm, bytes: &[u8], filename: &str) -> PyResult<PyRef<PyCode>> {
    let code = code_from_cache_bytes(bytes).map_err(|e| {
        PyErr::new(
            ExcKind::ImportError,
            format!("bad cache file {filename}: {e}"),
        )
    })?;
    Ok(PyRef::new(PyCode::new(code)))
}

/// Decodes and verifies a whole cache file (header + code object).
pub fn code_from_cache_bytes(_bytes: &[u8]) -> Result<crate::bytecode::CodeObject, String> {
    Err("cache files are not supported yet".to_string())
}
