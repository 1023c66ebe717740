# statements: set literals and set comprehensions (printed sorted), empty set, duplicates, operators
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), type(s).__name__, type({}).__name__, set())
print(sorted({x % 5 for x in range(20)}), sorted({c for c in "mississippi"}))
print(sorted({1, 1.0, True}), len({1, 1.0, True}), len({0, False, 0.0, -0.0}))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a > {1}, a >= a, a < a, {3} < b)
print(sorted((a | b) - (a & b)) == sorted(a ^ b))
print(1 in a, 9 not in a, a.isdisjoint({7}), {1, 2}.issubset(a), a.issuperset({2, 3}))
c = set(a)
c.add(10)
c.discard(1)
c.discard(999)
c.update([20, 21], "x")
print(sorted(map(str, c)))
c -= {20, 21, "x"}
c |= {0}
c &= {0, 2, 3, 10, 11}
c ^= {2, 99}
print(sorted(c))
fs = frozenset({1, 2})
print(sorted(fs | {3}), type(fs | {3}).__name__, type({3} | fs).__name__, fs == {1, 2})
print(sorted({(1, 2), (1, 2), (2, 1)}), sorted({frozenset({1}), frozenset({1})}, key=len))
nested = {i * j for i in range(4) for j in range(4) if i != j}
print(sorted(nested))
print(sorted({*"abc", *"cde"}), sorted({*range(3)} | {*range(2, 5)}))
big = {i * 7 % 1000 for i in range(3000)}
print(len(big), min(big), max(big))
