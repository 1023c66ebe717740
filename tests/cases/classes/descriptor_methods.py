# classes: functions as non-data descriptors, calling __get__ manually, custom method-like descriptors
def f(self, x):
    return ("f", type(self).__name__, x)
class A:
    pass
a = A()
bound = f.__get__(a, A)
print(bound(1), bound.__self__ is a)
print(f.__get__(None, A) is f)
class Logged:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner=None):
        print("Logged.__get__", obj is None, owner.__name__)
        if obj is None:
            return self
        def wrapper(*args):
            print("calling", self.fn.__name__, args)
            return self.fn(obj, *args)
        return wrapper
class B:
    @Logged
    def add(self, x, y):
        return x + y
b = B()
print(b.add(2, 3))
print(type(B.add).__name__)
class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("computing", self.name)
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val
class Circle:
    def __init__(self, r):
        self.r = r
    @Cached
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area)
print(c.area)
print(sorted(c.__dict__))
class Upper:
    def __get__(self, obj, owner):
        return owner.__name__.upper()
class Base:
    name = Upper()
class Derived(Base):
    pass
print(Base.name, Derived.name, Derived().name)
print(type(len.__get__(1)) if hasattr(len, "__get__") else "builtin has no __get__")
print(staticmethod(f).__get__(a)(a, 2))
print(classmethod(f).__get__(a)(3))
