# classes: dict subclass with __missing__, which operations call it, counting and default factories
class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
c = Counter()
for w in "abracadabra":
    c[w] = c[w] + 1 if w in c else c[w] + 1
print(sorted(c.items()))
print(c["zzz"], "zzz" in c)
print(c.get("nope"), c.get("nope", -1))
try:
    c.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
class AutoList(dict):
    def __missing__(self, key):
        self[key] = v = []
        return v
a = AutoList()
a["x"].append(1)
a["x"].append(2)
a["y"].append(3)
print(sorted(a.items()))
class Raising(dict):
    def __missing__(self, key):
        raise LookupError("custom missing " + str(key))
try:
    Raising()["k"]
except LookupError as e:
    print(type(e).__name__, e)
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
print(u["a"], u["A"], dict(u), u.get("a"))
class D(dict):
    pass
d = D(a=1)
d.extra = 2
print(d, d.extra, type(d.copy()).__name__, type(d | {"b": 2}).__name__)
class Missing2(dict):
    def __missing__(self, key):
        return key * 2
m = Missing2({"a": 1})
print(m["a"], m["b"], m[3], len(m))
