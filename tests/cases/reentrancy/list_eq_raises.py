# reentrancy: __eq__ raising during list.remove/in/index/count and list ==; the error propagates, list intact
class Bomb:
    def __init__(self, name, explode_on=None):
        self.name = name
        self.explode_on = explode_on
    def __eq__(self, other):
        print("  compare", self.name, "with", getattr(other, "name", other))
        if self.explode_on is not None and getattr(other, "name", None) == self.explode_on:
            raise ValueError("boom comparing %s" % self.name)
        return self is other
    def __repr__(self):
        return "Bomb(%s)" % self.name
a, b, c = Bomb("a", explode_on="t"), Bomb("b"), Bomb("c")
t = Bomb("t")
items = [a, b, c]
for label, op in [("in", lambda: t in items), ("index", lambda: items.index(t)), ("count", lambda: items.count(t)),
                  ("remove", lambda: items.remove(t)), ("==", lambda: items == [t, b, c])]:
    try:
        print(label, "->", op())
    except ValueError as e:
        print(label, "raised", type(e).__name__, e)
print("list unchanged:", items)
print("identity short-circuit:", a in items, items.index(a), items.count(a))
items.remove(b)
print(items)
class Grow:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        if len(self.target) < 10:
            self.target.append(Grow(self.target))
        return False
lst = []
lst.append(Grow(lst))
print(Grow(lst) in lst, len(lst))
class Shrink:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
lst2 = []
lst2.extend(Shrink(lst2) for _ in range(5))
print(Shrink(lst2) in lst2, len(lst2))
try:
    lst2.extend(Shrink(lst2) for _ in range(3))
    lst2.remove("zz")
except ValueError as e:
    print(type(e).__name__, e, len(lst2))
