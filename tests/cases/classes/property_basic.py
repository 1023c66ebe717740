# classes: property getter/setter/deleter, decorator form, read-only property errors, property objects
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
p = Temp.__dict__["celsius"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temp.fahrenheit.fset)
def getx(self):
    "the x doc"
    return 7
class Old:
    x = property(getx)
    y = property(lambda self: 1, doc="y doc")
print(Old().x, Old.x.__doc__, Old.y.__doc__)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub(5)
print(s.celsius)
s.celsius = 6
print(s.celsius)
class Shadow:
    @property
    def v(self):
        return "prop"
sh = Shadow()
sh.__dict__["v"] = "instance"
print(sh.v, sh.__dict__)
