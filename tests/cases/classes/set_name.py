# classes: __set_name__ called at class creation with owner and attribute name, order, late assignment
class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        print("set", self.name, "=", value)
        setattr(obj, self.private, value)
class Model:
    x = Field(0)
    y = Field("why")
    z = 5
m = Model()
print(m.x, m.y)
m.x = 10
print(m.x, m._x, Model.x.name, Model.y.private)
class Late:
    pass
f = Field(1)
Late.attr = f
print(hasattr(f, "name"))
class Shared:
    a = b = Field(2)
print(Shared.a.name)
class Plain:
    def __set_name__(self, owner, name):
        print("plain set_name", owner.__name__, name)
class Holder:
    first = Plain()
    second = Plain()
class Raising:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Bad:
        r = Raising()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class OnlyInstance:
    pass
o = OnlyInstance()
o.__set_name__ = lambda owner, name: print("not called")
class Uses:
    v = o
print("done")
