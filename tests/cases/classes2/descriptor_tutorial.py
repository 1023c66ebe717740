# classes: descriptor tutorial patterns (dict subclasses with defaults, __slots__ on dict subclasses, static/class methods as objects, metaclass __new__, custom mro(), __getattribute__ logging, augmented assignment on items and attributes)
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class defaultdict(dict):
    def __init__(self, default=None):
        dict.__init__(self)
        self.default = default
    def __getitem__(self, key):
        try:
            return dict.__getitem__(self, key)
        except KeyError:
            return self.default
    def get(self, key, *args):
        if not args:
            args = (self.default,)
        return dict.get(self, key, *args)
    def merge(self, other):
        for key in other:
            if key not in self:
                self[key] = other[key]
a = defaultdict(default=0.0)
print(a, a[1], a.get(1), a.default)
a[1] = 3.25; print(a, a[1], type(a).__name__, a.__class__.__name__, isinstance(a, dict))
a.merge({1: 100, 2: 200}); print(sorted(a.keys()), sorted(a.items()))
print(a.__dict__, sorted(k for k in type(a).__dict__ if not k.startswith('__')))
class defaultdict2(dict):
    __slots__ = ['default']
    def __init__(self, default=None):
        dict.__init__(self)
        self.default = default
    def __getitem__(self, key):
        try:
            return dict.__getitem__(self, key)
        except KeyError:
            return self.default
a2 = defaultdict2(default=0.0); print(a2[1], a2.default)
t(lambda: setattr(a2, 'x1', 1))
t(lambda: a2.__dict__)
class C:
    @staticmethod
    def foo(x, y): return x, y
    @classmethod
    def bar(cls, y): return cls.__name__, y
print(C.foo(1, 2), C().foo(3, 4), C.bar(1), C().bar(2))
class D(C): pass
print(D.bar(1), D().bar(2), D.foo(5, 6))
sm = staticmethod(lambda: 'sm'); cm = classmethod(lambda cls: cls)
print(sm.__get__(None, C)(), cm.__get__(None, C), cm.__get__(C()), type(sm).__name__, callable(sm))
t(lambda: sm())
t(lambda: staticmethod())
t(lambda: classmethod(1, 2))
t(lambda: classmethod(1).__get__(None, C)())
print(C.__dict__['foo'].__func__.__name__, C.__dict__['bar'].__func__.__name__, C.__dict__['foo'].__wrapped__.__name__)
class Prop:
    def __init__(self): self.__x = 0
    def getx(self): return self.__x
    def setx(self, x):
        if x < 0: x = 0
        self.__x = x
    x = property(getx, setx, doc='the x')
pp = Prop(); pp.x = 5; print(pp.x); pp.x = -5; print(pp.x, Prop.x.__doc__, sorted(pp.__dict__))
t(lambda: delattr(pp, 'x'))
class Meta(type):
    def __new__(m, name, bases, ns):
        ns['added'] = name.lower()
        return type.__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta): pass
print(WithMeta.added, type(WithMeta).__name__, Meta.__new__ is type.__new__, type(Meta.__dict__['__new__']).__name__)
class Sub(WithMeta): pass
print(Sub.added, type(Sub).__name__)
class A: x = 'a'
class B(A): pass
class C2(A): x = 'c'
class D2(B, C2): pass
print(D2.x, [k.__name__ for k in D2.__mro__], D2.mro() == list(D2.__mro__))
class MyMRO(type):
    def mro(cls): return [cls, object]
class Weird(A, metaclass=MyMRO): pass
t(lambda: Weird.__mro__)
t(lambda: Weird.x)
class Obj:
    def __getattribute__(self, n):
        print('getattribute', n)
        return object.__getattribute__(self, n)
o = Obj(); o.q = 1; print(o.q)
print(type(o).__name__, o.__class__.__name__)
t(lambda: str(o)[:11])
class Num:
    def __init__(s, v): s.v = v
    def __add__(s, o): return Num(s.v + o)
    def __iadd__(s, o): s.v += o * 100; return s
    def __repr__(s): return f'Num({s.v})'
n = Num(1); n2 = n; n += 1; print(n, n2, n is n2)
l = [Num(1)]; l[0] += 1; print(l)
d = {'k': Num(1)}; d['k'] += 2; print(d)
class Holder: pass
h = Holder(); h.n = Num(0); h.n += 3; print(h.n)
class AttrCounter:
    def __init__(self): object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v): self.log.append(k); object.__setattr__(self, k, v)
ac = AttrCounter(); ac.a = 1; ac.a += 1; print(ac.log, ac.a)
