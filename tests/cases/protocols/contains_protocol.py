# protocols: `in` via __contains__, fallback to __iter__ then __getitem__, truthiness of result, not in
class Box:
    def __init__(self, *items):
        self.items = items
    def __contains__(self, x):
        print("__contains__", x)
        return x in self.items
b = Box(1, 2, 3)
print(2 in b, 5 in b, 5 not in b)
class IterOnly:
    def __iter__(self):
        print("__iter__")
        return iter([10, 20, 30])
print(20 in IterOnly(), 99 in IterOnly())
class GetitemOnly:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 100
print(200 in GetitemOnly(), 7 in GetitemOnly())
class Weird:
    def __contains__(self, x):
        return "non-empty string"
print(1 in Weird(), 1 not in Weird())
class Zero:
    def __contains__(self, x):
        return 0
print(1 in Zero())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class Inf:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1
print(50 in Inf())
print("ab" in "cabd", "" in "x", [1] in [[1], 2], (1, 2) in {(1, 2): 0}, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
try:
    [] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__", other)
        return other == 2
print(Eq() in [1, 2, 3])
