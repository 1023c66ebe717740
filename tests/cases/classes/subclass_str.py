# classes: subclassing str and tuple, methods returning base types, named-tuple-like class
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("alice")
print(n, n.shout(), type(n.upper()).__name__, type(n + "x").__name__, type(n[1:]).__name__)
print(n == "alice", n in {"alice": 1}, len(n), n.startswith("al"), "%s" % n, repr(n))
class Lower(str):
    def __new__(cls, s):
        return super().__new__(cls, s.lower())
print(Lower("HeLLo"), Lower("X") == "x")
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    @property
    def second(self):
        return self[1]
    def __repr__(self):
        return "Pair(%r, %r)" % self
p = Pair(1, "two")
print(p, p.first, p.second, len(p), p + (3,), type(p + (3,)).__name__)
a, b = p
print(a, b, p == (1, "two"), hash(p) == hash((1, "two")))
print(sorted([Pair(2, 1), Pair(1, 5), Pair(1, 2)]))
try:
    p.first = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
print(Path("usr") / "local" / "bin")
class S(str):
    def __str__(self):
        return "custom str"
    def __len__(self):
        return 99
s = S("abc")
print(s, str(s), len(s), s + "", f"{s}", "%s" % s, "{}".format(s))
