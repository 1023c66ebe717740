//! Randomised robustness test for the compiler: mutated versions of the golden
//! case programs (bytes deleted, duplicated, swapped, or replaced by Python
//! punctuation and keywords) must compile to verified code or give a
//! `CompileError`, never panic. Deterministic (fixed seed); set
//! `PYJIT_FUZZ_ITERS` for a longer run.

use std::path::Path;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "=",
    "==",
    "+=",
    "*",
    "**",
    "//",
    "lambda ",
    "yield ",
    "not ",
    "def ",
    "return ",
    "global x\n",
    "nonlocal y\n",
    "try:\n",
    "except:\n",
    "finally:\n",
    "    ",
    "\n",
    "f\"{",
    "}\"",
    "'",
    "\"\"\"",
    "\\",
    "@",
    ":=",
    "async ",
    "await ",
    "class C:\n",
    "del ",
    "break\n",
    "continue\n",
    "*a, ",
    "**k",
    "1e999",
    "0x",
    "9",
    "_",
    "é",
    "\t",
];

fn sources() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py")
                && let Ok(s) = std::fs::read_to_string(&p)
            {
                out.push(s);
            }
        }
    }
    out.sort();
    out
}

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut b: Vec<u8> = src.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let n = b.len();
        match rng.below(4) {
            0 if n > 0 => {
                let i = rng.below(n);
                let len = 1 + rng.below(8.min(n - i));
                b.drain(i..i + len);
            }
            1 if n > 0 => {
                let i = rng.below(n);
                let len = 1 + rng.below(30.min(n - i));
                let chunk: Vec<u8> = b[i..i + len].to_vec();
                let at = rng.below(n);
                b.splice(at..at, chunk);
            }
            2 => {
                let piece = PIECES[rng.below(PIECES.len())].as_bytes();
                let at = rng.below(n + 1);
                b.splice(at..at, piece.iter().copied());
            }
            _ if n > 1 => {
                let i = rng.below(n);
                let j = rng.below(n);
                b.swap(i, j);
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

#[test]
fn mutated_programs_never_panic_the_compiler() {
    let srcs = sources();
    assert!(!srcs.is_empty());
    let iters: usize = std::env::var("PYJIT_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1500);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut ok, mut err) = (0, 0);
    for _ in 0..iters {
        let pick = rng.below(srcs.len());
        let src = mutate(&mut rng, &srcs[pick]);
        match pyjit::compiler::compile_module(&src, "fuzz.py") {
            Ok(code) => {
                if let Err(e) = pyjit::bytecode::verify::verify(&code) {
                    panic!("compiled code fails verification: {e}\n--- source\n{src}");
                }
                // The cache format round-trips whatever the compiler makes.
                let bytes = pyjit::pyc::dumps_code(&code);
                assert_eq!(pyjit::pyc::loads_code(&bytes).ok().as_ref(), Some(&code));
                ok += 1;
            }
            Err(_) => err += 1,
        }
    }
    // Both outcomes must actually occur, or the mutations are not doing their job.
    assert!(ok > 0 && err > 0, "ok={ok} err={err}");
}
