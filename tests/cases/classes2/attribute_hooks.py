# classes: __getattr__/__getattribute__/__setattr__/__delattr__, descriptors, property errors
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class GA:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'): return name.upper()
        raise AttributeError(f"no {name}")
g = GA()
t(lambda: g.real); t(lambda: g.xyz); t(lambda: g.abc); t(lambda: getattr(g, 'abc', 'dflt')); t(lambda: hasattr(g, 'abc')); t(lambda: hasattr(g, 'xa'))
class GAT:
    def __getattribute__(self, name):
        if name == 'secret': raise AttributeError('hidden')
        if name == 'boom': raise ValueError('boom')
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback:' + name
    a = 5
o = GAT()
t(lambda: o.a); t(lambda: o.secret); t(lambda: o.zzz); t(lambda: o.boom); t(lambda: hasattr(o, 'boom'))
class SA:
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        print('del', k)
        object.__delattr__(self, k)
s = SA(); s.x = 3; print(s.x, s.__dict__); del s.x; print(s.__dict__)
t(lambda: delattr(s, 'nope'))
t(lambda: object.__setattr__(1, 'a', 1))
t(lambda: object.__setattr__(s, 1, 1))
t(lambda: object.__getattribute__(s, 'nope'))
t(lambda: setattr(1, 'a', 2))
t(lambda: setattr('x', 'upper', 2))
t(lambda: (1).a)
t(lambda: 'x'.nope)
t(lambda: [].nope)
t(lambda: None.nope)
t(lambda: len.nope)
t(lambda: int.nope)
t(lambda: type.nope)
t(lambda: object().x)
t(lambda: setattr(object(), 'x', 1))
t(lambda: delattr(object(), 'x'))
t(lambda: (lambda: 0).nope)
t(lambda: getattr(1, 2))
t(lambda: getattr(1))
t(lambda: setattr(GA, 'y', 1) or GA.y)
t(lambda: delattr(int, 'real'))
t(lambda: setattr(int, 'real', 1))
t(lambda: setattr(int, 'foo', 1))
t(lambda: (1).real.__class__)
t(lambda: setattr((1), 'real', 1))
t(lambda: delattr((1), 'real'))
class Desc:
    def __get__(self, obj, typ=None):
        return ('get', type(obj).__name__, typ.__name__)
    def __set__(self, obj, v): print('Desc.set', v)
    def __delete__(self, obj): print('Desc.delete')
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
class ND:
    def __get__(self, obj, typ=None): return 'nd'
class H:
    d = Desc()
    n = ND()
h = H()
print(h.d, H.d); h.d = 5; del h.d
h.__dict__['d'] = 'inst'; print(h.d)
h.__dict__['n'] = 'inst'; print(h.n, H.n)
class OnlySet:
    def __set__(self, obj, v): print('OnlySet.set')
class K:
    s = OnlySet()
k = K()
print(type(k.s).__name__); k.s = 1; k.__dict__['s'] = 2; print(k.s)
class P:
    @property
    def x(self): return 1
t(lambda: setattr(P(), 'x', 2))
t(lambda: delattr(P(), 'x'))
class P2:
    def getx(self): raise AttributeError('inner')
    x = property(getx)
    def __getattr__(self, n): return 'ga:' + n
t(lambda: P2().x)
p = property(doc='hello')
t(lambda: p.__doc__)
t(lambda: property().__get__(1))
t(lambda: property(lambda s: 5).__get__(1))
t(lambda: property(lambda s: 5).__get__(None, int) is not None)
t(lambda: property().__set__(1, 2))
t(lambda: property().__delete__(1))
class Q:
    @property
    def v(self):
        "the v doc"
        return 1
print(Q.v.__doc__)
t(lambda: Q.v.fset)
t(lambda: Q.v.deleter(lambda s: None).fdel is not None)
