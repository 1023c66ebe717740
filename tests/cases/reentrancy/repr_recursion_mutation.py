# reentrancy: __repr__ that mutates the container being printed; recursive containers render with ...
class Sneaky:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        if len(self.target) < 5:
            self.target.append(len(self.target))
        return "Sneaky"
lst = []
lst.append(Sneaky(lst))
print(repr(lst))
print(len(lst))
class Clearer:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        self.target.clear()
        return "Clearer"
lst2 = []
lst2.extend([Clearer(lst2), Clearer(lst2), Clearer(lst2)])
print(repr(lst2))
print(len(lst2))
a = [1]
a.append(a)
print(a, str(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class DictRepr:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        self.target["added"] = 1
        return "DictRepr"
dd = {}
dd["x"] = DictRepr(dd)
try:
    print(repr(dd))
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(dd))
