# classes: data vs non-data descriptor precedence relative to instance __dict__, __get__ arguments
class NonData:
    def __get__(self, obj, owner):
        return ("nondata", obj is None, owner.__name__)
class Data:
    def __get__(self, obj, owner):
        return ("data", obj is None, owner.__name__)
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["d_store"] = value
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class DelOnly:
    def __get__(self, obj, owner):
        return "delonly get"
    def __delete__(self, obj):
        print("DelOnly.__delete__")
class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DelOnly()
c = C()
print(c.nd, C.nd)
print(c.d, C.d)
c.__dict__["nd"] = "instance nd"
c.__dict__["d"] = "instance d"
print(c.nd)
print(c.d)
c.nd = "assigned nd"
print(c.nd, c.__dict__["nd"])
c.d = "assigned d"
print(c.d, c.__dict__["d_store"])
print(type(C.so).__name__)
c.so = 5
c.__dict__["so"] = "dict so"
print(c.so)
del c.do
try:
    c.do = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(c.do)
C.nd = "plain"
print(c.nd)
del c.__dict__["nd"]
print(c.nd)
class Meta(type):
    md = Data()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.md)
try:
    WithMeta.md = 1
except TypeError as e:
    print(type(e).__name__, e)
print(WithMeta.md)
