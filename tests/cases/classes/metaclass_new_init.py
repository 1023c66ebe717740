# classes: metaclass __new__ and __init__ receiving name/bases/namespace, kwargs, inheritance of metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added"] = "by meta"
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
class A(metaclass=Meta):
    def f(self):
        return 1
    z = 3
print(A.added, A.tag, type(A).__name__)
class B(A, tag="bee"):
    pass
print(B.added, B.tag, type(B).__name__)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
class R3(R2): pass
print(Registry.classes)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class XY(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class Z(metaclass=M3): pass
class XZ(X, Z): pass
print(type(XZ).__name__)
def func_meta(name, bases, ns):
    print("func_meta", name)
    return {"name": name, "keys": sorted(k for k in ns if not k.startswith("__"))}
class F(metaclass=func_meta):
    a = 1
    b = 2
print(F)
