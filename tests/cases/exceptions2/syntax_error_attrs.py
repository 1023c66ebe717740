# exceptions2: SyntaxError/IndentationError attributes from compile(): msg, lineno, offset, text, filename
sources = [
    "x = (1,\ny = 2",
    "def f(:\n    pass",
    "if True:\nprint(1)",
    "1 +",
    "x = 1\n  y = 2",
    "for x in range(3):\n    pass\n  else: pass",
    "a b",
    "f(**x, *y)",
    "del f()",
    "x += 1 = 2",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, "|", e.filename, "|", repr(e.text))
e = SyntaxError("custom", ("file.py", 3, 5, "bad line\n"))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), str(e))
print(str(SyntaxError("only message")), SyntaxError("only message").lineno)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("eval:", e.msg, e.lineno, e.filename)
try:
    exec("def g():\n\treturn 1\n        return 2")
except (SyntaxError, TabError) as e:
    print(type(e).__name__, e.msg)
