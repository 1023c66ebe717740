# reentrancy: comparisons that re-enter container comparisons, deep nesting, and __eq__ raising inside dict ==
class Loop:
    def __init__(self, v):
        self.v = v
        self.other = None
    def __eq__(self, o):
        if isinstance(o, Loop) and self.other is not None:
            return [self.other] == [o.other]
        return NotImplemented
a, b = Loop(1), Loop(1)
a.other = b
b.other = a
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, "raised for mutually recursive __eq__")
print("recovered")
class Raises:
    def __eq__(self, o):
        raise TypeError("cannot compare")
    def __hash__(self):
        return 1
try:
    {"k": Raises()} == {"k": Raises()}
except TypeError as e:
    print(type(e).__name__, e)
r = Raises()
print({"k": r} == {"k": r}, [r] == [r], (r,) == (r,))
try:
    [r] == [Raises()]
except TypeError as e:
    print(type(e).__name__, e)
x = []
for _ in range(50):
    x = [x]
y = []
for _ in range(50):
    y = [y]
print(x == y)
z = []
for _ in range(5000):
    z = [z]
try:
    print(z == z)
    w = []
    for _ in range(5000):
        w = [w]
    print(z == w)
except RecursionError as e:
    print(type(e).__name__, e)
