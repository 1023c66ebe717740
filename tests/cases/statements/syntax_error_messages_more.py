# statements: more CPython 3.11 SyntaxError messages and line numbers (parameters, calls, comprehensions, targets)
sources = [
    "def f(a, a=1, *a): pass",
    "lambda a, a: 1",
    "f(**a, *b)",
    "f(a=1, b)",
    "f(**a, b)",
    "x = 1 if 2",
    "print(a.b = 1)",
    "x = f() = 1",
    "1 = 2 = x",
    "-a = 1",
    "... = 1",
    "{} = 1",
    "[x for x in y] = 1",
    "(x for x in y) = 1",
    "a = yield = 1",
    "(a, b) += 1",
    "a.b, c += 1",
    "(yield) += 1",
    "... += 1",
    "x = {**a, b}",
    "(a + 1 = 2)",
    "x = [i = 1]",
    "while x = 1: pass",
    "del __debug__",
    "__debug__ += 1",
    "for __debug__ in x: pass",
    "f(*a, x=1, x=2)",
    "print(**k for k in y)",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "class C:\n    def f(self):\n        return\n    return",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "| line", e.lineno)
