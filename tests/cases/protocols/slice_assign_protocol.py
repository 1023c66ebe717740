# protocols: list slice assignment/deletion with custom iterables, extended slice length mismatch messages
class Gen:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("Gen iter", self.n)
        return iter(range(100, 100 + self.n))
a = list(range(6))
a[1:3] = Gen(4)
print(a)
a[::2] = Gen(4)
print(a)
try:
    a[::2] = Gen(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
a[2:2] = "xy"
print(a)
a[:] = a
print(len(a))
del a[::3]
print(a)
a[-2:] = []
print(a)
b = [0, 1, 2, 3]
b[3:1] = ["ins"]
print(b)
b[10:20] = [9]
print(b)
c = list(range(10))
c[1::4] = ("a", "b", "c")
print(c)
try:
    c[::-1] = [1]
except ValueError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
ba[1:3] = b"EY"
print(ba)
try:
    ba[0:1] = "s"
except TypeError as e:
    print(type(e).__name__, e)
