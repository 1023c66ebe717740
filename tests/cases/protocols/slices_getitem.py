# protocols: __getitem__/__setitem__/__delitem__ receiving slice objects and tuples, slice attributes, indices()
class Show:
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
s = Show()
s[1]
s[1:2]
s[:]
s[::2]
s[1:2:3]
s[-1:]
s[:, 1]
s[1:2, ::3]
s[...]
s["a":"b"]
s[None:None:None]
s[1, 2, 3]
s[()]
s[(1,)]
s[0:5] = [1, 2]
s[::-1] = "x"
del s[2:]
del s[1, 2]
print(s[1:9:2])
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, slice(5), slice(None), slice(1, 2))
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(3))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), [0, 1, 2, 3, 4][slice(1, None, 2)])
print("abcdef"[sl], list(range(10))[sl], tuple(range(10))[::-3])
class Sliceable:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Sliceable(self.data[key])
        return self.data[key]
    def __repr__(self):
        return "Sliceable(%r)" % (self.data,)
x = Sliceable([0, 1, 2, 3, 4, 5])
print(x[1:4], x[::2][1:], x[-1], x[::-1][0])
try:
    hash(slice(1, 2))
    print("slices hashable")
except TypeError as e:
    print(type(e).__name__, e)
