# statements: more compile-time SyntaxErrors of match (irrefutable alternatives, names bound twice through or-patterns and **rest, duplicate keys by value) and async with
sources = [
    "match x:\n    case x | 1:\n        pass",
    "match x:\n    case _ | 1:\n        pass",
    "match x:\n    case [x, *x]:\n        pass",
    "match x:\n    case (a | b) as c:\n        pass",
    "match x:\n    case [a, (b | a)]:\n        pass",
    "match x:\n    case __debug__:\n        pass",
    "match x:\n    case {1: _, 1.0: _}:\n        pass",
    "match x:\n    case {True: _, 1: _}:\n        pass",
    "match x:\n    case {-1: _, -1: _}:\n        pass",
    "match x:\n    case {'a\\'b': _, \"a'b\": _}:\n        pass",
    "match x:\n    case {None: _, None: _}:\n        pass",
    "match x:\n    case a if a:\n        pass\n    case b:\n        pass\n    case c:\n        pass",
    "match x:\n    case 1:\n        pass\n    case (y):\n        pass\n    case 2:\n        pass",
    "match x:\n    case {'a': a, **a}:\n        pass",
    "match x:\n    case C(a, b=a):\n        pass",
    "with a as b, c as d:\n    pass\nasync with e:\n    pass",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(repr(src.splitlines()[1].strip()), "->", e.msg, e.lineno)
