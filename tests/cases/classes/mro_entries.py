# classes: __mro_entries__ on non-class bases, __orig_bases__, resulting __bases__
class Fake:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return (self.real,)
class Real:
    def hello(self):
        return "hello from Real"
class C(Fake(Real)):
    pass
print(C().hello(), [b.__name__ for b in C.__bases__], type(C.__orig_bases__[0]).__name__)
class Multi:
    def __mro_entries__(self, bases):
        return (A, B)
class A:
    x = "A"
class B:
    y = "B"
class D(Multi()):
    pass
print([b.__name__ for b in D.__bases__], D.x, D.y)
class Empty:
    def __mro_entries__(self, bases):
        return ()
class E(Empty()):
    pass
print(E.__bases__ == (object,))
class BadEntries:
    def __mro_entries__(self, bases):
        return [Real]
try:
    class F(BadEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(list[int].__mro_entries__(()) == (list,))
class H(list[int]):
    pass
print(H.__bases__ == (list,), H([1, 2]), hasattr(H, "__orig_bases__"))
try:
    type("T", (Fake(Real),), {})
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(Real, "__orig_bases__"))
