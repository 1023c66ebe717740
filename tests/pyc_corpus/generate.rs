//! The generator of the bad-file corpus in this directory, included by
//! tests/pyc_format.rs (`regenerate_corpus` writes the files,
//! `committed_corpus_is_up_to_date` compares them).
//!
//! Every file is a damaged copy of one hand-built code object (`corpus_base`),
//! made with `spec`, an independent writer of the format in
//! docs/pyc-format.md that keeps each field as a named segment so one field at
//! a time can be replaced. File names say what must happen when the file is
//! loaded against `CORPUS_SOURCE` with mtime `CORPUS_MTIME`:
//! `<expected error kind>__<what is wrong>.pyc`.

use pyjit::bytecode::code::{CodeObject, Const, ExcEntry, Position, flags};
use pyjit::bytecode::opcodes::Instr;
use pyjit::bytecode::operand::{ConstIdx, Imm, Label, NameIdx, Reg};
use pyjit::pyc::{Header, Invalidation, dumps_code};
use std::path::{Path, PathBuf};

/// The source every corpus file was made from, with this mtime.
pub const CORPUS_SOURCE: &str = "print('h\u{e9}llo')\n";
pub const CORPUS_MTIME: u64 = 1_234_567_890;

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pyc_corpus")
}

/// The hand-built code object the corpus files are damaged copies of. It has
/// every kind of constant, a nested function with a cell and an exception
/// table, and positions needing both run forms.
pub fn corpus_base() -> CodeObject {
    let pos = |line, end_line, col, end_col| Position {
        line,
        end_line,
        col,
        end_col,
    };
    let f = CodeObject {
        name: "f".into(),
        qualname: "f".into(),
        filename: "corpus.py".into(),
        firstlineno: 2,
        argcount: 1,
        flags: flags::OPTIMIZED | flags::NEWLOCALS,
        nregs: 5,
        varnames: vec!["x".into(), "e".into()],
        cellvars: vec!["x".into()],
        consts: vec![Const::Int(1)],
        instrs: vec![
            Instr::MakeCell {
                dst: Reg(2),
                src: Reg(0),
            },
            Instr::LoadDeref {
                dst: Reg(3),
                cell: Reg(2),
            },
            Instr::LoadConst {
                dst: Reg(4),
                idx: ConstIdx(0),
            },
            Instr::Add {
                dst: Reg(3),
                a: Reg(3),
                b: Reg(4),
            },
            Instr::Return { src: Reg(3) },
            Instr::Reraise { exc: Reg(1) },
        ],
        positions: vec![
            pos(2, 2, 0, 9),
            pos(3, 3, 11, 12),
            pos(3, 3, 15, 16),
            pos(3, 3, 11, 16),
            pos(3, 3, 4, 16),
            pos(3, 3, 4, 16),
        ],
        exc_table: vec![ExcEntry {
            start: 1,
            end: 4,
            handler: 5,
            exc_reg: 1,
        }],
        ..CodeObject::default()
    };
    let big = num_bigint::BigInt::from(1u8) << 70u32;
    CodeObject {
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: "corpus.py".into(),
        firstlineno: 1,
        nregs: 3,
        names: vec!["f".into(), "print".into()],
        consts: vec![
            Const::Code(Box::new(f)),
            Const::None,
            Const::Int(-7),
            Const::BigInt(-big),
            Const::Float(1.5),
            Const::Str("h\u{e9}llo".into()),
            Const::Tuple(vec![
                Const::Int(1),
                Const::Tuple(vec![Const::Str("a".into()), Const::Ellipsis]),
                Const::Float(-0.0),
            ]),
            Const::Bool(true),
        ],
        instrs: vec![
            Instr::MakeFunction {
                dst: Reg(0),
                code: ConstIdx(0),
                extra: Reg(0),
                flags: Imm(0),
            },
            Instr::StoreGlobal {
                name: NameIdx(0),
                src: Reg(0),
            },
            Instr::LoadGlobal {
                dst: Reg(1),
                name: NameIdx(1),
            },
            Instr::LoadConst {
                dst: Reg(2),
                idx: ConstIdx(5),
            },
            Instr::Call {
                dst: Reg(0),
                func: Reg(1),
                args: Reg(2),
                nargs: Imm(1),
            },
            Instr::JumpIfFalse {
                cond: Reg(0),
                target: Label(6),
            },
            Instr::LoadConst {
                dst: Reg(0),
                idx: ConstIdx(1),
            },
            Instr::Return { src: Reg(0) },
        ],
        positions: vec![
            pos(2, 3, 0, 16),
            pos(2, 3, 0, 16),
            pos(4, 4, 0, 5),
            pos(4, 4, 6, 13),
            pos(4, 5, 0, 1),
            pos(4, 4, 0, 200),
            pos(0, 0, 0, 0),
            pos(0, 0, 0, 0),
        ],
        ..CodeObject::default()
    }
}

/// An independent writer of the documented body format that keeps every field
/// as a separate, named segment, so the corpus generator can damage one field
/// at a time. `spec_writer_matches_the_encoder` checks it against `dumps_code`.
pub mod spec {
    use super::*;

    pub type Segs = Vec<(String, Vec<u8>)>;

    pub fn uv(mut v: u64) -> Vec<u8> {
        let mut out = Vec::new();
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(b);
                return out;
            }
            out.push(b | 0x80);
        }
    }

    pub fn zz(v: i64) -> u64 {
        ((v << 1) ^ (v >> 63)) as u64
    }

    pub fn instr_bytes(instrs: &[Instr]) -> Vec<u8> {
        let mut out = Vec::new();
        for i in instrs {
            i.encode(&mut out);
        }
        out
    }

    pub fn positions(ps: &[Position]) -> Vec<u8> {
        let mut out = uv(ps.len() as u64);
        let mut prev = Position::default();
        let mut i = 0;
        while i < ps.len() {
            let p = ps[i];
            let mut run = 1;
            while i + run < ps.len() && ps[i + run] == p {
                run += 1;
            }
            let dline = i64::from(p.line) - i64::from(prev.line);
            let dcol = i64::from(p.col) - i64::from(prev.col);
            if run <= 2
                && (dline == 0 || dline == 1)
                && p.end_line == p.line
                && (-16..16).contains(&dcol)
                && p.end_col >= p.col
            {
                out.push(((run - 1) as u64 | (dline as u64) << 1 | zz(dcol) << 2) as u8);
                out.extend(uv(u64::from(p.end_col - p.col)));
            } else {
                out.push(0x80);
                out.extend(uv(run as u64));
                for d in [
                    dline,
                    i64::from(p.end_line) - i64::from(p.line),
                    dcol,
                    i64::from(p.end_col) - i64::from(p.col),
                ] {
                    out.extend(uv(zz(d)));
                }
            }
            prev = p;
            i += run;
        }
        out
    }

    pub struct Writer {
        pub segs: Segs,
        strings: Vec<String>,
    }

    impl Writer {
        pub fn new() -> Writer {
            Writer {
                segs: Vec::new(),
                strings: Vec::new(),
            }
        }

        fn push(&mut self, path: String, bytes: Vec<u8>) {
            self.segs.push((path, bytes));
        }

        fn str(&mut self, path: String, s: &str) {
            let bytes = match self.strings.iter().position(|t| t == s) {
                Some(i) => uv(((i as u64) << 1) | 1),
                None => {
                    self.strings.push(s.to_string());
                    let mut b = uv((s.len() as u64) << 1);
                    b.extend_from_slice(s.as_bytes());
                    b
                }
            };
            self.push(path, bytes);
        }

        fn strs(&mut self, path: String, v: &[pyjit::bytecode::Name]) {
            self.push(format!("{path}.count"), uv(v.len() as u64));
            for (i, s) in v.iter().enumerate() {
                self.str(format!("{path}.{i}"), s);
            }
        }

        fn konst(&mut self, p: String, k: &Const) {
            let simple = |tag: u8, rest: Vec<u8>| {
                let mut b = vec![tag];
                b.extend(rest);
                b
            };
            match k {
                Const::None => self.push(p, vec![b'N']),
                Const::Bool(false) => self.push(p, vec![b'F']),
                Const::Bool(true) => self.push(p, vec![b'T']),
                Const::Ellipsis => self.push(p, vec![b'.']),
                Const::Int(i) => self.push(p, simple(b'i', uv(zz(*i)))),
                Const::BigInt(b) => {
                    let (sign, mut mag) = b.to_bytes_le();
                    while mag.last() == Some(&0) {
                        mag.pop();
                    }
                    let mut rest = vec![u8::from(sign == num_bigint::Sign::Minus)];
                    rest.extend(uv(mag.len() as u64));
                    rest.extend(mag);
                    self.push(p, simple(b'l', rest));
                }
                Const::Float(f) => self.push(p, simple(b'g', f.to_bits().to_le_bytes().to_vec())),
                Const::Complex(re, im) => {
                    let mut rest = re.to_bits().to_le_bytes().to_vec();
                    rest.extend_from_slice(&im.to_bits().to_le_bytes());
                    self.push(p, simple(b'y', rest));
                }
                Const::Str(s) => {
                    self.push(format!("{p}.tag"), vec![b's']);
                    self.str(p, s);
                }
                Const::Bytes(b) => {
                    let mut rest = uv(b.len() as u64);
                    rest.extend_from_slice(b);
                    self.push(p, simple(b'b', rest));
                }
                Const::Tuple(items) => {
                    self.push(format!("{p}.tag"), vec![b'(']);
                    self.push(format!("{p}.count"), uv(items.len() as u64));
                    for (i, item) in items.iter().enumerate() {
                        self.konst(format!("{p}.{i}"), item);
                    }
                }
                Const::Code(c) => {
                    self.push(format!("{p}.tag"), vec![b'c']);
                    self.code(&p, c);
                }
            }
        }

        pub fn code(&mut self, p: &str, c: &CodeObject) {
            self.str(format!("{p}.name"), &c.name);
            self.str(format!("{p}.qualname"), &c.qualname);
            self.str(format!("{p}.filename"), &c.filename);
            for (field, v) in [
                ("firstlineno", c.firstlineno),
                ("argcount", c.argcount),
                ("posonlyargcount", c.posonlyargcount),
                ("kwonlyargcount", c.kwonlyargcount),
                ("flags", c.flags),
                ("nregs", c.nregs),
            ] {
                self.push(format!("{p}.{field}"), uv(u64::from(v)));
            }
            self.strs(format!("{p}.varnames"), &c.varnames);
            self.strs(format!("{p}.cellvars"), &c.cellvars);
            self.strs(format!("{p}.freevars"), &c.freevars);
            self.strs(format!("{p}.names"), &c.names);
            self.push(format!("{p}.consts.count"), uv(c.consts.len() as u64));
            for (i, k) in c.consts.iter().enumerate() {
                self.konst(format!("{p}.consts.{i}"), k);
            }
            let blob = instr_bytes(&c.instrs);
            self.push(format!("{p}.instrs.count"), uv(c.instrs.len() as u64));
            self.push(format!("{p}.instrs.nbytes"), uv(blob.len() as u64));
            self.push(format!("{p}.instrs.bytes"), blob);
            self.push(format!("{p}.positions"), positions(&c.positions));
            self.push(format!("{p}.exc.count"), uv(c.exc_table.len() as u64));
            for (i, e) in c.exc_table.iter().enumerate() {
                self.push(format!("{p}.exc.{i}.start"), uv(u64::from(e.start)));
                self.push(format!("{p}.exc.{i}.end"), uv(u64::from(e.end)));
                self.push(format!("{p}.exc.{i}.handler"), uv(u64::from(e.handler)));
                self.push(format!("{p}.exc.{i}.exc_reg"), uv(u64::from(e.exc_reg)));
            }
        }
    }

    /// The body of `code` as named segments; the top-level tag is `tag`.
    pub fn body(code: &CodeObject) -> Segs {
        let mut w = Writer::new();
        w.push("tag".into(), vec![b'c']);
        w.code("m", code);
        w.segs
    }

    pub fn join(segs: &Segs) -> Vec<u8> {
        segs.iter().flat_map(|(_, b)| b.iter().copied()).collect()
    }
}

/// Every corpus file, in memory: (file name, bytes).
pub fn generate_corpus() -> Vec<(String, Vec<u8>)> {
    let base = corpus_base();
    let src = CORPUS_SOURCE.as_bytes();
    let stamp = (CORPUS_MTIME, src.len() as u64);
    let header = |inv| {
        Header::for_source(inv, src, stamp.0, stamp.1)
            .encode()
            .to_vec()
    };
    let ts = header(Invalidation::Timestamp);
    let body = spec::body(&base);
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    let mut file = |name: &str, header: &[u8], body: &[u8]| {
        let mut bytes = header.to_vec();
        bytes.extend_from_slice(body);
        out.push((format!("{name}.pyc"), bytes));
    };
    let good = spec::join(&body);

    // Files that load: controls for the checker.
    file("ok__timestamp", &ts, &good);
    file(
        "ok__checked_hash",
        &header(Invalidation::CheckedHash),
        &good,
    );
    file(
        "ok__unchecked_hash",
        &header(Invalidation::UncheckedHash),
        &good,
    );
    let mut wrong_hash = header(Invalidation::UncheckedHash);
    wrong_hash[8] ^= 0xff;
    file(
        "ok__unchecked_hash_not_checked_by_default",
        &wrong_hash,
        &good,
    );

    // ----- header fields
    let with = |at: usize, bytes: &[u8]| {
        let mut h = ts.clone();
        h[at..at + bytes.len()].copy_from_slice(bytes);
        h
    };
    file("truncated__empty", &[], &[]);
    file("truncated__magic_only", &ts[..4], &[]);
    file("truncated__header_15_bytes", &ts[..15], &[]);
    let other = (pyjit::pyc::MAGIC_NUMBER + 1).to_le_bytes();
    file("badmagic__other_magic_number", &with(0, &other), &good);
    file(
        "badmagic__cpython_3_11",
        &with(0, &[0xa7, 0x0d, 0x0d, 0x0a]),
        &good,
    );
    file("badmagic__no_crlf", &with(2, b"\n\n"), &good);
    file("badmagic__text_file", b"print('hello')\n\n", &[]);
    file("badflags__unknown_bit", &with(4, &[4]), &good);
    file("badflags__high_bit", &with(7, &[0x80]), &good);
    file("badflags__check_source_without_hash", &with(4, &[2]), &good);
    let mtime = (CORPUS_MTIME as u32 + 1).to_le_bytes();
    file("stale_mtime__timestamp", &with(8, &mtime), &good);
    let size = (src.len() as u32 + 1).to_le_bytes();
    file("stale_size__timestamp", &with(12, &size), &good);
    let mut stale = header(Invalidation::CheckedHash);
    stale[15] ^= 1;
    file("stale_hash__checked_hash", &stale, &good);

    // ----- body fields: one segment replaced
    let set = |path: &str, bytes: Vec<u8>| {
        let mut segs = body.clone();
        let seg = segs.iter_mut().find(|(p, _)| p == path);
        seg.unwrap_or_else(|| panic!("no segment {path}")).1 = bytes;
        spec::join(&segs)
    };
    let cat = |parts: &[&[u8]]| parts.concat();
    let uv = spec::uv;
    file("truncated__no_body", &ts, &[]);
    file("truncated__half_body", &ts, &good[..good.len() / 2]);
    file("truncated__last_byte_missing", &ts, &good[..good.len() - 1]);
    file("corrupt__trailing_byte", &ts, &cat(&[&good, &[0]]));
    file("corrupt__top_level_is_none", &ts, &set("tag", vec![b'N']));
    file(
        "corrupt__top_level_unknown_tag",
        &ts,
        &set("tag", vec![b'z']),
    );
    file(
        "corrupt__name_not_utf8",
        &ts,
        &set("m.name", cat(&[&uv(8 << 1), b"<mo\xffule>"])),
    );
    file(
        "truncated__name_longer_than_file",
        &ts,
        &set("m.name", uv(1 << 40)),
    );
    file(
        "corrupt__string_reference_out_of_range",
        &ts,
        &set("m.qualname", uv((99 << 1) | 1)),
    );
    file(
        "corrupt__string_reference_to_itself",
        &ts,
        &set("m.name", uv(1)),
    );
    file(
        "corrupt__firstlineno_over_u32",
        &ts,
        &set("m.firstlineno", uv(1 << 33)),
    );
    file(
        "corrupt__argcount_varint_over_64_bits",
        &ts,
        &set("m.argcount", vec![0xff; 11]),
    );
    file(
        "truncated__argcount_varint_unterminated",
        &ts,
        &cat(&[&spec::join(&body[..5].to_vec()), &[0xff, 0xff]]),
    );
    file(
        "invalid__posonlyargcount_over_argcount",
        &ts,
        &set("m.posonlyargcount", uv(1)),
    );
    file(
        "invalid__kwonlyargcount_over_varnames",
        &ts,
        &set("m.kwonlyargcount", uv(3)),
    );
    file(
        "invalid__flags_unknown_bits",
        &ts,
        &set("m.flags", uv(0x10000)),
    );
    file("corrupt__flags_over_u32", &ts, &set("m.flags", uv(1 << 32)));
    file("invalid__nregs_too_small", &ts, &set("m.nregs", uv(1)));
    file("invalid__nregs_over_u16", &ts, &set("m.nregs", uv(70000)));
    file(
        "truncated__varnames_count_huge",
        &ts,
        &set("m.varnames.count", uv(1 << 50)),
    );
    file(
        "truncated__names_count_huge",
        &ts,
        &set("m.names.count", uv(1000)),
    );
    let mutated = |f: &dyn Fn(&mut CodeObject)| {
        let mut code = base.clone();
        f(&mut code);
        dumps_code(&code)
    };
    fn nested(c: &mut CodeObject) -> &mut CodeObject {
        match &mut c.consts[0] {
            Const::Code(f) => f,
            _ => unreachable!(),
        }
    }
    file(
        "invalid__names_missing",
        &ts,
        &mutated(&|c| c.names.clear()),
    );
    file(
        "invalid__cellvars_missing",
        &ts,
        &mutated(&|c| nested(c).cellvars.clear()),
    );
    file(
        "invalid__freevars_overflow_registers",
        &ts,
        &mutated(&|c| {
            nested(c).freevars = vec!["a".into(), "b".into(), "c".into()];
        }),
    );
    file("corrupt__string_references_over_budget", &ts, &{
        // A 2000-byte name, then 40 one-byte references to it.
        let mut segs = body.clone();
        let long = "n".repeat(2000);
        segs[1].1 = cat(&[&uv(2000 << 1), long.as_bytes()]);
        let at = segs
            .iter()
            .position(|(p, _)| p == "m.varnames.count")
            .unwrap();
        segs[at].1 = cat(&[&uv(40), &[1u8; 40]]);
        spec::join(&segs)
    });

    // constants
    file(
        "truncated__consts_count_huge",
        &ts,
        &set("m.consts.count", uv(1 << 20)),
    );
    file(
        "corrupt__const_unknown_tag",
        &ts,
        &set("m.consts.1", vec![b'?']),
    );
    file(
        "corrupt__int_varint_over_64_bits",
        &ts,
        &set("m.consts.2", cat(&[b"i", &[0xff; 10], &[0x7f]])),
    );
    file(
        "corrupt__bigint_bad_sign",
        &ts,
        &set("m.consts.3", cat(&[b"l\x02", &uv(1), &[1]])),
    );
    file(
        "corrupt__bigint_trailing_zero_byte",
        &ts,
        &set("m.consts.3", cat(&[b"l\x00", &uv(2), &[1, 0]])),
    );
    file(
        "corrupt__bigint_negative_zero",
        &ts,
        &set("m.consts.3", cat(&[b"l\x01", &uv(0)])),
    );
    file(
        "truncated__bigint_length_huge",
        &ts,
        &set("m.consts.3", cat(&[b"l\x00", &uv(1 << 30)])),
    );
    file(
        "corrupt__str_const_not_utf8",
        &ts,
        &set("m.consts.5", cat(&[&uv(3 << 1), b"\xc3\x28!"])),
    );
    file(
        "truncated__tuple_count_huge",
        &ts,
        &set("m.consts.6.count", uv(1 << 31)),
    );
    file("corrupt__tuples_nested_too_deep", &ts, &{
        let mut deep = Vec::new();
        for _ in 0..=pyjit::bytecode::verify::MAX_NESTING + 1 {
            deep.extend_from_slice(b"(\x01");
        }
        deep.push(b'N');
        set("m.consts.1", deep)
    });
    file("corrupt__code_nested_too_deep", &ts, &{
        let mut code = base.clone();
        for _ in 0..=pyjit::bytecode::verify::MAX_NESTING {
            let mut outer = base.clone();
            outer.consts[0] = Const::Code(Box::new(code));
            code = outer;
        }
        dumps_code(&code)
    });
    file(
        "invalid__make_function_const_not_code",
        &ts,
        &mutated(&|c| c.consts[0] = Const::None),
    );
    file(
        "invalid__keyword_names_not_str",
        &ts,
        &mutated(&|c| {
            c.instrs[4] = Instr::CallKw {
                dst: Reg(0),
                func: Reg(1),
                args: Reg(2),
                nargs: Imm(1),
                kwnames: ConstIdx(6),
            };
        }),
    );

    // instructions
    let instrs = base.instrs.clone();
    let with_instrs = |v: &[Instr]| {
        let mut segs = body.clone();
        let blob = spec::instr_bytes(v);
        for (p, b) in &mut segs {
            match p.as_str() {
                "m.instrs.nbytes" => *b = uv(blob.len() as u64),
                "m.instrs.bytes" => *b = blob.clone(),
                _ => {}
            }
        }
        segs
    };
    let blob = spec::instr_bytes(&instrs);
    file(
        "corrupt__instr_unknown_opcode",
        &ts,
        &set("m.instrs.bytes", cat(&[&[200], &blob[1..]])),
    );
    file("corrupt__instr_register_over_u16", &ts, &{
        // The second instruction, StoreGlobal { name: n0, src: r0 }, with
        // src = 70000.
        let head = spec::instr_bytes(&instrs[..1]);
        let tail = spec::instr_bytes(&instrs[2..]);
        let bad = cat(&[&head, &[6, 0], &uv(70000), &tail]);
        let mut segs = body.clone();
        for (p, v) in &mut segs {
            match p.as_str() {
                "m.instrs.nbytes" => *v = uv(bad.len() as u64),
                "m.instrs.bytes" => *v = bad.clone(),
                _ => {}
            }
        }
        spec::join(&segs)
    });
    file(
        "corrupt__instr_count_over_bytes",
        &ts,
        &set("m.instrs.count", uv(blob.len() as u64 + 1)),
    );
    file(
        "corrupt__instr_block_has_unused_bytes",
        &ts,
        &set("m.instrs.count", uv(instrs.len() as u64 - 1)),
    );
    file("corrupt__instr_runs_past_its_block", &ts, &{
        let mut segs = body.clone();
        for (p, v) in &mut segs {
            match p.as_str() {
                "m.instrs.nbytes" => *v = uv(blob.len() as u64 - 1),
                "m.instrs.bytes" => *v = blob[..blob.len() - 1].to_vec(),
                _ => {}
            }
        }
        spec::join(&segs)
    });
    file(
        "truncated__instr_block_longer_than_file",
        &ts,
        &set("m.instrs.nbytes", uv(1 << 24)),
    );
    let mut v = instrs.clone();
    v[7] = Instr::Return { src: Reg(99) };
    file(
        "invalid__register_out_of_range",
        &ts,
        &spec::join(&with_instrs(&v)),
    );
    let mut v = instrs.clone();
    v[5] = Instr::JumpIfFalse {
        cond: Reg(0),
        target: Label(99),
    };
    file(
        "invalid__jump_target_out_of_range",
        &ts,
        &spec::join(&with_instrs(&v)),
    );
    let mut v = instrs.clone();
    v[3] = Instr::LoadConst {
        dst: Reg(2),
        idx: ConstIdx(99),
    };
    file(
        "invalid__constant_index_out_of_range",
        &ts,
        &spec::join(&with_instrs(&v)),
    );
    let mut v = instrs.clone();
    v[2] = Instr::LoadGlobal {
        dst: Reg(1),
        name: NameIdx(99),
    };
    file(
        "invalid__name_index_out_of_range",
        &ts,
        &spec::join(&with_instrs(&v)),
    );
    let mut v = instrs.clone();
    v[7] = Instr::Nop {};
    file(
        "invalid__falls_off_the_end",
        &ts,
        &spec::join(&with_instrs(&v)),
    );
    file(
        "invalid__no_instructions",
        &ts,
        &mutated(&|c| {
            c.instrs.clear();
            c.positions.clear();
        }),
    );

    // positions
    let n = base.positions.len();
    file(
        "invalid__fewer_positions_than_instrs",
        &ts,
        &set("m.positions", spec::positions(&base.positions[..n - 2])),
    );
    file(
        "corrupt__more_positions_than_instrs",
        &ts,
        &set("m.positions", {
            let mut more = base.positions.clone();
            more.push(Position::default());
            spec::positions(&more)
        }),
    );
    file(
        "corrupt__position_run_of_zero",
        &ts,
        &set("m.positions", cat(&[&uv(n as u64), &[0x80, 0, 0, 0, 0, 0]])),
    );
    file(
        "corrupt__position_run_past_the_table",
        &ts,
        &set(
            "m.positions",
            cat(&[&uv(n as u64), &[0x80, n as u8 + 1, 0, 0, 0, 0]]),
        ),
    );
    file(
        "corrupt__position_short_run_past_the_table",
        &ts,
        &set("m.positions", cat(&[&uv(1), &[0x01, 0]])),
    );
    file(
        "corrupt__position_reserved_byte",
        &ts,
        &set("m.positions", cat(&[&uv(n as u64), &[0x81]])),
    );
    file(
        "corrupt__position_line_below_zero",
        &ts,
        &set("m.positions", cat(&[&uv(n as u64), &[0x80, 1, 3, 0, 0, 0]])),
    );
    file(
        "corrupt__position_column_below_zero",
        &ts,
        &set("m.positions", cat(&[&uv(n as u64), &[0x04, 0]])),
    );
    file(
        "truncated__positions_cut_short",
        &ts,
        &set("m.positions", uv(n as u64)),
    );

    // exception table (of the nested function)
    file(
        "truncated__exc_count_huge",
        &ts,
        &set("m.consts.0.exc.count", uv(1 << 40)),
    );
    file(
        "corrupt__exc_reg_over_u16",
        &ts,
        &set("m.consts.0.exc.0.exc_reg", uv(70000)),
    );
    file(
        "corrupt__exc_start_over_u32",
        &ts,
        &set("m.consts.0.exc.0.start", uv(1 << 32)),
    );
    file(
        "invalid__exc_handler_out_of_range",
        &ts,
        &set("m.consts.0.exc.0.handler", uv(99)),
    );
    file(
        "invalid__exc_range_empty",
        &ts,
        &set("m.consts.0.exc.0.end", uv(1)),
    );
    file(
        "invalid__exc_range_past_the_end",
        &ts,
        &set("m.consts.0.exc.0.end", uv(7)),
    );
    file(
        "invalid__exc_reg_out_of_range",
        &ts,
        &set("m.consts.0.exc.0.exc_reg", uv(5)),
    );
    file(
        "invalid__nested_nregs_too_small",
        &ts,
        &set("m.consts.0.nregs", uv(2)),
    );
    out
}
