# classes: C.__dict__ is a read-only mappingproxy over the class namespace
class C:
    x = 1
    def m(self):
        return 2
p = C.__dict__
print(type(p).__name__, p["x"], "m" in p, "y" in p, isinstance(p, dict))
print(sorted(k for k in p if not k.startswith("__")))
print(sorted(k for k in p.keys() if not k.startswith("_")), p.get("x"), p.get("nope", "dflt"))
try:
    p["x"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del p["x"]
except TypeError as e:
    print(type(e).__name__, e)
C.y = 3
print(p["y"], len(dict(p)) == len(p))
print(dict(p)["x"], type(dict(p)).__name__)
class D(C):
    pass
print("x" in D.__dict__, D.x)
print(repr(type("E", (), {"a": 1}).__dict__).startswith("mappingproxy({"))
