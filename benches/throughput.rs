//! Compile throughput (MB/s of source) and cache load throughput (MB/s of
//! cache file) on a fixed, generated corpus. Run with `cargo bench --bench
//! throughput`; the ratio of the two "source MB/s" figures is how much faster
//! loading a cached module is than compiling it.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// A deterministic corpus of ordinary Python: functions with loops,
/// branches, arithmetic, strings, containers, comprehensions, closures,
/// f-strings and exception handling.
fn corpus(functions: usize) -> String {
    let mut s = String::from("import math\nLIMIT = 1000\nNAMES = ['alpha', 'beta', 'gamma']\n\n");
    for i in 0..functions {
        s.push_str(&format!(
            r#"def work_{i}(n, scale={i}, *args, label="w{i}", **opts):
    """Function number {i}."""
    total = 0
    items = []
    table = {{"k{i}": {i}, "name": label}}
    for j in range(n):
        if j % 3 == 0 and j > {m}:
            total += j * scale
        elif j % 5 == 1:
            total -= j // 2
        else:
            items.append((j, str(j), j * 1.5))
    def inner(x, y=2):
        nonlocal total
        total += x ** y
        return total
    squares = [v * v for v in range(10) if v % 2 == 0]
    lookup = {{k: len(k) for k in NAMES}}
    try:
        ratio = total / (n - {m})
    except ZeroDivisionError as exc:
        ratio = 0.0
    finally:
        table["done"] = True
    while total > LIMIT:
        total //= 3
    text = f"{{label}}: {{total:>8}} {{ratio:.3f}} {{len(items)!r}}"
    return inner(total % 7), squares, lookup, text, table, args, opts

"#,
            m = i % 17
        ));
    }
    s.push_str("print(work_0(10))\n");
    s
}

fn benches(c: &mut Criterion) {
    let src = corpus(400);
    let code = pyjit::compiler::compile_module(&src, "corpus.py").expect("corpus compiles");
    let cache = pyjit::pyc::dumps_code(&code);

    let mut g = c.benchmark_group("source");
    g.throughput(Throughput::Bytes(src.len() as u64));
    g.bench_function("compile", |b| {
        b.iter(|| pyjit::compiler::compile_module(black_box(&src), "corpus.py").expect("compiles"))
    });
    g.bench_function("cache_load_and_verify", |b| {
        b.iter(|| {
            let code = pyjit::pyc::loads_code(black_box(&cache)).expect("loads");
            pyjit::bytecode::verify::verify(&code).expect("verifies");
            code
        })
    });
    g.finish();

    let mut g = c.benchmark_group("cache");
    g.throughput(Throughput::Bytes(cache.len() as u64));
    g.bench_function("load", |b| {
        b.iter(|| pyjit::pyc::loads_code(black_box(&cache)).expect("loads"))
    });
    g.bench_function("load_and_verify", |b| {
        b.iter(|| {
            let code = pyjit::pyc::loads_code(black_box(&cache)).expect("loads");
            pyjit::bytecode::verify::verify(&code).expect("verifies");
            code
        })
    });
    g.finish();
}

criterion_group!(throughput, benches);
criterion_main!(throughput);
