# protocols: iter(callable, sentinel) two-argument form, callable objects, sentinel comparison via ==
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 9)))
print(pos[0])
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
it = iter(Counter(), 5)
print(type(it).__name__, list(it), list(it))
class AnyEq:
    def __eq__(self, other):
        print("AnyEq.__eq__", other)
        return other == 3
print(list(iter(Counter(), AnyEq())))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
def raises_stop():
    raise StopIteration
print(list(iter(raises_stop, None)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(next(lines))
