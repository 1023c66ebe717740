# protocols: * unpacking of custom iterables in calls, literals and assignments; error messages
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("iter It(%d)" % self.n)
        return iter(range(self.n))
def f(*a):
    return a
print(f(*It(3)))
print([*It(2), *It(1)], (*It(2),), {*It(3)} == {0, 1, 2})
a, *b = It(4)
print(a, b)
*c, d = It(3)
print(c, d)
print(f(*It(0)), [*It(0)])
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b = None
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __iter__(self):
        raise TypeError("iter failed inside")
try:
    f(*Raises())
except TypeError as e:
    print(type(e).__name__, e)
def g():
    yield 1
    yield 2
print(f(*g()), f(*"ab", *[1], *(2,)))
print(max(*It(5)), min(*"zyx"))
