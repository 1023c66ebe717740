# classes: type(name, bases, ns) dynamic class creation, type() of objects, errors
def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"x": 1, "__init__": init, "get": lambda self: self.v * 2})
d = Dyn(5)
print(Dyn.__name__, Dyn.x, d.v, d.get(), Dyn.__bases__)
print(Dyn.__qualname__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {"y": 2})
s = Sub(3)
print(Sub.__name__, s.get(), s.x, s.y, [k.__name__ for k in Sub.__mro__])
print(type(d) is Dyn, type(Dyn) is type, type(type) is type, type(1).__name__)
Multi = type("Multi", (int, ), {"double": lambda self: self * 2})
print(Multi(21).double(), isinstance(Multi(1), int))
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
E = type("E", (), {})
print(E.__doc__, E.__bases__ == (object,))
W = type("W", (), {"__doc__": "docs", "__qualname__": "Outer.W"})
print(W.__doc__, W.__qualname__, W.__name__)
W.__name__ = "Renamed"
print(W.__name__, W.__qualname__)
try:
    type("B", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
