# protocols: __reversed__ used by reversed(), fallback to __len__+__getitem__, errors, reversed objects
class R:
    def __init__(self, items):
        self.items = items
    def __reversed__(self):
        print("__reversed__")
        return iter(["custom"] + self.items[::-1])
    def __iter__(self):
        return iter(self.items)
print(list(reversed(R([1, 2, 3]))), list(R([1, 2, 3])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("__getitem__", i)
        return "abc"[i]
print(list(reversed(Seq())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
for obj in [5, {1: 2}.keys() if False else 5.5, {1, 2}, iter([1])]:
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
print(list(reversed(range(5))), list(reversed("xyz")), list(reversed((1, 2))), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
class BadRev:
    def __reversed__(self):
        return 5
print(reversed(BadRev()))
class Rev2:
    def __reversed__(self):
        return iter(range(3))
print([x for x in reversed(Rev2())])
