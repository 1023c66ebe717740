# classes: attribute lookup through metaclass: class sees meta attrs, instances do not; meta methods/properties
class Meta(type):
    meta_attr = "from meta"
    def meta_method(cls):
        return "meta_method on " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return "<class " + cls.__name__ + " via Meta>"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if not k.startswith("_")))
class C(metaclass=Meta):
    b = 2
    a = 1
    meta_attr = "shadowed in class"
class D(metaclass=Meta):
    pass
print(C.meta_method(), C.upper_name, D.meta_attr, C.meta_attr)
print(C, repr(D), [C], len(C), list(C))
try:
    C().meta_method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    D().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(C(), "upper_name"), hasattr(C, "upper_name"))
class GetattrMeta(type):
    def __getattr__(cls, name):
        return "meta getattr " + name
class E(metaclass=GetattrMeta):
    real = "real"
print(E.real, E.anything)
try:
    E().anything
except AttributeError as e:
    print(type(e).__name__, e)
class Enumish(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in list(ns.items()):
            if not k.startswith("_"):
                inst = object.__new__(cls)
                inst.name, inst.value = k, v
                setattr(cls, k, inst)
                cls._members[k] = inst
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __getitem__(cls, name):
        return cls._members[name]
class Color(metaclass=Enumish):
    RED = 1
    GREEN = 2
    def __repr__(self):
        return "Color." + self.name
print(list(Color), Color.RED.value, Color["GREEN"], isinstance(Color.RED, Color))
