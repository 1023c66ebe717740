# statements: compile-time SyntaxErrors for return/yield/await/break/continue outside their allowed contexts
sources = [
    "return",
    "return 5",
    "class C:\n    return 1",
    "yield 1",
    "class C:\n    yield 1",
    "x = yield",
    "await something",
    "def f():\n    await something",
    "break",
    "continue",
    "def f():\n    break",
    "for x in y:\n    def g():\n        continue",
    "while True:\n    class C:\n        break",
    "[(yield x) for x in y]",
    "def f():\n    return [(yield x) for x in y]",
    "def f():\n    return (yield)",
    "def f():\n    x = [i for i in (yield)]",
    "try:\n    pass\nfinally:\n    continue",
    "lambda: (yield)",
    "def f(*, **k): pass",
    "def f(a=1, b): pass",
    "def f(a, a): pass",
    "f(a=1, a=2)",
    "f(x for x in y, 1)",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "| line", e.lineno)
