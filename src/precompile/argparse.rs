//! Just enough of Python's `argparse` to read the `compileall` and
//! `py_compile` command lines as CPython 3.11 does: clustered short flags
//! (`-qf`, `-qq`), attached values (`-r5`, `-r=5`, `--workers=2`), unique
//! prefixes of long options (`--inv`), `--`, values that look like negative
//! numbers, one run of positional arguments, and argparse's messages: a usage
//! line and `PROG: error: ...` on stderr with status 2, or the help text on
//! stdout with status 0.

use crate::runtime::format::str_repr;

/// What an option does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `-h`: print the help and exit.
    Help,
    /// Takes no value (`store_true`, `store_const`, `count`).
    Flag,
    /// Takes one value.
    Value(Check),
}

/// How a value is checked when it is parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    Any,
    /// `type=int`.
    Int,
    /// `choices=[...]`, listed in the order of the error message.
    Choice(&'static [&'static str]),
}

/// One option.
pub struct Spec {
    /// Its option strings, as in `add_argument` (`["-j", "--workers"]`).
    pub names: &'static [&'static str],
    /// The key its occurrences are stored under.
    pub key: &'static str,
    pub kind: Kind,
}

/// A parser: the texts argparse would generate, and the options.
pub struct Parser {
    /// The program name in error messages (`compileall.py`).
    pub prog: &'static str,
    /// The usage text, without its final newline.
    pub usage: &'static str,
    /// The whole `--help` text, without its final newline.
    pub help: &'static str,
    pub specs: &'static [Spec],
    /// `Some(name)` when at least one positional is required (`nargs='+'`);
    /// the name is the one in the "required" message.
    pub required_positional: Option<&'static str>,
}

/// The parsed command line: every option occurrence in order (with its
/// value for value options), and the positional arguments.
#[derive(Debug, Default)]
pub struct Parsed {
    pub options: Vec<(&'static str, Option<String>)>,
    pub positionals: Vec<String>,
}

impl Parsed {
    /// How many times the option `key` was given.
    pub fn count(&self, key: &str) -> usize {
        self.options.iter().filter(|(k, _)| *k == key).count()
    }

    /// Whether the option `key` was given.
    pub fn flag(&self, key: &str) -> bool {
        self.count(key) > 0
    }

    /// The last value given for `key` (later occurrences win).
    pub fn last(&self, key: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.as_deref())
    }

    /// Every value given for `key`, in order (`action='append'`).
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.options
            .iter()
            .filter(|(k, _)| *k == key)
            .filter_map(|(_, v)| v.as_deref())
            .collect()
    }
}

/// Python's `int(text)` for the decimal literals argparse accepts.
pub fn parse_int(text: &str) -> Option<i64> {
    let t = text.trim_matches(super::is_py_space);
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, t.get(1..)?),
        Some(b'+') => (false, t.get(1..)?),
        _ => (false, t),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
        || !digits.chars().all(|c| c.is_ascii_digit() || c == '_')
    {
        return None;
    }
    let mut value: i64 = 0;
    for c in digits.chars() {
        if let Some(d) = c.to_digit(10) {
            value = value.saturating_mul(10).saturating_add(i64::from(d));
        }
    }
    Some(if negative { -value } else { value })
}

/// How argparse classifies one command-line word.
enum Class<'p> {
    /// A positional argument (`A`).
    Positional,
    /// `--`: the rest are positional.
    DoubleDash,
    /// An option: the spec, the option string it matched and an explicit
    /// value (`-r5`, `--workers=2`); `None` for an unknown option.
    Option(Option<(&'p Spec, &'static str, Option<String>)>),
}

/// argparse's `_negative_number_matcher`: `^-\d+$|^-\d*\.\d+$`.
fn is_negative_number(arg: &str) -> bool {
    let Some(rest) = arg.strip_prefix('-') else {
        return false;
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    match rest.split_once('.') {
        None => !rest.is_empty() && digits(rest),
        Some((whole, frac)) => digits(whole) && !frac.is_empty() && digits(frac),
    }
}

/// Why parsing stopped.
enum Stop {
    /// `-h`: the help was asked for.
    Help,
    /// An error, with argparse's message.
    Error(String),
}

impl Parser {
    fn exact(&self, arg: &str) -> Option<(&Spec, &'static str)> {
        self.specs
            .iter()
            .find_map(|s| s.names.iter().find(|n| **n == arg).map(|n| (s, *n)))
    }

    /// argparse's `_get_option_tuples`: options that `arg` abbreviates.
    fn option_tuples(&self, arg: &str) -> Vec<(&Spec, &'static str, Option<String>)> {
        let mut found = Vec::new();
        if arg.starts_with("--") {
            let (prefix, explicit) = match arg.split_once('=') {
                Some((p, v)) => (p, Some(v.to_string())),
                None => (arg, None),
            };
            for spec in self.specs {
                for name in spec.names {
                    if name.starts_with(prefix) {
                        found.push((spec, *name, explicit.clone()));
                    }
                }
            }
        } else if arg.starts_with('-') {
            let split = arg.char_indices().nth(2).map_or(arg.len(), |(i, _)| i);
            let short = arg.get(..split).unwrap_or(arg);
            let short_explicit = arg.get(split..).unwrap_or("");
            for spec in self.specs {
                for name in spec.names {
                    if *name == short {
                        found.push((spec, *name, Some(short_explicit.to_string())));
                    } else if name.starts_with(arg) {
                        found.push((spec, *name, None));
                    }
                }
            }
        }
        found
    }

    /// argparse's `_parse_optional`.
    fn classify(&self, arg: &str) -> Result<Class<'_>, String> {
        if !arg.starts_with('-') {
            return Ok(Class::Positional);
        }
        if arg == "--" {
            return Ok(Class::DoubleDash);
        }
        if let Some((spec, name)) = self.exact(arg) {
            return Ok(Class::Option(Some((spec, name, None))));
        }
        if arg.len() == 1 {
            return Ok(Class::Positional);
        }
        if let Some((opt, value)) = arg.split_once('=')
            && let Some((spec, name)) = self.exact(opt)
        {
            return Ok(Class::Option(Some((spec, name, Some(value.to_string())))));
        }
        let mut tuples = self.option_tuples(arg);
        if tuples.len() > 1 {
            let names: Vec<&str> = tuples.iter().map(|t| t.1).collect();
            return Err(format!(
                "ambiguous option: {arg} could match {}",
                names.join(", ")
            ));
        }
        if let Some(t) = tuples.pop() {
            return Ok(Class::Option(Some(t)));
        }
        if is_negative_number(arg) || arg.contains(' ') {
            return Ok(Class::Positional);
        }
        Ok(Class::Option(None))
    }

    /// Checks a value the way argparse's `type=` and `choices=` would.
    fn check_value(spec: &Spec, check: Check, value: &str) -> Result<(), String> {
        let name = spec.names.join("/");
        match check {
            Check::Any => Ok(()),
            Check::Int => match parse_int(value) {
                Some(_) => Ok(()),
                None => Err(format!(
                    "argument {name}: invalid int value: {}",
                    str_repr(value)
                )),
            },
            Check::Choice(choices) => {
                if choices.contains(&value) {
                    Ok(())
                } else {
                    let listed: Vec<String> = choices.iter().map(|c| str_repr(c)).collect();
                    Err(format!(
                        "argument {name}: invalid choice: {} (choose from {})",
                        str_repr(value),
                        listed.join(", ")
                    ))
                }
            }
        }
    }

    fn parse_inner(&self, args: &[String], parsed: &mut Parsed) -> Result<(), Stop> {
        // Classify every word first, as argparse does.
        let mut classes = Vec::with_capacity(args.len());
        let mut after_dashes = false;
        for arg in args {
            if after_dashes {
                classes.push(Class::Positional);
                continue;
            }
            let class = self.classify(arg).map_err(Stop::Error)?;
            if matches!(class, Class::DoubleDash) {
                after_dashes = true;
            }
            classes.push(class);
        }
        let mut extras: Vec<String> = Vec::new();
        let mut positionals_done = false;
        let mut i = 0;
        while i < args.len() {
            match classes.get(i) {
                Some(Class::Option(found)) => {
                    let Some((spec, name, explicit)) = found else {
                        extras.extend(args.get(i).cloned());
                        i += 1;
                        continue;
                    };
                    i = self.consume_option(args, &classes, i, (spec, name, explicit), parsed)?;
                }
                _ => {
                    // A run of positional words (and `--`).
                    let start = i;
                    while i < args.len() && !matches!(classes.get(i), Some(Class::Option(_))) {
                        i += 1;
                    }
                    let run = args.get(start..i).unwrap_or_default();
                    if positionals_done {
                        extras.extend(run.iter().cloned());
                    } else {
                        positionals_done = true;
                        let mut values = run.to_vec();
                        // argparse drops the first `--` from a positional's values.
                        if let Some(at) = values.iter().position(|v| v == "--") {
                            values.remove(at);
                        }
                        parsed.positionals = values;
                    }
                }
            }
        }
        if let Some(name) = self.required_positional
            && parsed.positionals.is_empty()
        {
            return Err(Stop::Error(format!(
                "the following arguments are required: {name}"
            )));
        }
        if !extras.is_empty() {
            return Err(Stop::Error(format!(
                "unrecognized arguments: {}",
                extras.join(" ")
            )));
        }
        Ok(())
    }

    /// argparse's `consume_optional`: one option word (which may hold several
    /// clustered short flags) and its value. Returns the index of the next
    /// word.
    fn consume_option(
        &self,
        args: &[String],
        classes: &[Class<'_>],
        mut i: usize,
        first: (&Spec, &'static str, &Option<String>),
        parsed: &mut Parsed,
    ) -> Result<usize, Stop> {
        let (mut spec, mut name, explicit) = first;
        let mut explicit = explicit.clone();
        loop {
            let ignored = |value: &str, spec: &Spec| {
                Stop::Error(format!(
                    "argument {}: ignored explicit argument {}",
                    spec.names.join("/"),
                    str_repr(value)
                ))
            };
            match (spec.kind, explicit.take()) {
                (Kind::Value(check), Some(value)) => {
                    Self::check_value(spec, check, &value).map_err(Stop::Error)?;
                    parsed.options.push((spec.key, Some(value)));
                    return Ok(i + 1);
                }
                (Kind::Value(check), None) => {
                    let value = match (args.get(i + 1), classes.get(i + 1)) {
                        (Some(v), Some(Class::Positional)) => v.clone(),
                        _ => {
                            return Err(Stop::Error(format!(
                                "argument {}: expected one argument",
                                spec.names.join("/")
                            )));
                        }
                    };
                    Self::check_value(spec, check, &value).map_err(Stop::Error)?;
                    parsed.options.push((spec.key, Some(value)));
                    return Ok(i + 2);
                }
                (kind, Some(value)) => {
                    // A flag with more letters after it: `-qf` is `-q -f`.
                    let is_short = !name.starts_with("--");
                    let Some(next) = value.chars().next().filter(|_| is_short) else {
                        return Err(ignored(&value, spec));
                    };
                    let next_name = format!("-{next}");
                    let Some((next_spec, next_str)) = self.exact(&next_name) else {
                        return Err(ignored(&value, spec));
                    };
                    if kind == Kind::Help {
                        return Err(Stop::Help);
                    }
                    parsed.options.push((spec.key, None));
                    let rest = value.get(next.len_utf8()..).unwrap_or("");
                    explicit = (!rest.is_empty()).then(|| rest.to_string());
                    spec = next_spec;
                    name = next_str;
                }
                (Kind::Help, None) => return Err(Stop::Help),
                (Kind::Flag, None) => {
                    parsed.options.push((spec.key, None));
                    i += 1;
                    return Ok(i);
                }
            }
        }
    }

    /// Parses `args`. On `-h` prints the help and returns `Err(0)`; on an
    /// error prints the usage and the message to stderr and returns `Err(2)`.
    pub fn parse(&self, args: &[String]) -> Result<Parsed, i32> {
        let mut parsed = Parsed::default();
        match self.parse_inner(args, &mut parsed) {
            Ok(()) => Ok(parsed),
            Err(Stop::Help) => {
                super::out_line(self.help);
                Err(0)
            }
            Err(Stop::Error(msg)) => {
                self.error(&msg);
                Err(2)
            }
        }
    }

    /// argparse's `parser.error(msg)`: the usage and the message on stderr.
    /// The caller exits with status 2.
    pub fn error(&self, msg: &str) {
        super::err_text(&format!("{}\n{}: error: {msg}\n", self.usage, self.prog));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPECS: &[Spec] = &[
        Spec {
            names: &["-h", "--help"],
            key: "help",
            kind: Kind::Help,
        },
        Spec {
            names: &["-q"],
            key: "q",
            kind: Kind::Flag,
        },
        Spec {
            names: &["-f"],
            key: "f",
            kind: Kind::Flag,
        },
        Spec {
            names: &["-r"],
            key: "r",
            kind: Kind::Value(Check::Int),
        },
        Spec {
            names: &["-j", "--workers"],
            key: "j",
            kind: Kind::Value(Check::Int),
        },
        Spec {
            names: &["--mode"],
            key: "mode",
            kind: Kind::Value(Check::Choice(&["a", "b"])),
        },
        Spec {
            names: &["--hard"],
            key: "hard",
            kind: Kind::Flag,
        },
    ];

    const P: Parser = Parser {
        prog: "t.py",
        usage: "usage: t.py",
        help: "help",
        specs: SPECS,
        required_positional: None,
    };

    fn run(args: &[&str]) -> Result<Parsed, Stop> {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let mut parsed = Parsed::default();
        P.parse_inner(&args, &mut parsed).map(|()| parsed)
    }

    fn error(args: &[&str]) -> String {
        match run(args) {
            Err(Stop::Error(m)) => m,
            Err(Stop::Help) => "help".to_string(),
            Ok(p) => format!("ok {p:?}"),
        }
    }

    #[test]
    fn clusters_and_values() {
        let p = run(&["-qqf", "-r5", "--work=2", "x", "y"])
            .map_err(|_| ())
            .unwrap();
        assert_eq!(p.count("q"), 2);
        assert!(p.flag("f"));
        assert_eq!(p.last("r"), Some("5"));
        assert_eq!(p.last("j"), Some("2"));
        assert_eq!(p.positionals, vec!["x", "y"]);
        let p = run(&["-j", "-1", "--", "-q"]).map_err(|_| ()).unwrap();
        assert_eq!(p.last("j"), Some("-1"));
        assert_eq!(p.positionals, vec!["-q"]);
        let p = run(&["-r=3"]).map_err(|_| ()).unwrap();
        assert_eq!(p.last("r"), Some("3"));
    }

    #[test]
    fn errors_read_like_argparse() {
        assert_eq!(error(&["-r", "x"]), "argument -r: invalid int value: 'x'");
        assert_eq!(error(&["-r"]), "argument -r: expected one argument");
        assert_eq!(error(&["-r", "-q"]), "argument -r: expected one argument");
        assert_eq!(
            error(&["--mode", "c"]),
            "argument --mode: invalid choice: 'c' (choose from 'a', 'b')"
        );
        assert_eq!(error(&["x", "-q", "y"]), "unrecognized arguments: y");
        assert_eq!(error(&["--bogus", "x"]), "unrecognized arguments: --bogus");
        assert_eq!(
            error(&["-qz"]),
            "argument -q: ignored explicit argument 'z'"
        );
        assert_eq!(
            error(&["--hard=1"]),
            "argument --hard: ignored explicit argument '1'"
        );
        assert_eq!(error(&["-qh"]), "help");
        assert_eq!(error(&["-fr=3"]), "argument -r: invalid int value: '=3'");
    }

    #[test]
    fn ints_like_python() {
        assert_eq!(parse_int(" 12 "), Some(12));
        assert_eq!(parse_int("-3"), Some(-3));
        assert_eq!(parse_int("1_000"), Some(1000));
        assert_eq!(parse_int("1__0"), None);
        assert_eq!(parse_int(""), None);
        assert_eq!(parse_int("0x1"), None);
    }
}
