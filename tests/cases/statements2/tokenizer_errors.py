# statements2: errors CPython's tokenizer raises (brackets, strings, numbers,
# tabs), which win over the parser's error when met first or when found in
# the rest of the source; their lineno/offset/text/end attributes.
SOURCES = [
    "x = (1,\ny = 2",
    "x = (1,\n",
    "f(1,\n2,\n",
    "x = [1, (2,\n3]\nfoo(",
    "a = (\n1 +\n",
    "foo(\n  a b",
    "x = {1:\n\n\n1 1",
    "(1 2",
    "[1,\n 2 3\n",
    "x = (1 2\n3 4 5",
    "x = (1,\ny = 2\nz = 3\nw = 4",
    "a = 1\n(\n",
    "(1 +\n2 3",
    "x = )",
    "x = (]\n",
    "s = 'abc",
    "x = (1,\n 'abc",
    "x = \"\"\"abc\nde",
    "x = b'abc",
    "x = 1 +\ny = '",
    "a b\nc = )",
    "a b\nc = (]",
    "a b\nc = 'x",
    "a b\nc = 1_",
    "a b\nc = 0777",
    "a b\nc = \u20ac",
    "a b\nc = (",
    "def f(:\n pass\nx = )",
    "def f(:\n pass\nx = (",
    "x = 1 +\n  y",
    "x = 1 \\ 2",
    # Indentation: tabs count as 8 columns and as 1, both must agree.
    "def g():\n\treturn 1\n        return 2",
    "if x:\n\ta\n        b",
    "if x:\n        a\n\tb\n",
    "if x:\n \ta\n\tb\n",
    "a b\nif x:\n\tc\n        d",
    "x = 1 +\nif x:\n\tc\n        d",
    "def f(\n\tx, y\n        ):\n  pass",
    "if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n",
]
for src in SOURCES:
    try:
        compile(src, "<t>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
