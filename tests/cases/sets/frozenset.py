# sets: frozenset construction, repr, hash, use as dict key and set element, mixed operations with set
f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset("aab") == frozenset({"a", "b"}))
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
print(f | {7}, {7} | f, f & {1}, f - {1}, f ^ {1, 9})
print(type(f | {7}).__name__, type({7} | f).__name__, type(f.union([1])).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f.copy() is f, frozenset(f) is f)
d = {frozenset({1}): "one", frozenset(): "empty"}
print(d[frozenset([1])], d[frozenset()])
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(s), frozenset({1, 2}) in s, {1, 2} in s)
g = f
g |= {4}
print(f, g, g is f)
print(frozenset({frozenset({1})}), f.issubset({1, 2, 3, 4}), f.isdisjoint([5]))
print(sorted(frozenset(range(5)), reverse=True), len(f), 2 in f)
