# functions2: class-based decorators with __call__, and a descriptor-aware decorator that works on methods
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__, square.__name__)
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return ("plain call", self.fn(*a))
    def __get__(self, obj, owner):
        if obj is None:
            return self
        def bound(*a):
            return ("bound call", self.fn(obj, *a))
        return bound
class K:
    def __init__(self, v):
        self.v = v
    @Method
    def get(self, extra=0):
        return self.v + extra
    @CountCalls
    def broken(self):
        return self.v
k = K(5)
print(k.get(), k.get(10), K.get(k), type(K.__dict__["get"]).__name__)
try:
    k.broken()
except TypeError as e:
    print(type(e).__name__, e)
print(k.broken(k), K.broken.calls)
class WithArgs:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, fn):
        def wrapper(*a):
            return self.prefix + str(fn(*a))
        return wrapper
@WithArgs(">> ")
def add(a, b):
    return a + b
print(add(1, 2))
class Trace:
    depth = 0
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, n):
        print("  " * Trace.depth + "call", n)
        Trace.depth += 1
        r = self.fn(n)
        Trace.depth -= 1
        return r
@Trace
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
print(tri(3))
