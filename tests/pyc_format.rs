//! The `.pyc` cache format: marshal round trips, cache files in every
//! invalidation mode, stale and damaged files, the committed corpus of bad
//! files in tests/pyc_corpus/, and a randomised run of the `pyc_load` fuzz
//! check.
//!
//! Ignored tests, run by hand:
//!
//! * `cargo test --test pyc_format -- --ignored regenerate_corpus` rewrites
//!   tests/pyc_corpus/ (needed after a magic-number bump).
//! * `PYC_FUZZ_SECS=300 cargo test --release --test pyc_format -- --ignored fuzz_long`
//!   runs the fuzz check on mutated files for that long.
//! * `cargo test --release --test pyc_format -- --ignored throughput --nocapture`
//!   prints compile vs load speed (nothing is asserted about time).

use pyjit::bytecode::code::{CodeObject, Const, Position};
use pyjit::bytecode::dis::disassemble;
use pyjit::bytecode::opcodes::Instr;
use pyjit::bytecode::operand::Reg;
use pyjit::bytecode::verify::verify;
use pyjit::compiler::compile_module;
use pyjit::pyc::cache::{cache_bytes, load_cache_bytes, load_sourceless_bytes, write_atomic};
use pyjit::pyc::{
    CacheError, CheckHashMode, Header, Invalidation, MAGIC, MarshalErrorKind, SourceInfo,
    StaleField, cache_path, cache_tag, dumps_code, load_sourceless, loads_code, read_cache,
    source_from_cache, source_hash, write_cache,
};
use std::cell::Cell;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "../fuzz/pyc_load_check.rs"]
mod fuzz_check;

#[path = "pyc_corpus/generate.rs"]
mod corpus;

use corpus::{CORPUS_MTIME, CORPUS_SOURCE, corpus_base, corpus_dir, generate_corpus, spec};

// ===================================================================== sources

/// Varied Python sources; each must compile.
const SOURCES: &[(&str, &str)] = &[
    (
        "arith.py",
        "x = 1\ny = x * 2 + 3 - 4 // 5 % 6\nprint(x, y, -x, ~y, not x, x ** 10)\n\
         z = x << 3 | y >> 1 & 7 ^ 2\nprint(z / 3, x < y <= z, x == y != z)\n",
    ),
    (
        "functions.py",
        "def f(a, b=2, /, c=3, *args, d, e=5, **kw):\n    return a + b + c + d + e + len(args) + len(kw)\n\
         print(f(1, d=4))\nprint(f(1, 2, 3, 4, 5, d=6, z=7))\n\
         g = lambda x, *y: (x, y)\nprint(g(1, 2, 3))\n",
    ),
    (
        "closures.py",
        "def outer(n):\n    total = 0\n    def add(k):\n        nonlocal total\n        total += k\n        return total\n\
         \x20   def get():\n        return total + n\n    return add, get\n\
         add, get = outer(10)\nadd(1)\nadd(2)\nprint(get())\n\
         def deep():\n    a = 1\n    def l1():\n        def l2():\n            def l3():\n                return a\n            return l3\n        return l2\n    return l1()()()\nprint(deep())\n",
    ),
    (
        "exceptions.py",
        "def risky(n):\n    try:\n        if n > 2:\n            raise ValueError('big')\n        return 1 / n\n\
         \x20   except ZeroDivisionError as e:\n        print('zero', e)\n        return None\n\
         \x20   except (ValueError, TypeError):\n        raise\n    finally:\n        print('done', n)\n\
         for i in range(4):\n    try:\n        print(risky(i))\n    except ValueError as e:\n        print('caught', e)\n\
         try:\n    try:\n        raise KeyError('k')\n    except KeyError as e:\n        raise RuntimeError('wrapped') from e\n\
         except RuntimeError as e:\n    print(repr(e), repr(e.__cause__))\n",
    ),
    (
        "comprehensions.py",
        "xs = [i * i for i in range(10) if i % 2]\nd = {k: [j for j in range(k)] for k in range(4)}\n\
         m = [[a + b for a in range(3)] for b in range(3)]\nprint(xs, d, m, [x for row in m for x in row if x > 1])\n",
    ),
    (
        "fstrings.py",
        "name = 'w\u{f6}rld'\nn = 3.14159\nprint(f'hello {name!r} {n:.2f} {n!s:>10} {name!a} {{braces}}')\n\
         w = 8\nprint(f'{n:{w}.{3}}|{\"nested\"}|{1 + 2=}')\n",
    ),
    (
        "numbers.py",
        "big = 123456789012345678901234567890\nneg = -98765432109876543210987654321\n\
         print(big * neg, 2 ** 64, -2 ** 63, 9223372036854775807, -9223372036854775808)\n\
         print(0.0, -0.0, 1e308, 1e-308, 5e-324, 1e400, -1e400, 0.1 + 0.2, 0x7f, 0o17, 0b101, 1_000_000)\n",
    ),
    (
        "tuples.py",
        "t = ((1, 2), (3, (4, 5.5, 'six')), (), (None, True, False, ...))\nprint(t, t[1][1][2])\n\
         a, *b, c = range(6)\nprint(a, b, c)\n(p, q), r = (1, 2), 3\nprint(p, q, r)\n",
    ),
    (
        "loops.py",
        "i = 0\nwhile i < 10:\n    i += 1\n    if i == 3:\n        continue\n    if i == 8:\n        break\nelse:\n    print('no break')\n\
         for j in range(3):\n    pass\nelse:\n    print('for else', j)\n",
    ),
    (
        "imports.py",
        "import math\nimport os.path\nfrom math import sqrt as s, floor\nprint(math.pi, s(4.0), floor(2.5))\n",
    ),
    (
        "misc.py",
        "G = 1\ndef setg(v):\n    global G\n    G = v\nsetg(5)\nassert G == 5, 'G'\nx = [1, 2, 3, 4]\n\
         print(x[1:3], x[::-1], x[-1])\ndel x[0]\ny = 'a' if x else 'b'\nprint(y, {'k': 1, **{'j': 2}})\n\
         def kw(*a, **k):\n    return a, k\nprint(kw(*x, **{'z': 1}))\n",
    ),
    (
        "unicode_positions.py",
        "s\u{e9}q = ['\u{65e5}\u{672c}', '\u{1f600}', 'caf\u{e9}']\nresult = (\n    len(s\u{e9}q)\n    + 1\n)\n\
         print(s\u{e9}q, result)\n\
         print('a very long line with a lot of text to push the columns beyond one hundred and twenty-eight bytes', 1, 2, 3)\n",
    ),
];

fn compile(name: &str, src: &str) -> CodeObject {
    compile_module(src, name).unwrap_or_else(|e| panic!("{name} does not compile: {e:?}"))
}

fn compiled_sources() -> Vec<(&'static str, &'static str, CodeObject)> {
    SOURCES
        .iter()
        .map(|&(name, src)| (name, src, compile(name, src)))
        .collect()
}

/// Equality that also holds for NaN constants.
fn assert_same(a: &CodeObject, b: &CodeObject) {
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
    assert_eq!(dumps_code(a), dumps_code(b));
}

fn walk<'a>(code: &'a CodeObject, f: &mut dyn FnMut(&'a CodeObject)) {
    f(code);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            walk(inner, f);
        }
    }
}

// ===================================================================== marshal

#[test]
fn sources_round_trip() {
    for (name, _, code) in compiled_sources() {
        let bytes = dumps_code(&code);
        let back = loads_code(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back, code, "{name}");
        assert_eq!(disassemble(&back), disassemble(&code), "{name}");
        assert_eq!(dumps_code(&back), bytes, "{name}: re-encoding differs");
        verify(&back).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn encoding_is_deterministic() {
    for &(name, src) in SOURCES {
        assert_eq!(
            dumps_code(&compile(name, src)),
            dumps_code(&compile(name, src)),
            "{name}"
        );
    }
}

#[test]
fn sources_cover_the_interesting_constants() {
    let mut seen = [false; 6];
    for (_, _, code) in compiled_sources() {
        walk(&code, &mut |c| {
            for k in &c.consts {
                match k {
                    Const::BigInt(_) => seen[0] = true,
                    Const::Float(f) if f.to_bits() == (-0.0f64).to_bits() => seen[1] = true,
                    Const::Float(f) if f.is_infinite() => seen[2] = true,
                    Const::Tuple(t) if t.iter().any(|x| matches!(x, Const::Tuple(_))) => {
                        seen[3] = true
                    }
                    Const::Code(_) => seen[4] = true,
                    Const::Str(s) if !s.is_ascii() => seen[5] = true,
                    _ => {}
                }
            }
        });
    }
    assert_eq!(
        seen, [true; 6],
        "bigint, -0.0, inf, nested tuple, code, non-ASCII str"
    );
}

#[test]
fn special_floats_keep_their_bits() {
    let mut code = compile("f.py", "x = 1\n");
    let floats = [
        f64::NAN,
        -f64::NAN,
        f64::from_bits(0x7ff0_0000_0000_0001),
        -0.0,
        0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MIN_POSITIVE,
        5e-324,
    ];
    code.consts.extend(floats.iter().map(|&f| Const::Float(f)));
    code.consts.push(Const::Tuple(vec![
        Const::Float(f64::NAN),
        Const::Tuple(vec![Const::Float(-0.0), Const::Ellipsis]),
    ]));
    let back = loads_code(&dumps_code(&code)).unwrap();
    assert_same(&back, &code);
    let n = code.consts.len() - floats.len() - 1;
    for (i, f) in floats.iter().enumerate() {
        match &back.consts[n + i] {
            Const::Float(g) => assert_eq!(g.to_bits(), f.to_bits()),
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn positions_of_every_shape_round_trip() {
    let mut code = compile("p.py", "x = 1\n");
    let n = 300;
    code.instrs = vec![Instr::Nop {}; n - 1];
    code.instrs.push(Instr::Return { src: Reg(0) });
    code.nregs = code.nregs.max(1);
    let mut state = 12345u64;
    code.positions = (0..n)
        .map(|i| {
            let r = next_random(&mut state);
            let line = (r % 7) as u32 + if i % 50 == 0 { 1_000_000 } else { 0 };
            Position {
                line,
                end_line: line + (r >> 8) as u32 % 3,
                col: (r >> 16) as u32 % 300,
                end_col: (r >> 32) as u32 % 400,
            }
        })
        .collect();
    code.positions[10] = Position {
        line: u32::MAX,
        end_line: 0,
        col: u32::MAX,
        end_col: 0,
    };
    code.positions[11] = code.positions[10];
    let back = loads_code(&dumps_code(&code)).unwrap();
    assert_eq!(back.positions, code.positions);
}

#[test]
fn rejects_what_is_not_a_code_object() {
    for bytes in [&b""[..], b"N", b"i\x02", b"z", b"c"] {
        assert!(loads_code(bytes).is_err(), "{bytes:?}");
    }
}

// ===================================================================== cache files

struct Fixture {
    _dir: tempfile::TempDir,
    source: PathBuf,
    cache: PathBuf,
    text: &'static str,
    code: CodeObject,
}

fn fixture(text: &'static str) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("mod.py");
    fs::write(&source, text).unwrap();
    let code = compile(source.to_str().unwrap(), text);
    let cache = cache_path(&source, None);
    Fixture {
        _dir: dir,
        source,
        cache,
        text,
        code,
    }
}

fn stamp(path: &Path) -> (u64, u64) {
    pyjit::pyc::source_stamp(&fs::metadata(path).unwrap())
}

fn info(path: &Path, mode: CheckHashMode) -> SourceInfo<'_> {
    SourceInfo::from_path(path, mode).unwrap()
}

#[test]
fn write_and_read_in_every_mode() {
    for (name, src) in SOURCES.iter().take(4) {
        for inv in [
            Invalidation::Timestamp,
            Invalidation::CheckedHash,
            Invalidation::UncheckedHash,
        ] {
            let f = fixture(src);
            write_cache(&f.cache, &f.code, inv, f.text.as_bytes(), stamp(&f.source)).unwrap();
            assert!(
                f.cache
                    .ends_with(format!("__pycache__/mod.{}.pyc", cache_tag()))
            );
            let bytes = fs::read(&f.cache).unwrap();
            assert_eq!(&bytes[..4], &MAGIC);
            let flags = u32::from_le_bytes(bytes[4..8].try_into().unwrap());
            let expected_flags = match inv {
                Invalidation::Timestamp => 0,
                Invalidation::CheckedHash => 3,
                Invalidation::UncheckedHash => 1,
            };
            assert_eq!(flags, expected_flags, "{name} {inv:?}");
            for mode in [
                CheckHashMode::Default,
                CheckHashMode::Always,
                CheckHashMode::Never,
            ] {
                let back = read_cache(&f.cache, info(&f.source, mode))
                    .unwrap_or_else(|e| panic!("{name} {inv:?} {mode:?}: {e}"));
                assert_eq!(back, f.code);
                assert_eq!(disassemble(&back), disassemble(&f.code));
            }
            assert_eq!(load_sourceless(&f.cache).unwrap(), f.code);
            assert_eq!(
                source_from_cache(&f.cache, None).as_deref(),
                Some(&*f.source)
            );
        }
    }
}

#[test]
fn timestamp_header_holds_mtime_and_size_mod_2_32() {
    let f = fixture("x = 1\n");
    let mtime = 0x1_2345_6789u64;
    write_cache(
        &f.cache,
        &f.code,
        Invalidation::Timestamp,
        b"",
        (mtime, 6 + (1 << 32)),
    )
    .unwrap();
    let bytes = fs::read(&f.cache).unwrap();
    assert_eq!(
        Header::parse(&bytes),
        Ok(Header::Timestamp {
            mtime: 0x2345_6789,
            size: 6
        })
    );
    let src = SourceInfo::from_bytes(f.text.as_bytes(), 0x2345_6789, CheckHashMode::Default);
    assert!(read_cache(&f.cache, src).is_ok());
}

#[test]
fn stale_timestamp_files_are_rejected() {
    let f = fixture("x = 1\n");
    let (mtime, size) = stamp(&f.source);
    write_cache(
        &f.cache,
        &f.code,
        Invalidation::Timestamp,
        b"",
        (mtime, size),
    )
    .unwrap();
    let at = |mtime, size| SourceInfo {
        mtime,
        size,
        read_bytes: Box::new(|| panic!("a timestamp file never reads its source")),
        check_hash: CheckHashMode::Always,
    };
    assert!(read_cache(&f.cache, at(mtime, size)).is_ok());
    assert!(read_cache(&f.cache, at(mtime + (1 << 32), size + (1 << 32))).is_ok());
    match read_cache(&f.cache, at(mtime + 1, size)) {
        Err(CacheError::Stale(StaleField::Mtime { cached, source })) => {
            assert_eq!(cached, mtime as u32);
            assert_eq!(source, (mtime + 1) as u32);
        }
        other => panic!("{other:?}"),
    }
    match read_cache(&f.cache, at(mtime, size + 1)) {
        Err(CacheError::Stale(StaleField::Size { .. })) => {}
        other => panic!("{other:?}"),
    }
    // Editing the file (new size) makes it stale through the real metadata too.
    fs::write(&f.source, "x = 22\n").unwrap();
    let e = read_cache(&f.cache, info(&f.source, CheckHashMode::Default)).unwrap_err();
    assert!(matches!(e, CacheError::Stale(_)), "{e}");
    assert!(e.to_string().contains("stale"), "{e}");
}

/// A `SourceInfo` whose bytes are `text` and which records whether they were read.
fn tracked<'a>(text: &'a str, read: &'a Cell<bool>, mode: CheckHashMode) -> SourceInfo<'a> {
    SourceInfo {
        mtime: 0,
        size: 0,
        read_bytes: Box::new(move || {
            read.set(true);
            Ok(text.as_bytes().to_vec())
        }),
        check_hash: mode,
    }
}

#[test]
fn checked_hash_files_follow_the_source_hash() {
    let f = fixture("x = 1\n");
    write_cache(
        &f.cache,
        &f.code,
        Invalidation::CheckedHash,
        f.text.as_bytes(),
        (0, 0),
    )
    .unwrap();
    let read = Cell::new(false);
    // mtime and size are irrelevant to hash-based files.
    assert!(read_cache(&f.cache, tracked("x = 1\n", &read, CheckHashMode::Default)).is_ok());
    assert!(read.get());
    read.set(false);
    match read_cache(&f.cache, tracked("x = 2\n", &read, CheckHashMode::Default)) {
        Err(CacheError::Stale(StaleField::Hash { cached, source })) => {
            assert_eq!(cached, source_hash(b"x = 1\n"));
            assert_eq!(source, source_hash(b"x = 2\n"));
        }
        other => panic!("{other:?}"),
    }
    assert!(read_cache(&f.cache, tracked("x = 2\n", &read, CheckHashMode::Always)).is_err());
    read.set(false);
    assert!(read_cache(&f.cache, tracked("x = 2\n", &read, CheckHashMode::Never)).is_ok());
    assert!(
        !read.get(),
        "--check-hash-based-pycs never does not read the source"
    );
}

#[test]
fn unchecked_hash_files_are_checked_only_when_always() {
    let f = fixture("x = 1\n");
    write_cache(
        &f.cache,
        &f.code,
        Invalidation::UncheckedHash,
        f.text.as_bytes(),
        (0, 0),
    )
    .unwrap();
    let read = Cell::new(false);
    for mode in [CheckHashMode::Default, CheckHashMode::Never] {
        assert!(read_cache(&f.cache, tracked("x = 2\n", &read, mode)).is_ok());
        assert!(!read.get());
    }
    assert!(matches!(
        read_cache(&f.cache, tracked("x = 2\n", &read, CheckHashMode::Always)),
        Err(CacheError::Stale(StaleField::Hash { .. }))
    ));
    assert!(read_cache(&f.cache, tracked("x = 1\n", &read, CheckHashMode::Always)).is_ok());
}

#[test]
fn unreadable_source_for_a_hash_check_is_an_io_error() {
    let f = fixture("x = 1\n");
    write_cache(
        &f.cache,
        &f.code,
        Invalidation::CheckedHash,
        f.text.as_bytes(),
        (0, 0),
    )
    .unwrap();
    let src = SourceInfo {
        mtime: 0,
        size: 0,
        read_bytes: Box::new(|| Err(std::io::Error::other("gone"))),
        check_hash: CheckHashMode::Default,
    };
    assert!(matches!(read_cache(&f.cache, src), Err(CacheError::Io(_))));
}

#[test]
fn missing_and_foreign_files() {
    let f = fixture("x = 1\n");
    assert!(matches!(
        read_cache(&f.cache, info(&f.source, CheckHashMode::Default)),
        Err(CacheError::NotFound)
    ));
    assert!(matches!(
        load_sourceless(&f.cache),
        Err(CacheError::NotFound)
    ));
    fs::create_dir_all(f.cache.parent().unwrap()).unwrap();
    // A CPython 3.11 file and other magics.
    let mut cpython = vec![0xa7, 0x0d, 0x0d, 0x0a];
    cpython.extend_from_slice(&[0; 12]);
    cpython.extend_from_slice(b"\xe3\x00\x00");
    let next = (pyjit::pyc::MAGIC_NUMBER + 1).to_le_bytes();
    let prev = (pyjit::pyc::MAGIC_NUMBER - 1).to_le_bytes();
    for magic in [
        [0xa7, 0x0d, 0x0d, 0x0a],
        [next[0], next[1], b'\r', b'\n'],
        [prev[0], prev[1], b'\r', b'\n'],
        [pyjit::pyc::MAGIC[0], pyjit::pyc::MAGIC[1], b'\n', b'\n'],
    ] {
        let mut bytes = cache_bytes(&f.code, Invalidation::Timestamp, b"", stamp(&f.source));
        bytes[..4].copy_from_slice(&magic);
        fs::write(&f.cache, &bytes).unwrap();
        let e = read_cache(&f.cache, info(&f.source, CheckHashMode::Default)).unwrap_err();
        assert!(matches!(e, CacheError::BadMagic(m) if m == magic), "{e}");
        assert!(e.to_string().contains("magic"));
        assert!(matches!(
            load_sourceless(&f.cache),
            Err(CacheError::BadMagic(_))
        ));
    }
    fs::write(&f.cache, &cpython).unwrap();
    assert!(matches!(
        read_cache(&f.cache, info(&f.source, CheckHashMode::Default)),
        Err(CacheError::BadMagic(_))
    ));
}

/// A valid cache file of every source, in each invalidation mode.
fn valid_files() -> Vec<(String, Vec<u8>, &'static str)> {
    let mut out = Vec::new();
    for (name, src, code) in compiled_sources() {
        for inv in [
            Invalidation::Timestamp,
            Invalidation::CheckedHash,
            Invalidation::UncheckedHash,
        ] {
            let bytes = cache_bytes(&code, inv, src.as_bytes(), (FIXED_MTIME, src.len() as u64));
            out.push((format!("{name} {inv:?}"), bytes, src));
        }
    }
    out
}

const FIXED_MTIME: u64 = 1_700_000_000;

fn load(bytes: &[u8], src: &str) -> Result<CodeObject, CacheError> {
    load_cache_bytes(
        bytes,
        SourceInfo::from_bytes(src.as_bytes(), FIXED_MTIME, CheckHashMode::Default),
    )
}

#[test]
fn truncated_at_every_length() {
    for (name, bytes, src) in valid_files() {
        assert!(load(&bytes, src).is_ok(), "{name}");
        for n in 0..bytes.len() {
            match load(&bytes[..n], src) {
                Err(CacheError::Truncated(_)) => {}
                other => panic!("{name} cut to {n} of {} bytes: {other:?}", bytes.len()),
            }
            assert!(load_sourceless_bytes(&bytes[..n]).is_err());
        }
    }
}

#[test]
fn truncated_files_on_disk() {
    let f = fixture(SOURCES[3].1);
    let (mtime, size) = stamp(&f.source);
    let full = cache_bytes(&f.code, Invalidation::Timestamp, b"", (mtime, size));
    fs::create_dir_all(f.cache.parent().unwrap()).unwrap();
    for n in 0..=full.len() {
        fs::write(&f.cache, &full[..n]).unwrap();
        let r = read_cache(&f.cache, info(&f.source, CheckHashMode::Default));
        if n == full.len() {
            assert_eq!(r.unwrap(), f.code);
        } else {
            assert!(matches!(r, Err(CacheError::Truncated(_))), "{n}: {r:?}");
        }
    }
}

#[test]
fn every_byte_flipped() {
    // Every source as a timestamp file, and the first source in the hash modes
    // (the other modes differ only in the header).
    let files = valid_files()
        .into_iter()
        .enumerate()
        .filter(|(i, _)| i % 3 == 0 || *i < 3)
        .map(|(_, f)| f);
    for (name, bytes, src) in files {
        for i in 0..bytes.len() {
            for mask in [0xffu8, 1 << (i % 8)] {
                let mut bad = bytes.clone();
                bad[i] ^= mask;
                let result = std::panic::catch_unwind(|| {
                    if let Ok(code) = load(&bad, src) {
                        verify(&code).unwrap();
                    }
                    if let Ok(code) = load_sourceless_bytes(&bad) {
                        verify(&code).unwrap();
                    }
                    if let Ok(code) = loads_code(&bad[16..]) {
                        let _ = verify(&code);
                    }
                });
                assert!(result.is_ok(), "{name}: byte {i} ^ {mask:#x} panicked");
            }
        }
    }
}

#[test]
fn header_fields_are_checked() {
    let (_, good, src) = &valid_files()[0];
    let mut bad = good.clone();
    bad[4] = 4;
    assert!(matches!(load(&bad, src), Err(CacheError::BadFlags(4))));
    bad[4] = 2;
    assert!(matches!(load(&bad, src), Err(CacheError::BadFlags(2))));
    for i in 8..16 {
        let mut bad = good.clone();
        bad[i] ^= 1;
        assert!(
            matches!(load(&bad, src), Err(CacheError::Stale(_))),
            "byte {i}"
        );
        // Sourceless loading does not look at the source fields.
        assert!(load_sourceless_bytes(&bad).is_ok());
    }
}

// ===================================================================== writing

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(".tmp"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn writes_create_directories_and_leave_no_temp_files() {
    let f = fixture("x = 1\n");
    let deep = f.source.parent().unwrap().join("a/b/c/mod.pyc");
    write_cache(&deep, &f.code, Invalidation::Timestamp, b"", (1, 2)).unwrap();
    assert!(deep.is_file());
    // Overwriting an existing file.
    write_cache(
        &deep,
        &f.code,
        Invalidation::CheckedHash,
        b"x = 1\n",
        (1, 2),
    )
    .unwrap();
    assert!(matches!(
        Header::parse(&fs::read(&deep).unwrap()),
        Ok(Header::Hash { .. })
    ));
    assert!(temp_files(deep.parent().unwrap()).is_empty());
}

#[test]
fn failed_writes_leave_no_temp_files() {
    let f = fixture("x = 1\n");
    let dir = f.source.parent().unwrap();
    // The target is a directory: the rename fails after the temp file is written.
    let target = dir.join("target.pyc");
    fs::create_dir(&target).unwrap();
    fs::write(target.join("keep"), "").unwrap();
    assert!(write_atomic(&target, b"data").is_err());
    assert!(temp_files(dir).is_empty());
    assert!(target.join("keep").exists());
    // The directory cannot be created: a file is in the way.
    let blocked = f.source.join("__pycache__/mod.pyc");
    assert!(write_cache(&blocked, &f.code, Invalidation::Timestamp, b"", (1, 2)).is_err());
}

#[test]
fn concurrent_writers_and_readers_see_whole_files() {
    let f = fixture(SOURCES[2].1);
    let (mtime, size) = stamp(&f.source);
    // Code objects share their strings (`Rc<str>`), so each thread decodes
    // its own copy from the same bytes.
    let encoded = pyjit::pyc::dumps_code(&f.code);
    let (cache, source) = (&f.cache, &f.source);
    std::thread::scope(|s| {
        for _ in 0..3 {
            let encoded = &encoded;
            s.spawn(move || {
                let code = pyjit::pyc::loads_code(encoded).unwrap();
                for _ in 0..40 {
                    write_cache(cache, &code, Invalidation::Timestamp, b"", (mtime, size)).unwrap();
                }
            });
        }
        let encoded = &encoded;
        s.spawn(move || {
            let expected = pyjit::pyc::loads_code(encoded).unwrap();
            for _ in 0..200 {
                match read_cache(cache, info(source, CheckHashMode::Default)) {
                    Ok(code) => assert_eq!(code, expected),
                    Err(CacheError::NotFound) => {}
                    Err(e) => panic!("reader saw a partial file: {e}"),
                }
            }
        });
    });
    assert!(temp_files(f.cache.parent().unwrap()).is_empty());
}

// ===================================================================== paths

#[test]
fn cache_paths_with_and_without_prefix() {
    let tag = cache_tag();
    assert_eq!(tag, format!("pyjit-{}", pyjit::pyc::MAGIC_NUMBER));
    let src = Path::new("/srv/app/pkg/mod.py");
    let plain = cache_path(src, None);
    assert_eq!(
        plain,
        PathBuf::from(format!("/srv/app/pkg/__pycache__/mod.{tag}.pyc"))
    );
    assert_eq!(source_from_cache(&plain, None).as_deref(), Some(src));
    let prefix = Path::new("/tmp/pycache-prefix");
    let mirrored = cache_path(src, Some(prefix));
    assert_eq!(
        mirrored,
        PathBuf::from(format!("/tmp/pycache-prefix/srv/app/pkg/mod.{tag}.pyc"))
    );
    assert_eq!(
        source_from_cache(&mirrored, Some(prefix)).as_deref(),
        Some(src)
    );
    // Relative sources are made absolute before mirroring.
    let rel = cache_path(Path::new("pkg/mod.py"), Some(prefix));
    let cwd = std::env::current_dir().unwrap();
    assert!(rel.starts_with(prefix));
    assert!(rel.ends_with(format!("pkg/mod.{tag}.pyc")));
    assert!(
        rel.to_string_lossy()
            .contains(cwd.file_name().unwrap().to_str().unwrap())
    );
    // Not cache files of this format.
    for bad in [
        "/a/mod.py",
        "/a/mod.pyc",
        "/a/__pycache__/mod.cpython-311.pyc",
        "/a/notpycache/mod.pyjit-1.pyc",
    ] {
        assert_eq!(source_from_cache(Path::new(bad), None), None, "{bad}");
    }
}

// ===================================================================== the corpus

#[test]
fn spec_writer_matches_the_encoder() {
    let base = corpus_base();
    verify(&base).unwrap();
    assert_eq!(spec::join(&spec::body(&base)), dumps_code(&base));
    for (name, _, code) in compiled_sources() {
        assert_eq!(spec::join(&spec::body(&code)), dumps_code(&code), "{name}");
    }
}

/// What a corpus file's name says must happen to it.
fn expected_kind(file_name: &str) -> &str {
    file_name.split("__").next().unwrap_or("")
}

fn kind_of(r: &Result<CodeObject, CacheError>) -> &'static str {
    match r {
        Ok(_) => "ok",
        Err(CacheError::NotFound) => "notfound",
        Err(CacheError::Io(_)) => "io",
        Err(CacheError::BadMagic(_)) => "badmagic",
        Err(CacheError::BadFlags(_)) => "badflags",
        Err(CacheError::Truncated(_)) => "truncated",
        Err(CacheError::Stale(StaleField::Mtime { .. })) => "stale_mtime",
        Err(CacheError::Stale(StaleField::Size { .. })) => "stale_size",
        Err(CacheError::Stale(StaleField::Hash { .. })) => "stale_hash",
        Err(CacheError::Corrupt(_)) => "corrupt",
        Err(CacheError::Invalid(_)) => "invalid",
    }
}

fn corpus_source_info() -> SourceInfo<'static> {
    SourceInfo::from_bytes(
        CORPUS_SOURCE.as_bytes(),
        CORPUS_MTIME,
        CheckHashMode::Default,
    )
}

#[test]
fn corpus_files_fail_as_their_names_say() {
    let mut entries: Vec<PathBuf> = fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pyc"))
        .collect();
    entries.sort();
    assert!(
        entries.len() >= 40,
        "the corpus has {} files",
        entries.len()
    );
    let mut failures = Vec::new();
    for path in &entries {
        let name = path.file_name().unwrap().to_str().unwrap();
        let want = expected_kind(name);
        let got = read_cache(path, corpus_source_info());
        if kind_of(&got) != want {
            failures.push(format!("{name}: expected {want}, got {got:?}"));
        }
        if let Ok(code) = &got {
            verify(code).unwrap();
        }
        // Every message is printable for `-v`.
        if let Err(e) = &got {
            assert!(!e.to_string().is_empty());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn committed_corpus_is_up_to_date() {
    // The corpus must be what the generator makes now; after a deliberate
    // format change, regenerate it (see the module docs).
    for (name, bytes) in generate_corpus() {
        let path = corpus_dir().join(&name);
        let committed = fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            committed == bytes,
            "{name} differs from the generator's output"
        );
    }
}

#[test]
#[ignore = "rewrites tests/pyc_corpus/"]
fn regenerate_corpus() {
    let dir = corpus_dir();
    fs::create_dir_all(&dir).unwrap();
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|e| e == "pyc") {
            fs::remove_file(p).unwrap();
        }
    }
    for (name, bytes) in generate_corpus() {
        fs::write(dir.join(name), bytes).unwrap();
    }
}

// ===================================================================== randomised fuzzing

fn next_random(state: &mut u64) -> u64 {
    // xorshift64*
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// Applies 1..=4 random mutations to `data`, mostly in the body.
fn mutate(data: &mut Vec<u8>, others: &[Vec<u8>], rng: &mut u64) {
    let rounds = 1 + next_random(rng) % 4;
    for _ in 0..rounds {
        let r = next_random(rng);
        let len = data.len().max(1);
        let body_only = !r.is_multiple_of(10) && data.len() > 16;
        let at = if body_only {
            16 + (next_random(rng) as usize) % (data.len() - 16)
        } else {
            (next_random(rng) as usize) % len
        };
        match (r >> 8) % 9 {
            0 => {
                if let Some(b) = data.get_mut(at) {
                    *b ^= 1 << ((r >> 16) % 8);
                }
            }
            1 => {
                let v =
                    [0u8, 1, 0x7f, 0x80, 0xff, 0x81, 2, (r >> 24) as u8][(r >> 16) as usize % 8];
                if let Some(b) = data.get_mut(at) {
                    *b = v;
                }
            }
            2 => {
                let n = (r >> 16) as usize % 8;
                let end = (at + n).min(data.len());
                data.drain(at.min(end)..end);
            }
            3 => {
                let n = 1 + (r >> 16) as usize % 8;
                for _ in 0..n {
                    data.insert(at.min(data.len()), next_random(rng) as u8);
                }
            }
            4 => {
                let cut = at.min(data.len());
                data.truncate(cut);
            }
            5 => {
                // A varint with an interesting value.
                let v = [0u64, 1, 127, 128, 255, 65535, 65536, 1 << 32, u64::MAX]
                    [(r >> 16) as usize % 9];
                let bytes = spec::uv(v);
                let at = at.min(data.len());
                let end = (at + 1).min(data.len());
                data.splice(at..end, bytes);
            }
            6 => {
                // Duplicate a range.
                let n = (r >> 16) as usize % 32;
                let end = (at + n).min(data.len());
                let piece = data.get(at..end).unwrap_or_default().to_vec();
                data.splice(at.min(data.len())..at.min(data.len()), piece);
            }
            7 => {
                // Splice in a piece of another file.
                let other = &others[(r >> 16) as usize % others.len()];
                let from = (next_random(rng) as usize) % other.len().max(1);
                let n = (r >> 24) as usize % 64;
                let piece = other
                    .get(from..(from + n).min(other.len()))
                    .unwrap_or_default();
                let at = at.min(data.len());
                let end = (at + piece.len()).min(data.len());
                data.splice(at..end, piece.iter().copied());
            }
            _ => {
                // Swap two bytes.
                let other = (next_random(rng) as usize) % len;
                if at < data.len() && other < data.len() {
                    data.swap(at, other);
                }
            }
        }
    }
}

fn fuzz_for(iterations: u64, seconds: u64) -> u64 {
    let dir = tempfile::tempdir().unwrap();
    let mut seeds: Vec<Vec<u8>> = valid_files().into_iter().map(|(_, b, _)| b).collect();
    seeds.extend(generate_corpus().into_iter().map(|(_, b)| b));
    let start = std::time::Instant::now();
    let mut rng = 0x9e37_79b9_7f4a_7c15u64
        ^ std::env::var("PYC_FUZZ_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
    let mut done = 0;
    while done < iterations || start.elapsed().as_secs() < seconds {
        let seed = &seeds[(next_random(&mut rng) as usize) % seeds.len()];
        let mut data = seed.clone();
        mutate(&mut data, &seeds, &mut rng);
        let result = std::panic::catch_unwind(|| fuzz_check::run(&data, dir.path()));
        if result.is_err() {
            let crash = std::env::temp_dir().join("pyc_fuzz_crash.pyc");
            let _ = fs::write(&crash, &data);
            panic!("fuzz check failed; input saved to {}", crash.display());
        }
        done += 1;
    }
    done
}

#[test]
fn fuzz_short() {
    fuzz_for(1500, 0);
}

#[test]
#[ignore = "long; set PYC_FUZZ_SECS"]
fn fuzz_long() {
    let secs = std::env::var("PYC_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let n = fuzz_for(0, secs);
    println!("{n} inputs in {secs} s");
}

// ===================================================================== throughput

fn python_files(dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            python_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "py")
            && let Ok(text) = fs::read_to_string(&p)
        {
            out.push((p.display().to_string(), text));
        }
    }
}

/// Best of five timings of `f`, whose result is dropped outside the timing.
fn best<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = std::time::Instant::now();
        let keep = f();
        best = best.min(t.elapsed().as_secs_f64());
        drop(keep);
    }
    best
}

#[test]
#[ignore = "a measurement; run with --release --nocapture"]
fn throughput() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    python_files(&root.join("tests/cases"), &mut files);
    python_files(&root.join("benches/programs"), &mut files);
    let files: Vec<_> = files
        .into_iter()
        .filter(|(n, s)| compile_module(s, n).is_ok())
        .collect();
    // The corpus: every file that compiles, 20 times over, one module each.
    let corpus: Vec<_> = (0..20).flat_map(|_| files.iter().cloned()).collect();
    let src_bytes: usize = corpus.iter().map(|(_, s)| s.len()).sum();
    let codes: Vec<CodeObject> = corpus.iter().map(|(n, s)| compile(n, s)).collect();
    let caches: Vec<Vec<u8>> = codes
        .iter()
        .zip(&corpus)
        .map(|(c, (_, s))| cache_bytes(c, Invalidation::Timestamp, b"", (1, s.len() as u64)))
        .collect();
    let cache_len: usize = caches.iter().map(Vec::len).sum();
    let compile_t = best(|| {
        corpus
            .iter()
            .map(|(n, s)| compile_module(s, n).unwrap())
            .collect::<Vec<_>>()
    });
    let load_t = best(|| {
        caches
            .iter()
            .map(|c| loads_code(&c[16..]).unwrap())
            .collect::<Vec<_>>()
    });
    let full_t = best(|| {
        caches
            .iter()
            .zip(&corpus)
            .map(|(c, (_, s))| {
                let info = SourceInfo {
                    mtime: 1,
                    size: s.len() as u64,
                    read_bytes: Box::new(|| Ok(Vec::new())),
                    check_hash: CheckHashMode::Default,
                };
                load_cache_bytes(c, info).unwrap()
            })
            .collect::<Vec<_>>()
    });
    let mb = |bytes: usize, t: f64| bytes as f64 / t / 1e6;
    println!(
        "{} modules ({} distinct files): {} source bytes, {} cache bytes ({:.2} per source byte)",
        corpus.len(),
        files.len(),
        src_bytes,
        cache_len,
        cache_len as f64 / src_bytes as f64
    );
    println!(
        "compile_module:          {:7.1} MB/s of source",
        mb(src_bytes, compile_t)
    );
    println!(
        "loads_code:              {:7.1} MB/s of source, {:7.1} MB/s of cache, {:5.1}x compile",
        mb(src_bytes, load_t),
        mb(cache_len, load_t),
        compile_t / load_t
    );
    println!(
        "header + loads + verify: {:7.1} MB/s of source, {:7.1} MB/s of cache, {:5.1}x compile",
        mb(src_bytes, full_t),
        mb(cache_len, full_t),
        compile_t / full_t
    );
    // The same sources as one big module.
    let big: String = corpus.iter().map(|(_, s)| format!("{s}\n")).collect();
    if let Ok(code) = compile_module(&big, "big.py") {
        let bytes = dumps_code(&code);
        let c = best(|| compile_module(&big, "big.py").unwrap());
        let l = best(|| loads_code(&bytes).unwrap());
        let v = best(|| {
            let code = loads_code(&bytes).unwrap();
            verify(&code).unwrap();
            code
        });
        println!(
            "one module of {} bytes: compile {:.1} MB/s; loads_code {:.1} MB/s of source, {:.1} MB/s of cache, {:.1}x; with verify {:.1}x",
            big.len(),
            mb(big.len(), c),
            mb(big.len(), l),
            mb(bytes.len(), l),
            c / l,
            c / v
        );
    }
}

// ===================================================================== errors read well

#[test]
fn error_messages_name_the_problem() {
    let (_, good, src) = &valid_files()[0];
    let mut bad = good.clone();
    bad[16] = b'N';
    let e = load(&bad, src).unwrap_err();
    assert!(e.to_string().contains("not a code object"), "{e}");
    let e = load(&good[..10], src).unwrap_err();
    assert!(e.to_string().contains("truncated"), "{e}");
    match loads_code(&good[16..good.len() - 3]) {
        Err(e) => assert_eq!(e.kind, MarshalErrorKind::Truncated),
        Ok(_) => panic!("a cut body loaded"),
    }
}
