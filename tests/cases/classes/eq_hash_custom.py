# classes: value objects with __eq__ and __hash__ used as dict keys and set members, __ne__ derived from __eq__
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        print("eq", self.a, getattr(other, "a", other))
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)
k1 = Key(1, 2)
k2 = Key(1, 2)
k3 = Key(2, 1)
print(k1 == k2, k1 != k3)
d = {k1: "first"}
d[k2] = "second"
print(len(d), d[Key(1, 2)], list(d))
s = {k1, k2, k3}
print(len(s), Key(2, 1) in s)
print(k1 == 5, k1 != 5)
print(k1 in [k3, k2])
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(OnlyEq(1) != OnlyEq(2), OnlyEq(1) != OnlyEq(1))
class NeOverride:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return "custom ne"
print(NeOverride() == 1, NeOverride() != 1)
class HashOnly:
    def __hash__(self):
        return 7
a, b = HashOnly(), HashOnly()
print(len({a, b}), hash(a), a == b)
class Sub(Key):
    pass
print(hash(Sub(1, 2)) == hash(k1), Sub(1, 2) == k1)
class SubEq(Key):
    def __eq__(self, other):
        return False
try:
    hash(SubEq(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
