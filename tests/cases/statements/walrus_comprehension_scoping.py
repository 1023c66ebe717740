# statements: := inside comprehensions binds in the enclosing function/module (PEP 572), with its compile-time errors
def nested():
    out = [[(last := (i, j)) for j in range(2)] for i in range(2)]
    return out, last
print(nested())
def in_lambda():
    f = lambda xs: [(seen := x) for x in xs] and seen
    return f([4, 5, 6])
print(in_lambda())
def declared_global():
    global g_last
    [g_last := c for c in "pq"]
    return "g_last" in locals()
print(declared_global(), g_last)
def closure_sees_it():
    def read():
        return hit
    found = any((hit := n) > 2 for n in [1, 3, 5])
    return found, read()
print(closure_sees_it())
def counter():
    n = 0
    squares = [(n := n + 1) ** 2 for _ in range(4)]
    return n, squares
print(counter())
module_total = 0
evens = [module_total := module_total + v for v in range(5) if v % 2 == 0]
print(evens, module_total)
def gen_binds_lazily():
    g = ((k := v) for v in "ab")
    before = "k" in dir()
    next(g)
    return before, k
print(gen_binds_lazily())
for src in [
    "[i := 0 for i in range(3)]",
    "[[(j := 1) for k in range(2)] for j in range(2)]",
    "[x for x in (y := [1, 2])]",
    "[x for x in range(3) for y in (z := [x])]",
    "class C:\n    v = [(w := 1) for _ in range(2)]",
    "[(a := 1) for a, b in [(1, 2)]]",
    "def f():\n    [(q := 1) for _ in []]\n    return q",
    "def f():\n    global q\n    return [(q := 1) for _ in []]",
]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "| line", e.lineno)
