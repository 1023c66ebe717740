# classes: subclassing int, __new__ with immutable bases, arithmetic results are plain ints, bool-like
class Meters(int):
    def __new__(cls, v, unit="m"):
        inst = super().__new__(cls, v)
        inst.unit = unit
        return inst
    def __repr__(self):
        return "Meters(%d%s)" % (int(self), self.unit)
m = Meters(5)
print(m, m + 1, type(m + 1).__name__, type(m * m).__name__, m.unit)
print(m == 5, hash(m) == hash(5), isinstance(m, int), int(m), [10, 20, 30, 40, 50, 60][m])
print(Meters(7, "km"), Meters("12"))
class Add(int):
    def __add__(self, other):
        return Add(int(self) + int(other) + 1000)
    def __radd__(self, other):
        return "radd " + str(other)
a = Add(1)
print(a + 1, type(a + 1).__name__, 1 + a)
class Flag(int):
    def __str__(self):
        return "Flag<" + int.__repr__(self) + ">"
f = Flag(3)
print(f, str(f), repr(f), "%d" % f, f"{f}", format(f, "04d"))
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError("odd: " + str(v))
        return super().__new__(cls, v)
print(Even(4))
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([Meters(3), 1, Meters(2)]))
print(Meters(3) < 4, max(Meters(9), 8), abs(Meters(-3)), -Meters(2), type(-Meters(2)).__name__)
class BigSub(int):
    pass
b = BigSub(2 ** 100)
print(b, b.bit_length(), type(b).__name__, b // 2 ** 99)
print(True + Meters(1), Meters(0) or "falsy")
