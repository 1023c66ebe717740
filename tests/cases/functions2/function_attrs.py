# functions2: function attributes __name__ __qualname__ __defaults__ __kwdefaults__ __annotations__ __doc__ __dict__ __module__
def f(a, b=2, *args, c, d=4, **kw) -> "ret":
    "docstring of f"
    return a
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__dict__)
f.custom = "attr"
f.__dict__["other"] = 1
print(f.custom, sorted(f.__dict__))
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
f.__defaults__ = (20,)
print(f(1, c=3), f.__defaults__)
f.__kwdefaults__ = {"c": 30, "d": 40}
def get_all(a, b=2, *args, c, d=4, **kw):
    return a, b, c, d
get_all.__kwdefaults__ = {"c": "C", "d": "D"}
print(get_all(1), get_all.__kwdefaults__)
get_all.__defaults__ = None
try:
    get_all(1)
except TypeError as e:
    print(type(e).__name__, e)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
class C:
    def m(self):
        def inner():
            pass
        return inner
    lam = lambda self: 0
print(C.m.__qualname__, C().m().__qualname__, C.lam.__name__, C.lam.__qualname__)
g = lambda x=1, *, y=2: x
print(g.__name__, g.__defaults__, g.__kwdefaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del f.__name__
except TypeError as e:
    print(type(e).__name__, e)
print(type(f.__code__).__name__, f.__code__.co_name, f.__globals__ is globals())
