# generators: dict and set comprehensions: key collisions, ordering of dict results, conditions, nested
words = ["apple", "bob", "cat", "avocado", "banana"]
by_first = {w[0]: w for w in words}
print(by_first)
lengths = {w: len(w) for w in words if len(w) > 3}
print(lengths)
print(sorted({len(w) for w in words}), sorted({w[0] for w in words}))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
grid = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(grid)
print({k: [x for x in range(k)] for k in range(4)})
print(sorted({(a, b) for a in range(3) for b in range(3) if a + b == 2}))
print({i % 3: i for i in range(10)})
print({1: "int", 1.0: "float", True: "bool"}, {x: x for x in [1, 1.0, True]})
s = {c.lower() for c in "HeLLo WoRLD" if c.isalpha()}
print(sorted(s), len(s))
counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print(counts == {k: sum(1 for w in words if w[0] == k) for k in counts})
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
def order():
    log = []
    d = {log.append("k%d" % i) or i: log.append("v%d" % i) or i for i in range(2)}
    return d, log
print(order())
