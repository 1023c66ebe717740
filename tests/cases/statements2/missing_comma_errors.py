# statements2: "Perhaps you forgot a comma?" spans both expressions; `=`
# written for `==`; print without parentheses inside brackets.
SOURCES = [
    "x = (1 2 3",
    "x = (a b c d e f g",
    "f(x=1 2)",
    "[1, 2 3]",
    "{1: 2 3}",
    "(a.b c)",
    "(1 + 2 3 + 4)",
    "(x if y else z w)",
    "[print x]",
    "(a \"s\")",
    "f(not a b)",
    "(lambda: 1 2)",
    "(a == b c)",
    "print(**k for k in y)",
    "x = (1 = 2, 3, 4, 5",
    "x = [\n1 = 2]",
    "(a +\n b) = 1",
    "if x = 1: pass",
    "if x\n",
    "x = 1 +\n",
    "a b c",
]
for src in SOURCES:
    try:
        compile(src, "<t>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
