# classes: metaclass __prepare__ returning custom namespace that logs assignments and lookups
class LoggingNS(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("set", key, value if not callable(value) else "<fn>")
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return LoggingNS()
    def __new__(mcls, name, bases, ns, **kw):
        print("new with ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta, option=1):
    a = 1
    b = a + 1
    def m(self):
        return self.a
    a = 10
print(C.a, C.b, C().m())
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class D(metaclass=Ordered):
    zeta = 1
    alpha = 2
    seen = injected
    mid = 3
print(D.order, D.seen)
class Dup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError("duplicate " + k)
        super().__setitem__(k, v)
class NoDup(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Dup()
try:
    class E(metaclass=NoDup):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class F(metaclass=BadPrep):
        pass
except TypeError as e:
    print(type(e).__name__, e)
