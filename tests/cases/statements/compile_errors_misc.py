# statements: assorted compile-time SyntaxError messages from the 3.11 parser (missing commas, colons, brackets)
sources = [
    "print 'hello'",
    "x = [1, 2 3]",
    "if x\n    pass",
    "def f()\n    pass",
    "class C\n    pass",
    "while True print(1)",
    "x = (1, 2",
    "x = 1)",
    "x = [1, 2}",
    "f(a b)",
    "import",
    "from x import",
    "a = 1 +",
    "else:\n    pass",
    "x = {1: 2, 3}",
    "def f(**k, a): pass",
    "def f(*): pass",
    "lambda x=1, y: x",
    "x = 0777",
    "x = 1__0",
    "x = 5.e",
    "x = '''unterminated",
    "x = 'abc",
    "try:\n    pass\n",
    "try:\n    pass\nx = 1",
    "a.1",
    "print(a, *)",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, "| line", e.lineno)
