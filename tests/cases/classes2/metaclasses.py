# classes: __init_subclass__, metaclasses with __prepare__/__call__, __class_getitem__, __set_name__, type() checks
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(A.tag, B.tag, Base.registry)
t(lambda: type('C', (Base,), {}, tag='c').tag)
try:
    class Bad(Base, nope=1): pass
except TypeError as e: print('TypeError', e)
try:
    class Bad2(nope=1): pass
except TypeError as e: print('TypeError', e)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('call', cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls): return f'<Meta {cls.__name__}>'
    def __len__(cls): return 7
    def __getitem__(cls, k): return (cls.__name__, k)
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, x): return x == 'in'
    def __instancecheck__(cls, o): return o == 'inst'
    def __subclasscheck__(cls, c): return c is int
class M(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v): self.v = v
print(M, M.injected, type(M), len(M), M['k'], list(M), 'in' in M, isinstance('inst', M), isinstance(M(1), M), issubclass(int, M), issubclass(str, M))
m = M(5); print(m.v)
class MM(M): pass
print(type(MM), MM)
t(lambda: Meta.__prepare__('X', ()))
t(lambda: type.__prepare__('X', (), a=1))
t(lambda: type(M).__mro__)
class GI:
    def __class_getitem__(cls, item): return f'{cls.__name__}[{item!r}]'
print(GI[int], GI['x'], GI[1, 2])
class GI2(GI): pass
print(GI2[str])
t(lambda: Base[int])
t(lambda: list[int])
t(lambda: dict[str, int])
t(lambda: type(list[int]).__name__)
t(lambda: list[int]([1,2]))
t(lambda: list[int].__origin__)
t(lambda: list[int].__args__)
t(lambda: int | str)
t(lambda: isinstance(1, int | str))
t(lambda: issubclass(bool, int | None))
class SN:
    def __set_name__(self, owner, name): print('SN', owner.__name__, name)
class Owner:
    a = SN()
    b = SN()
Owner.c = SN()
class SNBad:
    def __set_name__(self, owner, name): raise ValueError('bad')
try:
    class O2:
        x = SNBad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst: cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self): print('One init')
print(One() is One())
def deco(cls):
    cls.decorated = True
    return cls
@deco
class DC: pass
print(DC.decorated)
class NS(dict):
    def __setitem__(self, k, v):
        print('ns set', k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(m, n, b): return NS()
class U(metaclass=M2):
    a = 1
    def f(self): pass
print(sorted(k for k in U.__dict__ if not k.startswith('__')))
t(lambda: type.__new__(type, 'Z', (), {}).__name__)
t(lambda: type.__new__(1, 'Z', (), {}))
t(lambda: type.__new__(int, 'Z', (), {}))
t(lambda: type('Z', (), {'__slots__': ('a', 'a')}))
t(lambda: type('Z', (), {'__slots__': 1}))
t(lambda: type('Z', (), {'__slots__': ('1a',)}))
t(lambda: type('Z', (), {'__slots__': ('__dict__', '__dict__')}))
t(lambda: type('Z', (int,), {'__slots__': ('a',)}))
t(lambda: type('Z', (bool,), {}))
t(lambda: type('Z', (int, str), {}))
t(lambda: type('Z', (object, object), {}))
class X1: pass
class X2(X1): pass
t(lambda: type('Z', (X1, X2), {}))
t(lambda: type('Z', (X2, X1), {}).__mro__)
t(lambda: M.__class__)


t(lambda: X2.mro())
t(lambda: type(X1).__call__(X1).__class__)
t(lambda: object.__init_subclass__())
t(lambda: X1.__init_subclass__())
t(lambda: type.__init__(X1))
