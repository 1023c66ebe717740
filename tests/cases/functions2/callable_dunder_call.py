# functions2: invoking functions through __call__, type(f).__call__, and builtins through their descriptors
def f(a, b=2):
    return a * b
print(f.__call__(3), type(f).__call__(f, 4), type(f).__call__(f, 4, b=5))
print(len.__call__([1, 2]), type(len).__call__(len, "abc"))
class K:
    def m(self, x):
        return x + 1
k = K()
print(k.m.__call__(1), type(k.m).__call__(k.m, 2), K.m.__call__(k, 3))
print(callable(f.__call__), f.__call__.__name__)
try:
    type(f).__call__(5)
except TypeError as e:
    print(type(e).__name__, e)
g = f.__call__
print(g(10, b=10))
print(int.__call__("12"), type.__call__(int, "13"), type(int).__call__(int, "14"))
class Partial:
    def __init__(self, fn, *a):
        self.fn, self.a = fn, a
    def __call__(self, *more):
        return self.fn(*self.a, *more)
p = Partial(f, 7)
print(p(), p(3), p.__call__(2), type(p).__call__(p, 1), callable(p), callable(Partial))
print(list(map(Partial(pow, 2), range(5))))
