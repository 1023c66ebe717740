//! The `pyjit` command line. Parses options and calls the library.

use clap::{Parser, ValueEnum};
use pyjit::run::{Target, disassemble_file, run};
use pyjit::vm::{CheckHashPycs, Config, Tier};
use std::ffi::OsString;
use std::path::PathBuf;

/// mimalloc instead of the system allocator: Python programs allocate many
/// small objects, and its per-thread free lists serve them markedly faster
/// than glibc's malloc (measured on the object benchmarks; see the notes).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Clone, Copy, ValueEnum)]
enum TierArg {
    /// Interpreter only.
    Interp,
    /// Compile every code object before it first runs.
    Jit,
    /// Interpret, compile hot code (default).
    Auto,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckHash {
    Default,
    Always,
    Never,
}

/// pyjit: runs Python 3 programs with CPython 3.11's output, compiling hot code with Cranelift.
#[derive(Parser)]
#[command(name = "pyjit", version = concat!(env!("CARGO_PKG_VERSION"), " (Python 3.11 compatible)"))]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CMD", conflicts_with = "module")]
    command: Option<String>,
    /// Run library module MOD as a script (`compileall` and `py_compile`
    /// precompile caches).
    #[arg(short = 'm', value_name = "MOD")]
    module: Option<String>,
    /// Enter the interactive prompt after running the script (or even when
    /// stdin is not a terminal).
    #[arg(short = 'i')]
    interactive: bool,
    /// Execution tier.
    #[arg(long, value_enum, default_value = "auto")]
    tier: TierArg,
    /// Do not write .pyc caches on import.
    #[arg(short = 'B')]
    dont_write_bytecode: bool,
    /// Print the disassembly of every code object in FILE and exit.
    #[arg(long)]
    dis: bool,
    /// Print JIT compile, OSR-entry and deopt events to stderr.
    #[arg(long)]
    jit_log: bool,
    /// Trace imports (which file, cache or compile); repeat for more.
    #[arg(short = 'v', action = clap::ArgAction::Count)]
    verbose: u8,
    /// Implementation-specific options: pycache_prefix=DIR.
    #[arg(short = 'X', value_name = "OPT")]
    xoptions: Vec<String>,
    /// Validation of hash-based .pyc files (PEP 552).
    #[arg(long, value_enum, default_value = "default")]
    check_hash_based_pycs: CheckHash,
    /// The script (source or .pyc) and its arguments.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "FILE [ARGS]"
    )]
    rest: Vec<String>,
}

fn env_set(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty())
}

/// Splits the command line after `-m MOD` (or `-mMOD`): as in CPython, the
/// words after the module name are the module's arguments, never pyjit's
/// options (`pyjit -m compileall -i LIST` is compileall's `-i`).
fn split_at_module(mut argv: Vec<OsString>) -> (Vec<OsString>, Vec<String>) {
    let mut i = 1;
    while let Some(word) = argv.get(i).and_then(|w| w.to_str()) {
        let end = if word == "-m" {
            i + 2
        } else if word.starts_with("-m") {
            i + 1
        } else if word == "--" || word == "-" || !word.starts_with('-') || word.starts_with("-c") {
            break;
        } else {
            let takes_value = matches!(word, "-X" | "--tier" | "--check-hash-based-pycs");
            i += if takes_value { 2 } else { 1 };
            continue;
        };
        let tail = argv.split_off(end.min(argv.len()));
        let tail = tail
            .into_iter()
            .map(|w| w.to_string_lossy().into_owned())
            .collect();
        return (argv, tail);
    }
    (argv, Vec::new())
}

fn main() {
    let (head, module_args) = split_at_module(std::env::args_os().collect());
    let cli = Cli::parse_from(head);
    let mut config = Config {
        tier: match cli.tier {
            TierArg::Interp => Tier::Interp,
            TierArg::Jit => Tier::Jit,
            TierArg::Auto => Tier::Auto,
        },
        jit_log: cli.jit_log || env_set("PYJIT_JIT_LOG"),
        dont_write_bytecode: cli.dont_write_bytecode || env_set("PYTHONDONTWRITEBYTECODE"),
        verbose: cli.verbose.max(u8::from(env_set("PYTHONVERBOSE"))),
        pycache_prefix: std::env::var_os("PYTHONPYCACHEPREFIX")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from),
        check_hash_pycs: match cli.check_hash_based_pycs {
            CheckHash::Default => CheckHashPycs::Default,
            CheckHash::Always => CheckHashPycs::Always,
            CheckHash::Never => CheckHashPycs::Never,
        },
        ..Config::default()
    };
    for x in &cli.xoptions {
        if let Some(dir) = x.strip_prefix("pycache_prefix=") {
            config.pycache_prefix = Some(PathBuf::from(dir));
        }
    }
    let mut rest = cli.rest.into_iter();
    let (target, args) = match (cli.command, cli.module) {
        (Some(cmd), _) => (Target::Command(cmd), rest.collect()),
        (None, Some(m)) => (Target::Module(m), rest.chain(module_args).collect()),
        (None, None) => match rest.next() {
            Some(file) if file != "-" => (Target::File(PathBuf::from(file)), rest.collect()),
            Some(_) => (Target::Stdin(true), rest.collect()),
            None => (Target::Stdin(false), Vec::new()),
        },
    };
    config.interactive = cli.interactive;
    let dis = cli.dis;
    // Deep Python recursion (and deeply nested source) needs a deep native
    // stack: run on a thread with a large, lazily committed stack.
    let handle = std::thread::Builder::new()
        .name("pyjit-main".into())
        .stack_size(1 << 30)
        .spawn(move || {
            if dis {
                let Target::File(p) = &target else {
                    eprintln!("pyjit: --dis needs a FILE");
                    return 2;
                };
                return match disassemble_file(p) {
                    Ok(text) => {
                        print!("{text}");
                        0
                    }
                    Err(e) => {
                        eprintln!("pyjit: {e}");
                        1
                    }
                };
            }
            run(config, target, args)
        });
    let status = match handle.map(|h| h.join()) {
        Ok(Ok(status)) => status,
        _ => {
            eprintln!("pyjit: fatal error: the interpreter thread failed");
            70
        }
    };
    std::process::exit(status);
}
