# sets: literals, set(), len, in, add/remove/discard/pop/clear/copy, repr, iteration order of small ints
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), frozenset(), {100, 1, 9, 17}, set("abca") == {"a", "b", "c"})
t = set([5, 3, 8, 3])
t.add(40)
t.discard(3)
t.discard(999)
t.remove(5)
print(t, len(t))
c = t.copy()
c.add(1)
print(t, c, c is t)
print(list({x * 7 for x in range(12)}))
print(list({64, 0, 32, 16, 8}))
u = {0, 8}
u.discard(0)
u.add(16)
print(u)
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(len(big), list(big)[:10])
p = {i for i in range(20) if i % 3}
print(p.pop(), p.pop(), p)
p.clear()
print(p, bool(p), bool({0}))
for x in {5, 4, 6}:
    print(x, end=" ")
print()
print({(1, 2), (3, 4)} == {(3, 4), (1, 2)}, sorted({"b", "a", "c"}))
print({*range(3), *[7, 8], 9}, {*()})
print({-1, -2, 5}, {1.5, 2.5, 1}, {True, 1, 1.0}, {None})
