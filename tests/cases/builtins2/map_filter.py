# builtins2: map and filter are lazy iterator types; iter(callable, sentinel); next with default
print(list(map(lambda x: x * 2, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b: a + b, "abc", "xy")))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x > 1, range(5))))
m = map(str, range(3))
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2")
print(type(f).__name__, next(f), next(f), next(f, "done"))
seen = []
def noisy(x):
    seen.append(x)
    return x * 10
lazy = map(noisy, [1, 2, 3])
print(seen, next(lazy), seen)
stack = [1, 2, 3, 0, 5]
print(list(iter(stack.pop, 3)), stack)
n = 0
def counter():
    global n
    n += 1
    return n
print(list(iter(counter, 4)))
print(next(iter([]), "empty"), next(iter([7]), "empty"))
print(isinstance(map(len, []), map), map.__name__, filter.__name__)
print(sum(map(len, ["ab", "c"])), sorted(filter(None, {3, 0, 1})), max(map(abs, [-5, 2])))
print(dict(map(lambda k: (k, k * k), range(3))), set(map(abs, [-1, 1, -2])))
class Up:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(map(lambda a, b: a * b, Up(), Up())), list(filter(lambda v: v != 2, Up())))
print(list(zip(Up(), "abc")), list(enumerate(Up(), 1)))
try:
    map(len)
except TypeError as e:
    print(e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
lst = [0]
lst += map(lambda x: x + 1, [1, 2])
print(lst)
a, b = map(int, ["4", "5"])
print(a + b)
