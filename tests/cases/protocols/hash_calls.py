# protocols: when __hash__ is called: set/dict insertion and lookup, hash() builtin, cached by dict on resize? (only count per op)
class H:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        H.calls += 1
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
def count(label, fn):
    H.calls = 0
    r = fn()
    print(label, "->", H.calls, "hash call(s)")
    return r
h1, h2 = H(1), H(4)
d = {}
count("dict set", lambda: d.__setitem__(h1, 1))
count("dict get", lambda: d[h1])
count("dict in", lambda: h2 in d)
count("set literal", lambda: {h1, h2})
count("hash()", lambda: hash(h1))
count("dict.get", lambda: d.get(h2))
count("set.add", lambda: set().add(h1))
count("frozenset of 3", lambda: frozenset([H(0), H(1), H(2)]))
count("dict from pairs", lambda: dict([(H(i), i) for i in range(5)]))
count("list in", lambda: h1 in [h2, h1])
count("tuple hash", lambda: hash((h1, h2)))
print(hash(h1), hash(h2), h1 == h2, len({h1, h2}))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
class Huge:
    def __hash__(self):
        return 2 ** 64 + 5
print(hash(Huge()) == hash(2 ** 64 + 5))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
