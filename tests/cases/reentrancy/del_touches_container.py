# reentrancy: __del__ that mutates the container being cleared/deleted; operations must complete safely
class Touchy:
    def __init__(self, name, container):
        self.name = name
        self.container = container
    def __del__(self):
        print("__del__", self.name, "container size", len(self.container))
        self.container.append("added-by-" + self.name)
registry = []
registry.append(Touchy("t1", registry))
registry.append(Touchy("t2", registry))
print("clearing")
registry.clear()
print("after clear:", registry)
lst = []
lst.append(Touchy("x", lst))
print("slice delete")
del lst[:]
print("after slice delete:", lst)
d = {}
class DictTouchy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("DictTouchy.__del__", self.name, "keys:", sorted(d))
        d["resurrected-" + self.name] = 1
d["a"] = DictTouchy("a")
d["b"] = DictTouchy("b")
print("dict clear")
d.clear()
print("after dict clear:", sorted(d))
d["c"] = DictTouchy("c")
print("overwrite value")
d["c"] = "plain"
print("after overwrite:", sorted(d))
s = [1, 2]
class Popper:
    def __del__(self):
        print("Popper.__del__ popping", s.pop() if s else "nothing")
s.append(Popper())
print("pop the Popper")
s.pop()
print("final s", s)
