# classes: setting __module__, __qualname__ and __doc__ inside the class body; __doc__ from first string only
class A:
    __module__ = "custom.module"
    __qualname__ = "Fancy.Name"
print(A.__module__, A.__qualname__, A.__name__, A)
class B:
    x = 1
    "not a docstring"
print(B.__doc__)
class C:
    __doc__ = "assigned doc"
print(C.__doc__)
class D:
    f"formatted {1}"
print(D.__doc__)
class E:
    """multi
    line"""
print(repr(E.__doc__))
def fn():
    "fn doc"
print(fn.__doc__)
def fn2():
    x = 1
    "later string"
print(fn2.__doc__)
fn2.__doc__ = "set later"
print(fn2.__doc__)
try:
    class Bad:
        __qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class Inh(A):
    pass
print(Inh.__module__, Inh.__qualname__, Inh.__doc__)
