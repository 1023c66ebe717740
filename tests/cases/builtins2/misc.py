# builtins2: vars, callable, getattr/setattr/delattr/hasattr, divmod, pow, round, ord/chr, bin/oct/hex, id, format, sum
class A:
    x = 1
    def __init__(self):
        self.y = 2
    def __call__(self):
        return 5
    def m(self):
        pass
a = A()
print(vars(a), "x" in vars(A), vars(a) is a.__dict__)
import math
print(vars(math)["pi"])
def show_vars():
    q = 1
    return vars()
print(show_vars())
print(callable(a), callable(A), callable(a.m), callable(3), callable(len), callable([].append), callable(A.m))
class B:
    pass
print(callable(B()), callable(staticmethod(len)))
print(getattr(a, "zz", "dflt"), getattr(a, "y"), hasattr(a, "y"), hasattr(a, "nope"))
setattr(a, "q", 9)
print(a.q)
delattr(a, "q")
print(hasattr(a, "q"))
try:
    vars(5)
except TypeError as e:
    print(e)
print(divmod(7, -2), divmod(7.5, 2), divmod(-7, 2), pow(3, 4, 5), pow(2, -1, 7), pow(2, 10))
print(round(2.675, 2), round(1234, -2), round(0.5), round(1.5), round(-2.5), round(3.14159, 3), round(7))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
    def __index__(self):
        return 10
print(round(R()), round(R(), 2), hex(R()), bin(R()), oct(R()))
print(ord("é"), chr(9731), bin(-5), oct(8), hex(255), hex(-255))
print(format(3.14159, ".2f"), format(42, ">5"), format("x", "^5"), format(255, "#x"))
print(id(a) == id(a), id(a) != id(A()))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=100))
class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        return M(o + self.v)
print(sum([M(1), M(2)]).v)
print(any([0, 0, 1]), all([]), any([]))
