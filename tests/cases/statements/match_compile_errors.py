# statements: compile-time SyntaxErrors for invalid match statements, checked with compile()
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case 1 | a:\n        pass",
    "match x:\n    case [a] | [b]:\n        pass",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass",
    "match x:\n    case {**rest, 'k': 1}:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case Point(x=1, x=2):\n        pass",
    "match x:\n    case Point(x=1, 2):\n        pass",
    "match x:\n    case f():\n        pass",
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case a.b():\n        pass",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled OK:", repr(src.splitlines()[1].strip()))
    except SyntaxError as e:
        print(repr(src.splitlines()[1].strip()), "->", e.msg, e.lineno)
match = 5
case = 6
print("soft keywords usable as names:", match + case)
_ = "underscore as a name"
print(_)
