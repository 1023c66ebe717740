# functions2: calling methods via instance, class with explicit self, getattr, stored bound method, super, map
class Calc:
    def __init__(self, base):
        self.base = base
    def add(self, x, y=0):
        return self.base + x + y
c = Calc(100)
print(c.add(1), Calc.add(c, 1, 2), getattr(c, "add")(3), getattr(Calc, "add")(c, 4))
m = c.add
print(m(5), m(5, y=5), m(x=6))
print(list(map(c.add, [1, 2, 3])), list(map(Calc.add, [c, Calc(0)], [1, 1])))
print(type(c).add(c, 7), c.__class__.add(c, 8))
print(Calc.__dict__["add"](c, 9), Calc.add.__get__(c)(10))
print(sorted([Calc(3), Calc(1), Calc(2)], key=lambda o: o.add(0))[0].base)
try:
    Calc.add(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Calc.add(5, 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(str.upper("abc"), "abc".upper(), str.join("-", ["a", "b"]), list.__len__([1, 2]))
print(dict.fromkeys("ab"), int.from_bytes(b"\x01\x00", "big"), (1).__add__(2), "x".__mul__(3))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)
