# statements2: compile-time errors in match statements (test_patma's
# SyntaxError checks): messages, lineno/offset and end positions.
SOURCES = [
    'match x:\n case a | b: pass',
    'match x:\n case [a, a]: pass',
    "match x:\n case {'k': a, 'j': a}: pass",
    'match x:\n case a: pass\n case 1: pass',
    'match x:\n case _: pass\n case 1: pass',
    'match x:\n case (a | b) | c: pass',
    'match x:\n case [*a, *b]: pass',
    "match x:\n case {'k': 1, 'k': 2}: pass",
    'match x:\n case 1 | a: pass',
    'match x:\n case f(): pass\n',
    'match x:\n case C(a=1, b): pass',
    'match x:\n case C(a=1, a=2): pass',
    'match x:\n case 1 + 2: pass',
    'match x:\n case a.b(): pass\n case _: pass',
    'match x:\n case {**_}: pass',
    'match x:\n case [a] as _: pass',
    'match x:\n case 1 as 2: pass',
    'match x:\n case a if x: pass\n case 2: pass',
    'match x:\n case {a.b: 1}: pass',
    'match x:\n case a.b: pass\n case c: pass\n case d: pass',
]

for s in SOURCES:
    try:
        compile(s, "<p>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
