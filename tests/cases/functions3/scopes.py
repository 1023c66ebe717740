# functions3: scoping (test_scope): closures, nonlocal/global and their
# SyntaxErrors, class scopes, comprehension scoping, deleted cells.
# test_scope style
def make_adder(x):
    def adder(y): return x + y
    return adder
print(make_adder(1)(2))
def nest():
    x = 1
    def a():
        def b():
            def c(): return x
            return c()
        return b()
    return a()
print(nest())
def rebind():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc()
print(rebind())
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
def default_bind():
    return [(lambda i=i: i)() for i in range(3)]
print(default_bind())
x = "global"
def g1():
    global x
    x = "changed"
g1(); print(x)
def g2():
    print(x)
g2()
def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 1
free_unbound()
def del_then_use():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
del_then_use()
def del_cell():
    v = 1
    def r(): return v
    del v
    try:
        r()
    except NameError as e:
        print(type(e).__name__ + ":", e)
del_cell()
class ClassScope:
    a = 1
    b = [a for _ in range(1)] if False else None
    def m(self): return a if False else "m"
    c = a + 1
print(ClassScope.c, ClassScope().m())
try:
    class CS2:
        a = 1
        b = [a for _ in range(2)]
except NameError as e:
    print("NameError:", e)
def class_in_func():
    v = "fv"
    class In:
        w = v
        def get(self): return v
    return In.w, In().get()
print(class_in_func())
def class_local_shadow():
    v = "outer"
    class In:
        v = "class"
        def get(self): return v
    return In.v, In().get()
print(class_local_shadow())
x = 10
class ClassGlobal:
    x = x + 1
print(ClassGlobal.x)
def class_free():
    y = 1
    class In:
        y = y + 1 if False else 5
    return In.y
print(class_free())
# nonlocal/global errors
errs = [
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    def g():\n        nonlocal x\n    x = 1\n",
    "def f():\n    print(x)\n    nonlocal x\n",
    "def f():\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "x = 1\ndef f():\n    nonlocal x",
    "def f():\n    for x in []: pass\n    global x\n",
    "def f():\n    [x := 1 for y in z]\n    global x\n",
    "def f():\n    x = 1\n    del x\n    global x\n",
]
for src in errs:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
# locals / vars
def loc(a, b=2):
    c = 3
    return sorted(locals().items())
print(loc(1))
def lambda_scope():
    return (lambda: (lambda: __name__)())()
print(lambda_scope())
# comprehension scoping
x = "outer"
print([x for x in range(2)], x)
print([y for y in range(2) if (z := y)], z)
def comp_walrus():
    [w := i for i in range(3)]
    return w
print(comp_walrus())
print({k: v for k, v in zip("ab", range(2))})
print(list(i * j for i in range(3) for j in range(i)))
class CompClass:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(CompClass.doubled)
g = (i for i in range(3))
print(list(g), list(g))
def gen_outer_iter():
    it = iter([1, 2])
    return [a for a in it]
print(gen_outer_iter())
# exception variable is deleted
try:
    raise ValueError("v")
except ValueError as exc:
    pass
try:
    exc
except NameError as e:
    print("NameError:", e)
