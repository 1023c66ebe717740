# protocols: __index__, __int__, __float__, __complex__ and where each is used (slicing, range, hex, int())
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], "abcdef"[Idx(2)])
print(list(range(Idx(3))), hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(int(Idx(7)), [0] * Idx(3), "ab" * Idx(2))
print(operator_like := Idx(2).__index__())
class IntOnly:
    def __int__(self):
        print("__int__")
        return 42
print(int(IntOnly()))
try:
    [1, 2][IntOnly()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(IntOnly())
except TypeError as e:
    print(type(e).__name__, e)
class FloatOnly:
    def __float__(self):
        print("__float__")
        return 2.5
print(float(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
print(float(Idx(3)))
class C:
    def __complex__(self):
        return 1 + 2j
print(complex(C()))
lst = [1, 2]
try:
    lst["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
