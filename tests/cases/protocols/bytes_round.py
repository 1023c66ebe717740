# protocols: __bytes__ with bytes(), __round__ with and without ndigits, round() on builtins (banker's rounding)
class B:
    def __bytes__(self):
        print("__bytes__")
        return b"custom"
print(bytes(B()))
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        return ("rounded", self.v, ndigits)
print(round(R(1.5)), round(R(1.5), 2), round(R(1.5), None))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(7, 0), type(round(7, 0)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(-0.4), round(True), bytes(3), bytes([65, 66]), bytes(range(3)))
