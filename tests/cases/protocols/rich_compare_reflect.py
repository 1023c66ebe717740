# protocols: rich comparisons and their reflections (< <-> >, <= <-> >=, == <-> ==), chained comparisons
class C:
    def __init__(self, name, v):
        self.name = name
        self.v = v
    def _cmp(self, op, other, res):
        print("%s.%s(%s)" % (self.name, op, getattr(other, "name", other)))
        return res
    def __lt__(self, o):
        return self._cmp("__lt__", o, NotImplemented if not isinstance(o, C) else self.v < o.v)
    def __le__(self, o):
        return self._cmp("__le__", o, NotImplemented)
    def __gt__(self, o):
        return self._cmp("__gt__", o, NotImplemented if not isinstance(o, C) else self.v > o.v)
    def __ge__(self, o):
        return self._cmp("__ge__", o, NotImplemented)
    def __eq__(self, o):
        return self._cmp("__eq__", o, NotImplemented)
    def __ne__(self, o):
        return self._cmp("__ne__", o, NotImplemented)
a, b = C("a", 1), C("b", 2)
print(a < b)
print(a > b)
print(1 < a if False else "skip")
try:
    print(a <= b)
except TypeError as e:
    print(type(e).__name__, e)
print(a == b)
print(a != b)
print(a == a)
try:
    print(5 < a)
except TypeError as e:
    print(type(e).__name__, e)
print(a < b < C("c", 3))
print(a < b > C("c", 0))
print(sorted([C("x", 3), C("y", 1), C("z", 2)], key=lambda c: c.v)[0].name)
print(max(a, b).name, min(a, b).name)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print(OnlyLt(2) > OnlyLt(1), [o.v for o in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])])
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
