# containers: dict literals, get/set/del, in, len, keys values items, get pop setdefault update, order, KeyError
d = {"a": 1, "b": 2, "c": 3}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["d"] = 4
d["a"] = 10
print(d)
del d["b"]
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", "default"))
print(d.pop("c"), d.pop("missing", -1), d)
print(d.setdefault("e", 5), d.setdefault("a", 99), d)
d.update({"f": 6, "a": 0})
d.update([("g", 7)])
d.update(h=8)
print(d)
for k in d:
    print(k, d[k], end=" | ")
print()
for k, v in d.items():
    print(k, "->", v)
try:
    print(d["nope"])
except KeyError as e:
    print("KeyError", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
e = {}
e[1] = "int"
e[1.5] = "float"
e[(1, 2)] = "tuple"
e["1"] = "str"
e[True] = "bool overwrites 1"
e[None] = "none"
print(e, len(e))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == {})
f = {"x": 1}
del f["x"]
f["y"] = 2
f["x"] = 3
print(f, list(f))
print(d.keys(), d.values(), d.items())
try:
    print({[1]: 2})
except TypeError as e:
    print("TypeError", e)
