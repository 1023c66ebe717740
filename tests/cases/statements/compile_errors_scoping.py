# statements: compile-time SyntaxErrors for misplaced nonlocal/global declarations (compile() inside try/except)
sources = [
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f(x):\n    global x",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(a):\n    def g():\n        nonlocal a\n        global a",
    "class C:\n    nonlocal x",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return C",
    "def f():\n    global x\n    nonlocal x",
    "def f(x):\n    def g(x):\n        nonlocal x",
    "x: int = 1\nglobal x",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    global x\n    x: int = 1",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(repr(src.splitlines()[-1].strip()), "->", e.msg, "| line", e.lineno)
