# protocols: custom mappings with keys()/__getitem__ used by dict(), dict.update and ** unpacking; errors
class M:
    def __init__(self, d):
        self.d = d
    def keys(self):
        print("keys()")
        return list(self.d)
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
m = M({"a": 1, "b": 2})
print(dict(m))
x = {}
x.update(m)
print(x)
def f(**kw):
    return kw
print(f(**m))
print({**m, "c": 3})
class NotMapping:
    def __iter__(self):
        return iter([("p", 1), ("q", 2)])
print(dict(NotMapping()))
try:
    f(**NotMapping())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    f(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
print({**BadKeys()})
class KeyErr:
    def keys(self):
        return ["z"]
    def __getitem__(self, k):
        raise KeyError(k)
try:
    dict(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
print({**{"a": 1}, **{"a": 2}})
