# generators: generator expressions: laziness, single-use, first iterable evaluated eagerly, conditions, nesting
def src(label, items):
    print("evaluating", label)
    return items
g = (x * x for x in src("outer", [1, 2, 3]))
print("genexpr created")
print(next(g), list(g), list(g))
g2 = (x + y for x in src("first", [1, 2]) for y in src("second", [10, 20]))
print("g2 created")
print(list(g2))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "hello" if c != "l"), reverse=True))
print(list((i, j) for i in range(3) for j in range(i)))
print(dict((k, len(k)) for k in ["x", "yy"]), set(x % 3 for x in range(10)) == {0, 1, 2})
print(type(x for x in []).__name__, "".join(str(d) for d in range(5)))
try:
    (x for x in 5)
except TypeError as e:
    print("eager first iterable:", type(e).__name__, e)
lazy = (1 / x for x in [1, 0])
print("created lazy with division by zero")
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(any(x > 2 for x in [1, 2, 3, 4]), all(x > 0 for x in [1, -1]))
seen = []
def mark(v):
    seen.append(v)
    return v
print(any(mark(x) > 1 for x in [0, 1, 2, 3, 4]), seen)
nested = ((y for y in range(x)) for x in range(4))
print([list(n) for n in nested])
