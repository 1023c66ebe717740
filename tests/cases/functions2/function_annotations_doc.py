# functions2: __annotations__ of all parameter kinds (CPython's order), mangled names, __doc__ from the first constant, attribute checks
order = []
def ann(label):
    order.append(label)
    return label
def f(p: ann("p"), /, a: ann("a"), *args: ann("args"), k: ann("k"), **kw: ann("kw")) -> ann("ret"):
    "f's doc"
    return p
print(order)
print(f.__annotations__)
print(f.__doc__, (lambda: "not a doc").__doc__)
def no_doc():
    x = "first statement is not a string literal"
    "this is not the docstring"
    return x
print(no_doc.__doc__, no_doc.__annotations__)
class K:
    def m(self, __secret: int, *, __flag: bool = False) -> "K":
        "method doc"
        return __secret
    async def am(self) -> None:
        pass
print(K.m.__annotations__, K.m.__kwdefaults__, K.m.__doc__)
print(K.am.__annotations__, K().m(3))
f.__annotations__ = {"replaced": True}
print(f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
for value in [[1], 5]:
    try:
        f.__annotations__ = value
    except TypeError as e:
        print(type(e).__name__, e)
f.__doc__ = "new doc"
print(f.__doc__)
del f.__doc__
print(f.__doc__)
try:
    f.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
f.__module__ = "elsewhere"
print(f.__module__, "__module__" in f.__dict__)
def annotated_locals():
    a: int
    b: str = "x"
    return b
print(annotated_locals(), annotated_locals.__code__.co_varnames, annotated_locals.__annotations__)
