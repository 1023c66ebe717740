# statements2: SyntaxErrors in multi-line sources: the line and text
# CPython reports (parser errors keep the line's newline, a line the
# tokenizer had left loses it, compiler errors have no text for source not
# in a file), `except A, B`, repeated class keywords.
SOURCES = [
    'def f():\n    x = 1\n    return x +\n',
    'x = [\n    1,\n    2\n    3,\n]\n',
    'if True:\n    pass\nelse\n    pass\n',
    'def f(a,\n      b,\n      a):\n    pass\n',
    "print('a'\n      'b' 'c'\n      x)\n",
    'while True:\n    try:\n        pass\n    except:\n        pass\n    finally\n',
    "s = '''abc\ndef\nghi\n",
    'x = 1\ny = (2 +\n     3\nz = 4\n',
    'with open(f) as g:\n    pass\n    with x as (a, b:\n        pass\n',
    'async def f():\n    await\n',
    'lambda: (yield)\n',
    'def f(x):\n    del x\n    nonlocal x\n',
    '@decorator\n\ndef f(): pass\n@\ndef g(): pass\n',
    'class C(\n    metaclass=M,\n    metaclass=N):\n    pass\n',
    'f(\n  a=1,\n  a=2,\n)\n',
    '# comment only\n\n',
    'try:\n    x\nexcept (A, B) as e, f:\n    pass\n',
    'try:\n    x\nexcept A, B:\n    pass\n',
]

for s in SOURCES:
    try:
        compile(s, "<m>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
