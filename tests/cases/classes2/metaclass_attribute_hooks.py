# classes: DynamicClassAttribute-like descriptors, metaclass properties/__getattr__/__getattribute__/__setattr__/__delattr__, class properties, cached and validating descriptors
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class DynamicClassAttribute:
    def __init__(self, fget=None):
        self.fget = fget
        self.__doc__ = fget.__doc__
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))
    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return self.fget(instance)
    def __set__(self, instance, value): raise AttributeError("can't set attribute")
    def __delete__(self, instance): raise AttributeError("can't delete attribute")
class MetaWithName(type):
    @property
    def name(cls): return 'meta-' + cls.__name__
    def __getattr__(cls, n): return 'meta-getattr:' + n
class Enumish(metaclass=MetaWithName):
    def __init__(self, v): self._v = v
    @DynamicClassAttribute
    def name(self):
        "the name"
        return 'inst-' + str(self._v)
e = Enumish(3)
print(e.name, Enumish.name, Enumish.other)
t(lambda: setattr(e, 'name', 1))
t(lambda: delattr(e, 'name'))
t(lambda: Enumish.__dict__['name'].__doc__)
class classproperty:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner): return self.f(owner)
class CP:
    @classproperty
    def kind(cls): return cls.__name__.lower()
class CP2(CP): pass
print(CP.kind, CP2.kind, CP().kind)
class Cached:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, owner=None):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.name] = v; return v
class UsesCached:
    calls = 0
    @Cached
    def expensive(self):
        UsesCached.calls += 1
        return 42
u = UsesCached(); print(u.expensive, u.expensive, UsesCached.calls, type(UsesCached.expensive).__name__)
class Validated:
    def __set_name__(self, owner, name): self.priv = '_' + name
    def __get__(self, obj, owner=None): return self if obj is None else getattr(obj, self.priv, None)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f'{self.priv[1:]} must be int')
        setattr(obj, self.priv, v)
class Model:
    age = Validated()
m = Model(); m.age = 5; print(m.age, m.__dict__)
t(lambda: setattr(m, 'age', 'x'))
late = Validated()
Model.late = late
t(lambda: setattr(m, 'late', 1))
class Meta2(type):
    def __setattr__(cls, k, v):
        print('meta setattr', k)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print('meta delattr', k)
        super().__delattr__(k)
class W(metaclass=Meta2): pass
W.x = 1; print(W.x); del W.x
t(lambda: W.x)
class MetaGA(type):
    def __getattribute__(cls, n):
        if n == 'magic': return 'from meta getattribute'
        return super().__getattribute__(n)
class V(metaclass=MetaGA):
    real = 1
print(V.magic, V.real, V.__name__)
