# classes: __new__ and __init__ interplay, __new__ returning other types, singleton, arguments
class A:
    def __new__(cls, *args, **kw):
        print("A.__new__", cls.__name__, args, kw)
        inst = super().__new__(cls)
        inst.made_by_new = True
        return inst
    def __init__(self, x, y=0):
        print("A.__init__", x, y)
        self.x = x
        self.y = y
a = A(1, y=2)
print(a.made_by_new, a.x, a.y)
class B(A):
    pass
b = B(5)
print(type(b).__name__, b.x)
class ReturnsInt:
    def __new__(cls, v):
        print("ReturnsInt.__new__")
        return v * 2
    def __init__(self, v):
        print("never called")
r = ReturnsInt(21)
print(r, type(r).__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self):
        print("init called")
s1 = Singleton()
s2 = Singleton()
print(s1 is s2)
class Other:
    pass
class Maker:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("Maker init not called")
m = Maker()
print(type(m).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, a):
        self.a = a
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
