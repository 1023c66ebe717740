# statements: compile-time SyntaxErrors for invalid assignment targets and related expressions (CPython 3.11 messages)
sources = [
    "1 = x",
    "f() = 1",
    "a + b = 1",
    "None = 1",
    "True = 1",
    "x.None = 1",
    "(a, 1) = 2",
    "[a, f()] = 1",
    "'s' = 1",
    "a if b else c = 1",
    "lambda: 1 = 1",
    "{a: b} = 1",
    "{a} = 1",
    "(yield) = 1",
    "a < b = 1",
    "not a = 1",
    "x = = 1",
    "if x = 1:\n    pass",
    "for 1 in x: pass",
    "with a as 1: pass",
    "del (a + b)",
    "__debug__ = 1",
    "def f(True): pass",
    "f(x=1, x=2)",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
