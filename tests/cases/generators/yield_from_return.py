# generators: yield from returns the subgenerator's return value, nested delegation, yield from iterables
def sub(n):
    for i in range(n):
        yield i
    return "sub-done-%d" % n
def delegator():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    return r1 + "|" + r2
g = delegator()
print(list(g))
def outer():
    result = yield from delegator()
    print("outer got", result)
    return "outer-done"
try:
    g = outer()
    while True:
        print("value", next(g))
except StopIteration as e:
    print("final", e.value)
def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    yield from {"k": 1}
    r = yield from []
    print("empty yield from returns", r)
print(list(from_iterables()))
def no_return():
    yield 1
def takes():
    v = yield from no_return()
    yield ("returned", v)
print(list(takes()))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("custom-value")
        return self.i
def from_custom():
    v = yield from It()
    yield v
print(list(from_custom()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print(type(e).__name__, e)
