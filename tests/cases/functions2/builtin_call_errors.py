# functions2: TypeError messages from calling builtins with wrong argument counts/kinds
calls = [
    ("len()", lambda: len()),
    ("len(1,2)", lambda: len([], [])),
    ("abs()", lambda: abs()),
    ("isinstance(1)", lambda: isinstance(1)),
    ("sorted()", lambda: sorted()),
    ("sorted(a,b)", lambda: sorted([1], None)),
    ("sorted(x,kee)", lambda: sorted([1], kee=1)),
    ("min()", lambda: min()),
    ("max(1)", lambda: max(1)),
    ("int(x,y,z)", lambda: int("1", 10, 3)),
    ("int(base=)", lambda: int(base=10)),
    ("str(1,2,3,4)", lambda: str(1, 2, 3, 4)),
    ("range()", lambda: range()),
    ("range(1,2,3,4)", lambda: range(1, 2, 3, 4)),
    ("range(1.5)", lambda: range(1.5)),
    ("list(1,2)", lambda: list(1, 2)),
    ("dict(1)", lambda: dict(1)),
    ("[].append()", lambda: [].append()),
    ("[].append(1,2)", lambda: [].append(1, 2)),
    ("''.join()", lambda: "".join()),
    ("'x'.split(1)", lambda: "x".split(1)),
    ("zip(1)", lambda: zip(1)),
    ("map(f)", lambda: map(abs)),
    ("enumerate()", lambda: enumerate()),
    ("getattr()", lambda: getattr()),
    ("chr('a')", lambda: chr("a")),
    ("ord('ab')", lambda: ord("ab")),
    ("print(sep=1)", lambda: print(1, sep=1)),
    ("divmod(1)", lambda: divmod(1)),
    ("sum(x,y,z)", lambda: sum([1], 2, 3)),
    ("{}.get()", lambda: {}.get()),
    ("round(1,2,3)", lambda: round(1, 2, 3)),
]
for label, fn in calls:
    try:
        fn()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, "->", e)
