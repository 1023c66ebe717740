//! Code objects and the `dis` module, whose output is pyjit's own (there is no
//! CPython golden for our bytecode): checked for consistency with `--dis`,
//! with `co_code` and `co_lines()`, and for clean errors on bad input.

use std::path::Path;
use std::process::{Command, Output};

fn pyjit_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .args(args)
        .output()
        .expect("run pyjit")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const PROGRAM: &str = "\
def f(a, b=2):
    total = 0
    for i in range(a):
        if i % b:
            total += i
    return total

def g():
    x = 1
    def inner():
        return x
    return inner
";

/// The `--dis` block of the code object named `name`.
fn dis_block<'a>(all: &'a str, name: &str) -> &'a str {
    let head = format!("Disassembly of <code object {name} at ");
    let start = all.find(&head).expect("block present");
    let rest = &all[start..];
    let end = rest.find("\n\n").map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

#[test]
fn dis_module_prints_what_dash_dis_prints() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("prog.py"), PROGRAM).expect("write");
    let whole = pyjit_in(d, &["--dis", "prog.py"]);
    assert!(whole.status.success(), "{}", text(&whole.stderr));
    let whole = text(&whole.stdout);
    let script = format!("{PROGRAM}\nimport dis\ndis.dis(f)\nprint('--')\ndis.dis(g)\n");
    std::fs::write(d.join("prog.py"), script).expect("write");
    let o = pyjit_in(d, &["prog.py"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let (for_f, for_g) = out.split_once("--\n").expect("separator");
    assert_eq!(for_f, dis_block(&whole, "f"));
    // g's disassembly includes its nested function, as --dis does.
    assert!(for_g.starts_with(dis_block(&whole, "g")), "{for_g}");
    assert!(for_g.contains(dis_block(&whole, "g.<locals>.inner")));
}

#[test]
fn get_instructions_agrees_with_co_code_and_co_lines() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let script = format!(
        "{PROGRAM}
import dis
code = f.__code__
ins = list(dis.get_instructions(f))
lines = list(code.co_lines())
print(len(ins) == len(lines))
print(all([i.offset == l[0] for i, l in zip(ins, lines)]))
print(lines[-1][1] == len(code.co_code))
print([i.index for i in ins] == list(range(len(ins))))
print(all([dis.opname[i.opcode] == i.opname for i in ins]))
print(all([i.line == l[2] for i, l in zip(ins, lines)]))
print(any([i.is_jump_target for i in ins]), ins[0].starts_line == ins[0].line)
print(code.replace(co_code=code.co_code) == code)
print(code.replace(co_name='renamed').co_name, code.co_name)
"
    );
    std::fs::write(d.join("prog.py"), script).expect("write");
    for tier in ["--tier=interp", "--tier=jit"] {
        let o = pyjit_in(d, &[tier, "prog.py"]);
        assert_eq!(
            text(&o.stdout),
            "True\nTrue\nTrue\nTrue\nTrue\nTrue\nTrue True\nTrue\nrenamed f\n",
            "{tier}: {}",
            text(&o.stderr)
        );
    }
}

#[test]
fn replace_refuses_code_the_verifier_rejects() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let script = "\
def f(a):
    return a + 1
c = f.__code__
for kw in [dict(co_consts=()), dict(co_stacksize=0), dict(co_varnames=()),
           dict(co_code=b'\\xff\\xff'), dict(co_code=c.co_code[:-1]),
           dict(co_argcount=5), dict(co_consts=([],))]:
    try:
        c.replace(**kw)
        print('accepted', list(kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
";
    std::fs::write(d.join("prog.py"), script).expect("write");
    let o = pyjit_in(d, &["prog.py"]);
    let err = text(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        text(&o.stdout),
        "ValueError\nValueError\nValueError\nValueError\nValueError\nValueError\nValueError\n",
        "{err}"
    );
}

#[test]
fn dis_of_source_text_and_bad_arguments() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let script = "\
import dis
dis.dis('x = 1')
try:
    dis.dis(3)
except TypeError as e:
    print(e)
try:
    dis.dis('x = = 1')
except SyntaxError as e:
    print('SyntaxError', e.filename, e.lineno)
";
    std::fs::write(d.join("prog.py"), script).expect("write");
    let o = pyjit_in(d, &["prog.py"]);
    let out = text(&o.stdout);
    assert!(
        out.starts_with("Disassembly of <code object <module> at \"<dis>\", line 1>:\n"),
        "{out}"
    );
    assert!(out.contains("STORE_GLOBAL"), "{out}");
    assert!(
        out.contains("don't know how to disassemble int objects\n"),
        "{out}"
    );
    assert!(out.ends_with("SyntaxError <dis> 1\n"), "{out}");
}

#[test]
fn marshal_loads_of_damaged_bytes_is_an_error_never_a_crash() {
    // Every single-byte change and every truncation of a marshalled code
    // object either loads as a code object that passes verification (and so
    // can run) or raises ValueError/EOFError.
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let script = "\
import marshal
def f(a, b=3):
    s = 0
    for i in range(a):
        try:
            s += i * b
        except ValueError as e:
            s -= 1
    return s, 'text', 2.5, (1, None)
good = marshal.dumps(f.__code__)
print(marshal.loads(good) == f.__code__)
ok = bad = 0
for i in range(len(good)):
    for delta in (1, 0x80, 0xff):
        data = good[:i] + bytes([(good[i] + delta) % 256]) + good[i + 1:]
        try:
            marshal.loads(data)
            ok += 1
        except (ValueError, EOFError):
            bad += 1
for n in range(len(good)):
    try:
        marshal.loads(good[:n])
        ok += 1
    except (ValueError, EOFError):
        bad += 1
print(bad > 0, ok + bad == 4 * len(good))
";
    std::fs::write(d.join("prog.py"), script).expect("write");
    let o = pyjit_in(d, &["prog.py"]);
    let err = text(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(text(&o.stdout), "True\nTrue True\n", "{err}");
}
