def g():
    yield 1
    raise ValueError("mid")
for f in [lambda: dict(zip(g(), g())), lambda: dict(map(lambda x: (x, x), g())), lambda: {}.update(map(lambda x: (x, x), g())), lambda: dict(((x, x) for x in g()))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for src in [[1], [(1, 2, 3)], ["ab", "c"], [[1, 2], 5], 5, [(1, 2)], "ab", ["xy"]]:
    try:
        print(dict(src))
    except Exception as e:
        print(type(e).__name__, e)
d = {}
def pairs():
    yield (1, 2)
    print("d now", d)
    yield (3, 4)
d.update(pairs())
print(d)
