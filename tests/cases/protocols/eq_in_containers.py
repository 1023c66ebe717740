# protocols: __eq__ used by list/tuple comparison, index/count/remove, dict lookup after hash match; identity shortcut
class E:
    def __init__(self, v, name):
        self.v = v
        self.name = name
    def __eq__(self, other):
        print("eq %s vs %s" % (self.name, getattr(other, "name", other)))
        return isinstance(other, E) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
a, b, c = E(1, "a"), E(2, "b"), E(1, "c")
print([a, b] == [c, b])
print([a] == [a])
print((a, b) == (b, a))
print([a, b].index(c))
print([a, b, c].count(a))
l = [b, c]
l.remove(a)
print([x.name for x in l])
d = {a: "A"}
print(d[c])
print(d[a])
print(c in {a})
print([a, b] < [c, E(3, "d")] if False else "skip")
print(a in (b, c), a in [a])
print([a, b] != [a, b])
nan = float("nan")
print([nan] == [nan], nan == nan, nan in [nan], [nan].count(nan))
