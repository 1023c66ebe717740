# protocols: dict methods and views with keys whose class defines __hash__/__eq__ (pop, setdefault, del, update, views, ==, |)
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and self.name == other.name
    def __repr__(self):
        return "K(%s)" % self.name
d = {K("a", 1): 1, K("b", 1): 2, K("c", 2): 3}
print(len(d), d[K("b", 1)], d.get(K("c", 2)), d.get(K("z", 1), "none"))
print(d.setdefault(K("a", 1), 99), d.setdefault(K("d", 1), 4), len(d))
print(d.pop(K("b", 1)), d.pop(K("b", 1), "gone"), len(d))
del d[K("a", 1)]
try:
    del d[K("a", 1)]
except KeyError as e:
    print("KeyError", e)
print(d)
print(K("c", 2) in d.keys(), (K("c", 2), 3) in d.items(), (K("c", 2), 4) in d.items(), 3 in d.values())
d.update({K("c", 2): 30, K("e", 5): 5})
d.update([(K("f", 5), 6)], **{"plain": 7})
print(d)
e = dict(d)
print(e == d, {K("c", 2): 30} == {K("c", 2): 30}, {K("c", 2): 30} == {K("c", 2): 31})
print(sorted((d | {K("d", 1): "new"}).values(), key=str))
d |= {K("x", 9): 0}
print(len(d), K("x", 9) in d)
t = {(K("a", 1), 2): "tuple key"}
print(t[(K("a", 1), 2)], (K("a", 1), 3) in t, hash((K("a", 1), 2)) == hash((K("q", 1), 2)))
