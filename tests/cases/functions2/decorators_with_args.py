# functions2: decorator factories with arguments, preserving metadata manually, decorators on methods
def repeat(times, sep=" "):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return sep.join(str(fn(*args, **kwargs)) for _ in range(times))
        wrapper.__name__ = fn.__name__
        wrapper.__qualname__ = fn.__qualname__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@repeat(3)
def hi(name):
    "say hi"
    return "hi " + name
print(hi("bob"), hi.__name__, hi.__doc__, hi.__wrapped__("x"))
@repeat(2, sep="|")
def num():
    return 7
print(num())
def validate(**types):
    def deco(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        def wrapper(*args):
            for n, v in zip(names, args):
                if n in types and not isinstance(v, types[n]):
                    raise TypeError("%s must be %s" % (n, types[n].__name__))
            return fn(*args)
        return wrapper
    return deco
@validate(a=int, b=str)
def combine(a, b):
    return b * a
print(combine(2, "ab"))
try:
    combine("2", "ab")
except TypeError as e:
    print(type(e).__name__, e)
def log_method(prefix):
    def deco(fn):
        def wrapper(self, *a):
            return prefix + ":" + fn(self, *a)
        return wrapper
    return deco
class Greeter:
    def __init__(self, n):
        self.n = n
    @log_method("G")
    def greet(self, other):
        return self.n + " greets " + other
print(Greeter("ann").greet("bob"), Greeter.greet.__qualname__)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
@repeat(times=2)
@memo
def sq(x):
    return x * x
print(sq(9))
