//! `pyjit -m compileall [options] [DIR|FILE ...]`: CPython 3.11's
//! `compileall` command line, writing pyjit caches.
//!
//! Directories are walked in sorted order (skipping `__pycache__`), printing
//! `Listing 'dir'...` for each directory and `Compiling 'file'...` for each
//! `.py` file it (re)compiles. A file is up to date, and skipped silently,
//! when the first 12 bytes of its cache are this format's magic, flags 0
//! (timestamp) and the source's mtime: exactly CPython's check, so hash-based
//! caches are always rewritten. A file that fails to compile prints its error
//! (on stdout, as CPython does) and the walk goes on; the exit status is 1 if
//! any file failed.
//!
//! Differences from CPython: `-j` is accepted but files are compiled one at a
//! time (so the output order is that of `-j 1`); `-o` accepts only the levels
//! -1 and 0 (pyjit has no optimisation levels; both mean the one cache file)
//! and `--hardlink-dupes` is refused; `-x` understands the subset of `re` in
//! `super::regex`; without arguments the directories compiled are those on
//! pyjit's `sys.path` (the current directory and `PYTHONPATH`).

use super::argparse::{self, Check, Kind, Parser, Spec};
use super::regex::{Regex, RegexError};
use super::{
    Failure, Job, compile_source, default_invalidation, err_text, is_py_space, os_join, out_line,
    path_join, py_repr, text_lines, text_of,
};
use crate::pyc::{self, Invalidation};
use crate::vm::Config;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

macro_rules! usage {
    () => {
        "usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                     [FILE|DIR ...]"
    };
}

const HELP: &str = concat!(
    usage!(),
    "

Utilities to support installing Python libraries.

positional arguments:
  FILE|DIR              zero or more file and directory names to compile; if
                        no arguments given, defaults to the equivalent of -l
                        sys.path

options:
  -h, --help            show this help message and exit
  -l                    don't recurse into subdirectories
  -r RECURSION          control the maximum recursion level. if `-l` and `-r`
                        options are specified, then `-r` takes precedence.
  -f                    force rebuild even if timestamps are up to date
  -q                    output only error messages; -qq will suppress the
                        error messages as well.
  -b                    use legacy (pre-PEP3147) compiled file locations
  -d DESTDIR            directory to prepend to file paths for use in compile-
                        time tracebacks and in runtime tracebacks in cases
                        where the source file is unavailable
  -s STRIPDIR           part of path to left-strip from path to source file -
                        for example buildroot. `-d` and `-s` options cannot be
                        specified together.
  -p PREPENDDIR         path to add as prefix to path to source file - for
                        example / to make it absolute when some part is
                        removed by `-s` option. `-d` and `-p` options cannot
                        be specified together.
  -x REGEXP             skip files matching the regular expression; the regexp
                        is searched for in the full path of each file
                        considered for compilation
  -i FILE               add all the files and directories listed in FILE to
                        the list considered for compilation; if \"-\", names are
                        read from stdin
  -j WORKERS, --workers WORKERS
                        Run compileall concurrently
  --invalidation-mode {checked-hash,timestamp,unchecked-hash}
                        set .pyc invalidation mode; defaults to \"checked-hash\"
                        if the SOURCE_DATE_EPOCH environment variable is set,
                        and \"timestamp\" otherwise.
  -o OPT_LEVELS         Optimization levels to run compilation with. Default
                        is -1 which uses the optimization level of the Python
                        interpreter itself (see -O).
  -e DIR                Ignore symlinks pointing outsite of the DIR
  --hardlink-dupes      Hardlink duplicated pyc files"
);

const MODES: &[&str] = &["checked-hash", "timestamp", "unchecked-hash"];

const SPECS: &[Spec] = &[
    Spec {
        names: &["-h", "--help"],
        key: "help",
        kind: Kind::Help,
    },
    Spec {
        names: &["-l"],
        key: "l",
        kind: Kind::Flag,
    },
    Spec {
        names: &["-r"],
        key: "r",
        kind: Kind::Value(Check::Int),
    },
    Spec {
        names: &["-f"],
        key: "f",
        kind: Kind::Flag,
    },
    Spec {
        names: &["-q"],
        key: "q",
        kind: Kind::Flag,
    },
    Spec {
        names: &["-b"],
        key: "b",
        kind: Kind::Flag,
    },
    Spec {
        names: &["-d"],
        key: "d",
        kind: Kind::Value(Check::Any),
    },
    Spec {
        names: &["-s"],
        key: "s",
        kind: Kind::Value(Check::Any),
    },
    Spec {
        names: &["-p"],
        key: "p",
        kind: Kind::Value(Check::Any),
    },
    Spec {
        names: &["-x"],
        key: "x",
        kind: Kind::Value(Check::Any),
    },
    Spec {
        names: &["-i"],
        key: "i",
        kind: Kind::Value(Check::Any),
    },
    Spec {
        names: &["-j", "--workers"],
        key: "j",
        kind: Kind::Value(Check::Int),
    },
    Spec {
        names: &["--invalidation-mode"],
        key: "invalidation-mode",
        kind: Kind::Value(Check::Choice(MODES)),
    },
    Spec {
        names: &["-o"],
        key: "o",
        kind: Kind::Value(Check::Int),
    },
    Spec {
        names: &["-e"],
        key: "e",
        kind: Kind::Value(Check::Any),
    },
    Spec {
        names: &["--hardlink-dupes"],
        key: "hardlink-dupes",
        kind: Kind::Flag,
    },
];

const PARSER: Parser = Parser {
    prog: "compileall.py",
    usage: usage!(),
    help: HELP,
    specs: SPECS,
    required_positional: None,
};

/// `sys.getrecursionlimit()`, the default depth of the walk.
const DEFAULT_MAXLEVELS: i64 = 1000;

/// How the names recorded in code objects are rewritten (`-d`, `-s`, `-p`).
#[derive(Clone, Copy, Default)]
struct Rename<'a> {
    ddir: Option<&'a str>,
    stripdir: Option<&'a str>,
    prependdir: Option<&'a str>,
}

/// The file name to record for `fullname` instead of its own
/// (`compile_file`'s `dfile`), with CPython's rules, quirks included: `-s`
/// removes each leading path component equal to the one at the same
/// position in STRIPDIR (the first such component anywhere, as
/// `list.remove` does), and `-p` is joined with `os.path.join`, so it does
/// not change an absolute name.
fn dfile_for(fullname: &str, rename: &Rename<'_>) -> Option<String> {
    let name = fullname.rsplit('/').next().unwrap_or(fullname);
    let mut dfile = rename.ddir.map(|d| path_join(d, name));
    if let Some(strip) = rename.stripdir {
        let full_parts: Vec<&str> = fullname.split('/').collect();
        let mut parts = full_parts.clone();
        for (s, o) in strip.split('/').zip(&full_parts) {
            if s == *o
                && let Some(i) = parts.iter().position(|p| *p == s)
            {
                parts.remove(i);
            }
        }
        dfile = Some(parts.iter().fold(String::new(), |acc, p| {
            if acc.is_empty() {
                (*p).to_string()
            } else {
                path_join(&acc, p)
            }
        }));
    }
    if let Some(pre) = rename.prependdir {
        dfile = Some(match dfile {
            None => path_join(pre, fullname),
            Some(d) => path_join(pre, &d),
        });
    }
    dfile
}

fn is_file(path: &OsStr) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file())
}

fn is_dir(path: &OsStr) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_dir())
}

fn is_symlink(path: &OsStr) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// `pathlib.Path.resolve()` (not strict): symlinks resolved where the path
/// exists.
fn resolve(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| crate::vm::import::absolute(path))
}

/// The settings every file is compiled with.
#[derive(Clone, Copy)]
struct Compiler<'a> {
    force: bool,
    quiet: usize,
    legacy: bool,
    rx: Option<&'a Regex>,
    invalidation: Invalidation,
    limit_sl_dest: Option<&'a str>,
    prefix: Option<&'a Path>,
}

impl Compiler<'_> {
    /// CPython's `compile_file`: `false` when the file failed to compile.
    fn compile_file(&self, fullname: &OsStr, rename: &Rename<'_>) -> bool {
        let full_text = text_of(fullname);
        let dfile = dfile_for(&full_text, rename);
        if self.rx.is_some_and(|rx| rx.search(&full_text)) {
            return true;
        }
        if let Some(limit) = self.limit_sl_dest
            && is_symlink(fullname)
        {
            let limit = resolve(Path::new(limit));
            let target = resolve(Path::new(fullname));
            if !target.ancestors().skip(1).any(|a| a == limit) {
                return true;
            }
        }
        if !is_file(fullname) {
            return true;
        }
        let cfile = if self.legacy {
            let mut c = fullname.to_os_string();
            c.push("c");
            PathBuf::from(c)
        } else {
            pyc::cache_path(Path::new(fullname), self.prefix)
        };
        if !fullname.as_encoded_bytes().ends_with(b".py") {
            return true;
        }
        if !self.force && self.up_to_date(fullname, &cfile) {
            return true;
        }
        if self.quiet == 0 {
            out_line(&format!("Compiling {}...", py_repr(fullname)));
        }
        let job = Job {
            file: fullname,
            cfile: &cfile,
            dfile: dfile.as_deref().filter(|d| !d.is_empty()),
            invalidation: self.invalidation,
        };
        let failure = match compile_source(&job) {
            Ok(()) => return true,
            Err(f) => f,
        };
        if self.quiet >= 2 {
            return false;
        }
        let msg = match failure {
            Failure::Compile(msg) => msg,
            Failure::Os { class, msg } => format!("{class}: {msg}"),
        };
        if self.quiet >= 1 {
            out_line(&format!("*** Error compiling {}...", py_repr(fullname)));
            out_line(&msg);
        } else {
            out_line(&format!("*** {msg}"));
        }
        false
    }

    /// CPython's check: the cache starts with the magic, flags 0 and the
    /// source's mtime (the size is not compared). Any error means "not up to
    /// date".
    fn up_to_date(&self, source: &OsStr, cfile: &Path) -> bool {
        let Ok(meta) = fs::metadata(source) else {
            return false;
        };
        let (mtime, _) = pyc::source_stamp(&meta);
        let mut expect = [0u8; 12];
        expect[..4].copy_from_slice(&pyc::MAGIC);
        expect[8..].copy_from_slice(&(mtime as u32).to_le_bytes());
        let mut actual = Vec::with_capacity(12);
        match fs::File::open(cfile) {
            Ok(f) => f.take(12).read_to_end(&mut actual).is_ok() && actual == expect,
            Err(_) => false,
        }
    }

    /// CPython's `_walk_dir` and `compile_dir` together: lists `dir`, compiles
    /// its files and descends into its subdirectories (not symlinks) while
    /// `maxlevels` allows. Clears `ok` when a file fails.
    fn walk(&self, dir: &OsStr, maxlevels: i64, rename: &Rename<'_>, ok: &mut bool) {
        if self.quiet == 0 {
            out_line(&format!("Listing {}...", py_repr(dir)));
        }
        let listing = fs::read_dir(dir).and_then(|entries| {
            entries
                .map(|e| e.map(|e| e.file_name()))
                .collect::<Result<Vec<OsString>, _>>()
        });
        let mut names = match listing {
            Ok(names) => names,
            Err(_) => {
                if self.quiet < 2 {
                    out_line(&format!("Can't list {}", py_repr(dir)));
                }
                Vec::new()
            }
        };
        names.sort();
        for name in names {
            if name == "__pycache__" {
                continue;
            }
            let full = os_join(dir, &name);
            if !is_dir(&full) {
                if !self.compile_file(&full, rename) {
                    *ok = false;
                }
            } else if maxlevels > 0 && name != "." && name != ".." && !is_symlink(&full) {
                self.walk(&full, maxlevels - 1, rename, ok);
            }
        }
    }

    /// CPython's `compile_dir`: `-d DESTDIR` becomes "strip DIR, prepend
    /// DESTDIR". `Err` is the `ValueError` for a negative worker count.
    fn compile_dir(
        &self,
        dir: &OsStr,
        maxlevels: i64,
        rename: &Rename<'_>,
        workers: i64,
    ) -> Result<bool, String> {
        let dir_text = text_of(dir);
        let rename = match rename.ddir {
            Some(ddir) => Rename {
                ddir: None,
                stripdir: Some(&dir_text),
                prependdir: Some(ddir),
            },
            None => *rename,
        };
        if workers < 0 {
            return Err("workers must be greater or equal to 0".to_string());
        }
        let mut ok = true;
        self.walk(dir, maxlevels, &rename, &mut ok);
        Ok(ok)
    }

    /// CPython's `compile_path`: without arguments, every directory on the
    /// path, one level deep (no `-x`, `-e`, `-d`, `-s`, `-p`). Stops at the
    /// first directory with a failure, as CPython's `success and ...` does.
    fn compile_path(&self) -> bool {
        let plain = Compiler {
            rx: None,
            limit_sl_dest: None,
            ..*self
        };
        let cwd = std::env::current_dir()
            .map(|d| text_of(d.as_os_str()))
            .unwrap_or_default();
        let mut dirs = vec![cwd.clone()];
        if let Some(pp) = std::env::var_os("PYTHONPATH") {
            let pp = text_of(&pp);
            dirs.extend(
                pp.split(':')
                    .filter(|s| !s.is_empty())
                    .map(|s| path_join(&cwd, s)),
            );
        }
        let mut success = true;
        for dir in dirs {
            if dir.is_empty() || dir == "." {
                if self.quiet < 2 {
                    out_line("Skipping current directory");
                }
            } else if success {
                success = plain
                    .compile_dir(OsStr::new(&dir), 0, &Rename::default(), 1)
                    .unwrap_or(false);
            }
        }
        success
    }
}

/// Reads `-i FILE` (or stdin for `-`): one name a line, stripped.
fn read_file_list(flist: &str) -> std::io::Result<Vec<OsString>> {
    let bytes = if flist == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        buf
    } else {
        fs::read(flist)?
    };
    let text = String::from_utf8_lossy(&bytes);
    Ok(text_lines(&text)
        .into_iter()
        .map(|l| OsString::from(l.trim_matches(is_py_space)))
        .collect())
}

/// `pyjit -m compileall ARGS`: 0 when every file compiled, 1 when one
/// failed, 2 for a bad command line.
pub fn compileall_main(args: &[String], config: &Config) -> i32 {
    let parsed = match PARSER.parse(args) {
        Ok(p) => p,
        Err(status) => return status,
    };
    let int = |key: &str| parsed.last(key).and_then(argparse::parse_int);
    let quiet = parsed.count("q");
    let rx = match parsed.last("x").map(Regex::new).transpose() {
        Ok(rx) => rx,
        Err(RegexError::Invalid(msg)) => {
            err_text(&format!("re.error: {msg}\n"));
            return 1;
        }
        Err(RegexError::Unsupported(msg)) => {
            err_text(&format!("pyjit: compileall: -x: {msg}\n"));
            return 2;
        }
    };
    let limit_sl_dest = parsed.last("e").filter(|e| !e.is_empty());
    let maxlevels = match int("r") {
        Some(r) => r,
        None if parsed.flag("l") => 0,
        None => DEFAULT_MAXLEVELS,
    };
    let opt_levels: Vec<i64> = parsed
        .all("o")
        .into_iter()
        .filter_map(argparse::parse_int)
        .collect();
    let hardlink = parsed.flag("hardlink-dupes");
    if opt_levels.len() <= 1 && hardlink {
        PARSER.error(
            "Hardlinking of duplicated bytecode makes sense only for more than one optimization level.",
        );
        return 2;
    }
    let ddir = parsed.last("d");
    let stripdir = parsed.last("s");
    let prependdir = parsed.last("p");
    if ddir.is_some() && (stripdir.is_some() || prependdir.is_some()) {
        PARSER.error("-d cannot be used in combination with -s or -p");
        return 2;
    }
    if let Some(level) = opt_levels.iter().find(|l| !matches!(l, -1 | 0)) {
        err_text(&format!(
            "pyjit: compileall: -o {level}: pyjit has no optimization levels (only -1 and 0 are accepted; both write the one cache file)\n"
        ));
        return 2;
    }
    if hardlink {
        err_text(
            "pyjit: compileall: --hardlink-dupes is not supported (pyjit writes one cache file per source)\n",
        );
        return 2;
    }
    let mut dests: Vec<OsString> = parsed.positionals.iter().map(OsString::from).collect();
    if let Some(flist) = parsed.last("i") {
        match read_file_list(flist) {
            Ok(names) => dests.extend(names),
            Err(_) => {
                if quiet < 2 {
                    out_line(&format!("Error reading file list {flist}"));
                }
                return 1;
            }
        }
    }
    let invalidation = match parsed.last("invalidation-mode") {
        Some("checked-hash") => Invalidation::CheckedHash,
        Some("unchecked-hash") => Invalidation::UncheckedHash,
        Some(_) => Invalidation::Timestamp,
        None => default_invalidation(),
    };
    let workers = int("j").unwrap_or(1);
    let compiler = Compiler {
        force: parsed.flag("f"),
        quiet,
        legacy: parsed.flag("b"),
        rx: rx.as_ref(),
        invalidation,
        limit_sl_dest,
        prefix: config.pycache_prefix.as_deref(),
    };
    if dests.is_empty() {
        return i32::from(!compiler.compile_path());
    }
    let rename = Rename {
        ddir,
        stripdir,
        prependdir,
    };
    let mut success = true;
    for dest in &dests {
        if is_file(dest) {
            success &= compiler.compile_file(dest, &rename);
        } else {
            match compiler.compile_dir(dest, maxlevels, &rename, workers) {
                Ok(ok) => success &= ok,
                Err(msg) => {
                    err_text(&format!("ValueError: {msg}\n"));
                    return 1;
                }
            }
        }
    }
    i32::from(!success)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(full: &str, ddir: Option<&str>, s: Option<&str>, p: Option<&str>) -> Option<String> {
        dfile_for(
            full,
            &Rename {
                ddir,
                stripdir: s,
                prependdir: p,
            },
        )
    }

    #[test]
    fn rewrites_names_like_cpython() {
        assert_eq!(d("pkg/a.py", None, None, None), None);
        assert_eq!(
            d("pkg/a.py", Some("/dest"), None, None).as_deref(),
            Some("/dest/a.py")
        );
        assert_eq!(
            d("/build/root/pkg/a.py", None, Some("/build/root"), None).as_deref(),
            Some("pkg/a.py")
        );
        assert_eq!(
            d("/build/root/pkg/a.py", None, Some("/build/root"), Some("/")).as_deref(),
            Some("/pkg/a.py")
        );
        // -p alone does not change an absolute name (os.path.join).
        assert_eq!(
            d("/x/a.py", None, None, Some("/opt")).as_deref(),
            Some("/x/a.py")
        );
        assert_eq!(
            d("x/a.py", None, None, Some("/opt")).as_deref(),
            Some("/opt/x/a.py")
        );
        // Components are compared position by position and the first equal
        // one is removed.
        assert_eq!(
            d("a/b/a/x.py", None, Some("a/c"), None).as_deref(),
            Some("b/a/x.py")
        );
        assert_eq!(
            d("/x/b/c.py", None, Some("/a/b"), None).as_deref(),
            Some("x/c.py")
        );
    }
}
