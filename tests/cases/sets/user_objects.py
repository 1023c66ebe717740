# sets: elements with __hash__/__eq__, repr through __repr__, unhashable classes, set comprehension over user iterables
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)
s = {P(1, 2), P(1, 2), P(3, 4)}
print(len(s), P(1, 2) in s, P(9, 9) in s)
s.discard(P(3, 4))
print(s)
print({P(0, 0)} == {P(0, 0)}, {P(0, 0)} <= {P(0, 0), P(1, 1)})
print(sorted({P(2, 1), P(1, 1)}, key=lambda p: p.x))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Plain:
    pass
a = Plain()
print(len({a, a, Plain()}), a in {a})
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
print({x % 3 for x in Count(10)}, set(Count(4)), frozenset(Count(2)))
class Key:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Key.calls += 1
        return self.v % 2
    def __eq__(self, o):
        return self.v == o.v
keys = {Key(i) for i in range(6)}
print(len(keys), Key(4) in keys, Key(7) in keys)
