# protocols: three-argument pow() calls __pow__(other, mod), __rpow__ not used with modulo; builtin pow rules
class P:
    def __init__(self, v):
        self.v = v
    def __pow__(self, other, mod=None):
        print("__pow__", self.v, other, mod)
        return (self.v ** other) % mod if mod is not None else self.v ** other
    def __rpow__(self, other, mod=None):
        print("__rpow__", self.v, other, mod)
        return other ** self.v
print(P(3) ** 4, pow(P(3), 4), pow(P(3), 4, 5))
print(2 ** P(5), pow(2, P(5)))
try:
    pow(2, P(5), 7)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(3, 4, 5), pow(2, -1, 7), pow(-2, 3), pow(2, -2), pow(0, 0), 0.0 ** 0)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-8) ** (1 / 3) if False else "skip complex", (-1) ** 0.5 == complex(0, 1) or "complex result", type((-1) ** 0.5).__name__)
x = P(2)
x **= 3
print(x)
