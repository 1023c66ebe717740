# protocols: defining __eq__ without __hash__ sets __hash__ to None -> unhashable messages everywhere
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
print(P.__hash__ is None, "__hash__" in P.__dict__)
p = P(1)
for label, fn in [("hash", lambda: hash(p)), ("set", lambda: {p}), ("dict key", lambda: {p: 1}),
                  ("in set", lambda: p in {1, 2}), ("frozenset", lambda: frozenset([p])),
                  ("dict get", lambda: {}.get(p)), ("set add", lambda: set().add(p)),
                  ("list key", lambda: {[1]: 2}), ("dict key2", lambda: {{}: 1}), ("set of sets", lambda: {set()})]:
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, type(e).__name__, e)
print(p in [P(1)], [P(1)].count(p), [P(2), P(1)].index(p))
class Q(P):
    __hash__ = object.__hash__
print(len({Q(1), Q(1)}), Q(1) == Q(1))
class R(P):
    def __hash__(self):
        return hash(self.v)
print(len({R(1), R(1), R(2)}))
class NoneHash:
    __hash__ = None
try:
    hash(NoneHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
