# reentrancy: objects whose __hash__ changes between calls; dict/set operations stay consistent (may "lose" keys)
class Shifty:
    counter = 0
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        Shifty.counter += 1
        return Shifty.counter
    def __eq__(self, other):
        return isinstance(other, Shifty) and self.name == other.name
    def __repr__(self):
        return "Shifty(%s)" % self.name
k = Shifty("k")
d = {k: 1}
print("lookup same object:", k in d, d.get(k, "miss"))
d[k] = 2
print("len after re-insert with new hash:", len(d))
s = set()
for _ in range(5):
    s.add(k)
print("set size after adding same object 5 times:", len(s))
print(sorted(v for v in d.values()))
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Mutable) and self.v == other.v
m = Mutable(1)
d2 = {m: "one"}
m.v = 2
print(m in d2, Mutable(1) in d2, Mutable(2) in d2, len(d2))
print([x.v for x in d2])
m.v = 1
print(m in d2)
class Raises:
    def __hash__(self):
        raise RuntimeError("hash failed")
try:
    {Raises(): 1}
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Raises() in {1: 2}
except RuntimeError as e:
    print(type(e).__name__, e)
print({1: 2}.get(1), "dict still usable")
