# classes: __dict__, __class__, __name__, __qualname__, __module__, __doc__ on classes, instances, methods
class Outer:
    "Outer doc"
    attr = 1
    class Inner:
        def method(self):
            "method doc"
            pass
    def m(self):
        pass
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.Inner.method.__doc__, Outer.m.__doc__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__, o.__module__, o.__doc__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
print("__doc__" in Outer.__dict__, "__module__" in Outer.__dict__, "__dict__" in Outer.__dict__)
print(type(Outer.__dict__).__name__)
try:
    Outer.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
o.__dict__["z"] = 26
print(o.z, o.__dict__)
o.__dict__ = {"fresh": True}
print(o.fresh, hasattr(o, "z"))
class A:
    pass
class B:
    def hello(self):
        return "B.hello"
a = A()
a.__class__ = B
print(type(a).__name__, a.hello())
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
def fn():
    pass
print(fn.__module__, fn.__name__, fn.__qualname__)
Outer.__qualname__ = "Changed.Q"
print(Outer.__qualname__, Outer.__name__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(int.__name__, int.__qualname__, int.__module__, type(None).__name__)
print(Outer.__class__.__name__, type.__class__.__name__)
