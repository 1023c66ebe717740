//! Cache files on disk: where they live, how they are written, and when a
//! file may be used instead of compiling its source.
//!
//! Reading (`read_cache`) follows CPython's `SourceLoader.get_code`: parse the
//! header, validate it against what the caller knows about the source (mtime
//! and size, or the source hash), decode the body, and verify the code object.
//! Every failure is a `CacheError` saying why; the import system treats all
//! of them alike ("recompile silently and rewrite") and only `-v` prints them.
//!
//! Writing (`write_cache`) is atomic: the bytes go to a temporary file in the
//! target directory, which is then renamed over the target, so a reader sees
//! either the old file or the whole new one, never a partial write. Callers
//! ignore write errors (a read-only directory just means no cache).

use super::header::{HEADER_LEN, Header, HeaderError, Invalidation, source_hash};
use super::marshal::{MarshalError, MarshalErrorKind, dumps_code_into, loads_code};
use crate::bytecode::code::CodeObject;
use crate::bytecode::verify::{VerifyError, verify};
use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::UNIX_EPOCH;

/// Name of the cache directory beside the sources.
pub const PYCACHE: &str = "__pycache__";

// ===================================================================== paths

/// The tag in cache file names: `pyjit-<MAGIC_NUMBER>`, like `cpython-311`.
/// It changes with the magic number, so files of different formats can live
/// side by side.
pub fn cache_tag() -> String {
    format!("pyjit-{}", super::header::MAGIC_NUMBER)
}

/// The part of a source file name before its last extension: `foo.py` and
/// `foo` give `foo`; a leading dot does not start an extension (`.py` gives
/// `.py`).
fn stem(name: &std::ffi::OsStr) -> OsString {
    Path::new(name)
        .file_stem()
        .map_or_else(|| name.to_os_string(), |s| s.to_os_string())
}

/// The cache file of `source`.
///
/// Without a prefix: `dir/__pycache__/name.pyjit-N.pyc` for `dir/name.py`.
/// With a prefix (`PYTHONPYCACHEPREFIX`), as CPython does: the source's
/// directory is made absolute (joined to the current directory when relative),
/// its root (and drive) removed, and the rest mirrored under the prefix:
/// `prefix/<absolute dir without root>/name.pyjit-N.pyc`. Like CPython, no
/// `..` or symlink is resolved.
pub fn cache_path(source: &Path, prefix: Option<&Path>) -> PathBuf {
    let name = source.file_name().unwrap_or(source.as_os_str());
    let mut file = stem(name);
    file.push(".");
    file.push(cache_tag());
    file.push(".pyc");
    let dir = source.parent().unwrap_or(Path::new(""));
    match prefix {
        None => dir.join(PYCACHE).join(file),
        Some(prefix) => {
            let absolute = if dir.is_absolute() {
                dir.to_path_buf()
            } else {
                std::env::current_dir().map_or_else(|_| dir.to_path_buf(), |cwd| cwd.join(dir))
            };
            let mut out = prefix.to_path_buf();
            for c in absolute.components() {
                match c {
                    Component::Prefix(_) | Component::RootDir | Component::CurDir => {}
                    Component::ParentDir | Component::Normal(_) => out.push(c),
                }
            }
            out.push(file);
            out
        }
    }
}

/// The source file a cache file belongs to (the inverse of `cache_path`), or
/// `None` when `cache` is not a cache file name of this format: the file name
/// must be `name.pyjit-N.pyc` with this build's tag, and without a prefix it
/// must be in a `__pycache__` directory. The source's extension is `.py`.
pub fn source_from_cache(cache: &Path, prefix: Option<&Path>) -> Option<PathBuf> {
    let file = cache.file_name()?.to_str()?;
    let base = file.strip_suffix(".pyc")?;
    let stem = base.strip_suffix(&cache_tag())?.strip_suffix('.')?;
    if stem.is_empty() {
        return None;
    }
    let dir = cache.parent()?;
    let source_dir = match prefix.and_then(|p| dir.strip_prefix(p).ok()) {
        Some(rest) => Path::new(std::path::MAIN_SEPARATOR_STR).join(rest),
        None => {
            if dir.file_name()? != PYCACHE {
                return None;
            }
            dir.parent()?.to_path_buf()
        }
    };
    Some(source_dir.join(format!("{stem}.py")))
}

// ===================================================================== writing

/// Mtime (whole seconds since the epoch, truncated towards zero like CPython's
/// `int(st_mtime)`; earlier times wrap as two's complement) and size of a file,
/// as `write_cache` and `SourceInfo` take them.
pub fn source_stamp(meta: &fs::Metadata) -> (u64, u64) {
    let mtime = match meta.modified() {
        Ok(t) => match t.duration_since(UNIX_EPOCH) {
            Ok(d) => d.as_secs(),
            Err(e) => {
                let before = e.duration();
                // -(whole seconds), truncated towards zero.
                (before.as_secs() as i64).wrapping_neg() as u64
            }
        },
        Err(_) => 0,
    };
    (mtime, meta.len())
}

/// The complete bytes of a cache file: header, then the marshalled code.
pub fn cache_bytes(
    code: &CodeObject,
    inv: Invalidation,
    source: &[u8],
    source_mtime_size: (u64, u64),
) -> Vec<u8> {
    let (mtime, size) = source_mtime_size;
    let header = Header::for_source(inv, source, mtime, size);
    let mut out = Vec::with_capacity(HEADER_LEN + 16 * code.instrs.len() + 256);
    out.extend_from_slice(&header.encode());
    dumps_code_into(code, &mut out);
    out
}

/// Writes the cache file for `code` at `path` (normally `cache_path(source)`),
/// creating its directory. `source` and `source_mtime_size` describe the source
/// it was compiled from; the hash modes hash `source`, the timestamp mode
/// records mtime and size (each mod 2**32). Atomic: see `write_atomic`.
pub fn write_cache(
    path: &Path,
    code: &CodeObject,
    inv: Invalidation,
    source: &[u8],
    source_mtime_size: (u64, u64),
) -> io::Result<()> {
    let bytes = cache_bytes(code, inv, source, source_mtime_size);
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        fs::create_dir_all(dir)?;
    }
    write_atomic(path, &bytes)
}

/// Distinguishes temporary files of one process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `data` to `path` atomically: to `path.<pid>.<n>.tmp` in the same
/// directory (created exclusively, so two writers never share one), then
/// renamed over `path`. A rename within a directory replaces the target in
/// one step, so concurrent readers and writers only ever see whole files; the
/// last rename wins. On any failure the temporary file is removed. There is no
/// fsync: after a crash the file may be empty or missing, which a reader
/// rejects (truncated) and rewrites.
pub fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let pid = std::process::id();
    let mut attempts = 0;
    loop {
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut tmp = path.as_os_str().to_os_string();
        tmp.push(format!(".{pid}.{n}.tmp"));
        let tmp = PathBuf::from(tmp);
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp);
        let mut file = match file {
            Ok(f) => f,
            // A leftover from a crashed process that had our pid: try another name.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempts < 16 => {
                attempts += 1;
                continue;
            }
            Err(e) => return Err(e),
        };
        let result = file.write_all(data).and_then(|()| {
            drop(file);
            fs::rename(&tmp, path)
        });
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        return result;
    }
}

// ===================================================================== reading

/// When hash-based cache files are checked against their source
/// (`--check-hash-based-pycs`, PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CheckHashMode {
    /// Checked-hash files are checked, unchecked-hash files are not.
    #[default]
    Default,
    /// Every hash-based file is checked.
    Always,
    /// No hash-based file is checked.
    Never,
}

/// What the caller knows about the source of a cache file.
pub struct SourceInfo<'a> {
    /// Mtime in whole seconds since the epoch (see `source_stamp`).
    pub mtime: u64,
    /// Size in bytes.
    pub size: u64,
    /// Gives the source bytes; called only when a hash must be checked.
    pub read_bytes: Box<dyn FnOnce() -> io::Result<Vec<u8>> + 'a>,
    pub check_hash: CheckHashMode,
}

impl<'a> SourceInfo<'a> {
    /// Stats `path` now and reads it later, if a hash must be checked.
    pub fn from_path(path: &'a Path, check_hash: CheckHashMode) -> io::Result<SourceInfo<'a>> {
        let (mtime, size) = source_stamp(&fs::metadata(path)?);
        Ok(SourceInfo {
            mtime,
            size,
            read_bytes: Box::new(move || fs::read(path)),
            check_hash,
        })
    }

    /// Source bytes already in memory, with their mtime.
    pub fn from_bytes(bytes: &'a [u8], mtime: u64, check_hash: CheckHashMode) -> SourceInfo<'a> {
        SourceInfo {
            mtime,
            size: bytes.len() as u64,
            read_bytes: Box::new(move || Ok(bytes.to_vec())),
            check_hash,
        }
    }
}

/// Which header field no longer matches the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaleField {
    /// Source mtime (mod 2**32) differs.
    Mtime { cached: u32, source: u32 },
    /// Source size (mod 2**32) differs.
    Size { cached: u32, source: u32 },
    /// Source hash differs.
    Hash { cached: u64, source: u64 },
}

/// Why a cache file was not used. Every variant means "compile the source
/// instead"; the variants exist so `-v` can say why.
#[derive(Debug)]
pub enum CacheError {
    /// There is no cache file.
    NotFound,
    /// The cache file (or, for a hash check, the source) could not be read.
    Io(io::Error),
    /// The first four bytes are not this build's magic number: another
    /// format version, or not a cache file at all.
    BadMagic([u8; 4]),
    /// Unknown header flag bits.
    BadFlags(u32),
    /// The file ends early (in the header or the body); holds a description.
    Truncated(String),
    /// The header does not match the source.
    Stale(StaleField),
    /// The body is not a well-formed code object.
    Corrupt(MarshalError),
    /// The body decodes but the code object fails verification.
    Invalid(VerifyError),
}

impl fmt::Display for CacheError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CacheError::NotFound => write!(f, "no cache file"),
            CacheError::Io(e) => write!(f, "cannot read: {e}"),
            CacheError::BadMagic(m) => write!(f, "{}", HeaderError::BadMagic(*m)),
            CacheError::BadFlags(x) => write!(f, "{}", HeaderError::BadFlags(*x)),
            CacheError::Truncated(what) => write!(f, "{what}"),
            CacheError::Stale(StaleField::Mtime { cached, source }) => write!(
                f,
                "bytecode is stale: source mtime {source} (mod 2**32) differs from {cached}"
            ),
            CacheError::Stale(StaleField::Size { cached, source }) => write!(
                f,
                "bytecode is stale: source size {source} (mod 2**32) differs from {cached}"
            ),
            CacheError::Stale(StaleField::Hash { cached, source }) => write!(
                f,
                "bytecode is stale: source hash {source:016x} differs from {cached:016x}"
            ),
            CacheError::Corrupt(e) => write!(f, "{e}"),
            CacheError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for CacheError {}

impl From<HeaderError> for CacheError {
    fn from(e: HeaderError) -> CacheError {
        match e {
            HeaderError::Truncated(_) => CacheError::Truncated(e.to_string()),
            HeaderError::BadMagic(m) => CacheError::BadMagic(m),
            HeaderError::BadFlags(x) => CacheError::BadFlags(x),
        }
    }
}

fn read_file(path: &Path) -> Result<Vec<u8>, CacheError> {
    fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => CacheError::NotFound,
        _ => CacheError::Io(e),
    })
}

/// Checks `header` against the source, PEP 552 style.
pub fn validate(header: &Header, source: SourceInfo<'_>) -> Result<(), CacheError> {
    match *header {
        Header::Timestamp { mtime, size } => {
            let src_mtime = source.mtime as u32;
            if mtime != src_mtime {
                return Err(CacheError::Stale(StaleField::Mtime {
                    cached: mtime,
                    source: src_mtime,
                }));
            }
            let src_size = source.size as u32;
            if size != src_size {
                return Err(CacheError::Stale(StaleField::Size {
                    cached: size,
                    source: src_size,
                }));
            }
            Ok(())
        }
        Header::Hash { check_source, hash } => {
            let check = match source.check_hash {
                CheckHashMode::Never => false,
                CheckHashMode::Always => true,
                CheckHashMode::Default => check_source,
            };
            if !check {
                return Ok(());
            }
            let bytes = (source.read_bytes)().map_err(CacheError::Io)?;
            let actual = source_hash(&bytes);
            if actual != hash {
                return Err(CacheError::Stale(StaleField::Hash {
                    cached: hash,
                    source: actual,
                }));
            }
            Ok(())
        }
    }
}

/// Decodes and verifies the body of a cache file (`file` is the whole file;
/// error offsets are file offsets).
fn load_body(file: &[u8]) -> Result<CodeObject, CacheError> {
    let body = file.get(HEADER_LEN..).unwrap_or_default();
    let code = loads_code(body).map_err(|mut e| {
        e.offset += HEADER_LEN;
        match e.kind {
            MarshalErrorKind::Truncated => CacheError::Truncated(e.to_string()),
            MarshalErrorKind::Corrupt => CacheError::Corrupt(e),
        }
    })?;
    verify(&code).map_err(CacheError::Invalid)?;
    Ok(code)
}

/// Parses and validates cache file bytes already in memory; the rest is as
/// `read_cache`.
pub fn load_cache_bytes(file: &[u8], source: SourceInfo<'_>) -> Result<CodeObject, CacheError> {
    let header = Header::parse(file)?;
    validate(&header, source)?;
    load_body(file)
}

/// Reads the cache file at `path` and returns its code object if the file
/// is valid for the source described by `source`: right magic and flags, a
/// header that matches the source (mtime and size, or the hash when
/// `source.check_hash` and the file's flags call for a check), a well-formed
/// body, and a code object that passes `verify`.
pub fn read_cache(path: &Path, source: SourceInfo<'_>) -> Result<CodeObject, CacheError> {
    load_cache_bytes(&read_file(path)?, source)
}

/// Loads a cache file without a source to check it against: a legacy
/// `foo.pyc` beside where `foo.py` would be, or `pyjit foo.pyc`. The magic and
/// flags are still checked, and the code object is verified.
pub fn load_sourceless(path: &Path) -> Result<CodeObject, CacheError> {
    load_sourceless_bytes(&read_file(path)?)
}

/// `load_sourceless` on bytes already in memory.
pub fn load_sourceless_bytes(file: &[u8]) -> Result<CodeObject, CacheError> {
    Header::parse(file)?;
    load_body(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_paths() {
        let tag = cache_tag();
        assert_eq!(tag, format!("pyjit-{}", super::super::header::MAGIC_NUMBER));
        assert_eq!(
            cache_path(Path::new("/a/b/foo.py"), None),
            PathBuf::from(format!("/a/b/__pycache__/foo.{tag}.pyc"))
        );
        assert_eq!(
            cache_path(Path::new("foo.py"), None),
            PathBuf::from(format!("__pycache__/foo.{tag}.pyc"))
        );
        assert_eq!(
            cache_path(Path::new("/a/b/foo.py"), Some(Path::new("/tmp/pc"))),
            PathBuf::from(format!("/tmp/pc/a/b/foo.{tag}.pyc"))
        );
        let cwd = std::env::current_dir().unwrap();
        let rel: PathBuf = cwd.components().skip(1).collect();
        assert_eq!(
            cache_path(Path::new("pkg/mod.py"), Some(Path::new("/tmp/pc"))),
            Path::new("/tmp/pc")
                .join(rel)
                .join(format!("pkg/mod.{tag}.pyc"))
        );
    }

    #[test]
    fn source_paths() {
        let tag = cache_tag();
        let c = PathBuf::from(format!("/a/b/__pycache__/foo.{tag}.pyc"));
        assert_eq!(
            source_from_cache(&c, None),
            Some(PathBuf::from("/a/b/foo.py"))
        );
        let c = PathBuf::from(format!("/tmp/pc/a/b/foo.{tag}.pyc"));
        assert_eq!(
            source_from_cache(&c, Some(Path::new("/tmp/pc"))),
            Some(PathBuf::from("/a/b/foo.py"))
        );
        assert_eq!(source_from_cache(&c, None), None);
        let other = PathBuf::from("/a/b/__pycache__/foo.cpython-311.pyc");
        assert_eq!(source_from_cache(&other, None), None);
        let roundtrip = cache_path(Path::new("/x/y.py"), None);
        assert_eq!(
            source_from_cache(&roundtrip, None),
            Some(PathBuf::from("/x/y.py"))
        );
    }
}
