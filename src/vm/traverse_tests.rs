//! Tests of `runtime::traverse` on objects built by running Python code.

use super::{Config, Tier, Vm};
use crate::runtime::object::PyDict;
use crate::runtime::traverse::{Busy, traverse_value};
use crate::runtime::{PyRef, Value};

/// Runs `src` as `__main__` in a fresh interpreter-only VM.
fn run(src: &str) -> (Vm, PyRef<PyDict>) {
    let config = Config {
        tier: Tier::Interp,
        ..Config::default()
    };
    let mut vm = Vm::new(config, vec![String::new()], vec![]).expect("vm");
    let globals = vm.new_module_dict("__main__");
    let code = super::compile::compile_to_pycode(src, "<test>").expect("compiles");
    vm.run_code(code, globals.clone()).expect("runs");
    (vm, globals)
}

fn get(globals: &PyRef<PyDict>, name: &str) -> Value {
    globals
        .table
        .borrow()
        .get_str(name)
        .unwrap_or_else(|| panic!("no global {name}"))
}

/// The references `v` owns, in visiting order.
fn refs(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    traverse_value(v, &mut |r| out.push(r.clone())).expect("not busy");
    out
}

/// Asserts that `found` is exactly `expected`, by identity and in order.
fn assert_same(found: &[Value], expected: &[Value]) {
    assert_eq!(
        found.len(),
        expected.len(),
        "found {found:?}, expected {expected:?}"
    );
    for (i, (f, e)) in found.iter().zip(expected).enumerate() {
        assert!(f.is(e), "reference {i}: found {f:?}, expected {e:?}");
    }
}

fn contains(found: &[Value], v: &Value) -> bool {
    found.iter().any(|f| f.is(v))
}

#[test]
fn containers_list_their_items() {
    let (_vm, g) = run(
        "a = 'a'\nb = [1]\nlst = [a, 2, b, None]\ntup = (b, a)\nd = {a: b}\n\
         s = {a}\nfs = frozenset([a])\nsl = slice(a, b)\nit = iter(lst)\n\
         dv = d.keys()\nen = enumerate(lst)\n",
    );
    let (a, b) = (get(&g, "a"), get(&g, "b"));
    assert_same(&refs(&get(&g, "lst")), &[a.clone(), b.clone()]);
    assert_same(&refs(&get(&g, "tup")), &[b.clone(), a.clone()]);
    assert_same(&refs(&get(&g, "d")), &[a.clone(), b.clone()]);
    assert_same(&refs(&get(&g, "s")), std::slice::from_ref(&a));
    assert_same(&refs(&get(&g, "fs")), std::slice::from_ref(&a));
    assert_same(&refs(&get(&g, "sl")), &[a.clone(), b.clone()]);
    assert_same(&refs(&get(&g, "it")), &[get(&g, "lst")]);
    assert_same(&refs(&get(&g, "dv")), &[get(&g, "d")]);
    // enumerate holds an iterator over the list, which holds the list.
    let inner = refs(&get(&g, "en"));
    assert_eq!(inner.len(), 1);
    assert_same(&refs(&inner[0]), &[get(&g, "lst")]);
    assert_same(&refs(&Value::Int(3)), &[]);
}

#[test]
fn function_defaults_closure_and_globals() {
    let (_vm, g) = run(
        "def outer():\n    x = [1]\n    def f(a=[], *, k=()):\n        return x\n\
         \x20   return f\nf = outer()\ncode = f.__code__\ndflt = f.__defaults__[0]\n\
         kw = f.__kwdefaults__\ncell = f.__closure__[0]\nmodname = f.__module__\n\
         x = f()\n",
    );
    let f = get(&g, "f");
    let found = refs(&f);
    assert_same(
        &found,
        &[
            get(&g, "code"),
            Value::Dict(g.clone()),
            get(&g, "dflt"),
            get(&g, "kw"),
            get(&g, "cell"),
            get(&g, "modname"),
        ],
    );
    // The cell holds the closed-over list.
    assert_same(&refs(&get(&g, "cell")), &[get(&g, "x")]);
    // An attribute assigned to the function lives in its dict.
    let (_vm, g) = run("def f(): pass\nf.attr = 'v'\nfd = f.__dict__\n");
    let found = refs(&get(&g, "f"));
    assert!(found.last().is_some_and(|d| d.is(&get(&g, "fd"))));
}

#[test]
fn instance_class_and_bound_method() {
    let (_vm, g) = run("class C:\n    def m(self):\n        return self\n\
         c = C()\nc.v = 'value'\nv = c.v\nbm = c.m\nfunc = C.__dict__['m']\nobj = object\n");
    let (c, class, func) = (get(&g, "c"), get(&g, "C"), get(&g, "func"));
    // A bound method: its function and self (its type `method` is built-in).
    assert_same(&refs(&get(&g, "bm")), &[func.clone(), c.clone()]);
    // An instance: its class (from the header), then its __dict__.
    let found = refs(&c);
    assert_eq!(found.len(), 2);
    assert!(found[0].is(&class));
    let Value::Object(inst) = &c else {
        panic!("instance expected")
    };
    let dict = inst.dict().map(Value::Dict).expect("has a dict");
    assert!(found[1].is(&dict));
    // The dict: the attribute's name and value.
    let items = refs(&dict);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_str(), Some("v"));
    assert!(items[1].is(&get(&g, "v")));
    // A class: base, bases, MRO (object each time), then its namespace,
    // which holds the function.
    let Value::Type(t) = &class else {
        panic!("class expected")
    };
    let found = refs(&class);
    let obj = get(&g, "obj");
    assert!(found[0].is(&obj) && found[1].is(&obj) && found[2].is(&obj));
    assert!(found[3].is(&Value::Dict(t.dict.clone())));
    assert!(contains(&refs(&found[3]), &func));
}

#[test]
fn generator_frame_holds_its_locals() {
    let (_vm, g) = run("def gen(a):\n    b = [a]\n    yield b\ns = 'arg'\n\
         gi = gen(s)\nfirst = next(gi)\ncode = gen.__code__\n");
    let found = refs(&get(&g, "gi"));
    assert!(contains(&found, &get(&g, "s")), "the argument");
    assert!(contains(&found, &get(&g, "first")), "the local list");
    assert!(contains(&found, &get(&g, "code")));
    assert!(contains(&found, &Value::Dict(g.clone())));
}

#[test]
fn exception_context_args_and_traceback() {
    let (_vm, g) = run("try:\n    try:\n        raise ValueError('inner')\n\
         \x20   except ValueError:\n        raise KeyError('outer')\n\
         except KeyError as e:\n    exc = e\ninner = exc.__context__\n\
         msg = exc.args[0]\ntb = exc.__traceback__\n");
    let exc = get(&g, "exc");
    let found = refs(&exc);
    assert_same(&found, &[get(&g, "msg"), get(&g, "tb"), get(&g, "inner")]);
    // The traceback: its code and globals.
    let tb = refs(&get(&g, "tb"));
    assert!(contains(&tb, &Value::Dict(g.clone())));
}

#[test]
fn property_and_staticmethod() {
    let (_vm, g) = run("def getter(self):\n    return 1\np = property(getter)\n\
         sm = staticmethod(getter)\ncm = classmethod(getter)\n");
    let getter = get(&g, "getter");
    assert_same(&refs(&get(&g, "p")), std::slice::from_ref(&getter));
    // staticmethod and classmethod objects have a __dict__, then the function.
    for name in ["sm", "cm"] {
        let found = refs(&get(&g, name));
        assert_eq!(found.len(), 2, "{name}");
        assert!(matches!(found[0], Value::Dict(_)), "{name}");
        assert!(found[1].is(&getter), "{name}");
    }
}

#[test]
fn busy_container_is_reported_not_a_panic() {
    let (_vm, g) = run("lst = ['x']\n");
    let lst = get(&g, "lst");
    let Value::List(l) = &lst else {
        panic!("list expected")
    };
    let _guard = l.items.borrow_mut();
    assert_eq!(traverse_value(&lst, &mut |_| {}), Err(Busy));
}

#[test]
fn visiting_takes_no_counts() {
    let (_vm, g) = run("a = 'a'\nlst = [a]\n");
    let (a, lst) = (get(&g, "a"), get(&g, "lst"));
    let Value::Str(s) = &a else {
        panic!("str expected")
    };
    let before = PyRef::count(s);
    let mut seen = 0;
    traverse_value(&lst, &mut |v| {
        assert_eq!(PyRef::count(s), before);
        seen += usize::from(v.is(&a));
    })
    .expect("not busy");
    assert_eq!(seen, 1);
}
