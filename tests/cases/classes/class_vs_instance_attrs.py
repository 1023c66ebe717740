# classes: class attributes vs instance attributes, shadowing, mutable class attrs, deletion
class C:
    count = 0
    shared = []
    def __init__(self):
        C.count += 1
        self.own = []
a = C()
b = C()
print(C.count, a.count, b.count)
a.count = 100
print(C.count, a.count, b.count)
del a.count
print(a.count)
a.shared.append(1)
b.shared.append(2)
print(C.shared, a.shared is b.shared)
a.own.append("x")
print(a.own, b.own)
C.count = 50
print(a.count, b.count)
C.new_attr = "late"
print(a.new_attr, b.new_attr)
print("count" in vars(a), "count" in vars(C), sorted(vars(a)))
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del C.nothing
except AttributeError as e:
    print(type(e).__name__, e)
del C.new_attr
try:
    a.new_attr
except AttributeError as e:
    print(type(e).__name__, e)
class D(C):
    count = -1
d = D()
print(d.count, C.count, D.count)
D.shared = ["d"]
print(d.shared, a.shared)
print(getattr(a, "missing", "default"), hasattr(a, "own"), hasattr(a, "zz"))
setattr(a, "dyn", 42)
print(a.dyn, getattr(a, "dyn"))
delattr(a, "dyn")
print(hasattr(a, "dyn"))
