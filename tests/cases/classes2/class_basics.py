# classes: methods, class/static methods, properties, super(), slots, type() errors
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    x = 1
    def __init__(self, v): self.v = v
    def meth(self): return self.v
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(a, b): return a + b
    @property
    def p(self): return self.v * 2
    @p.setter
    def p(self, val): self.v = val // 2
    def __repr__(self): return f"A({self.v!r})"

a = A(3)
print(a, a.meth(), A.cm(), a.cm(), A.sm(1, 2), a.sm(3, 4), a.p)
a.p = 10; print(a.v, a.p)
t(lambda: A.meth())
t(lambda: A.meth(a))
t(lambda: A.p.fget(a))
t(lambda: type(A.__dict__['cm']).__name__)
t(lambda: A.__dict__['sm'].__func__(1, 1))
t(lambda: A.__dict__['cm'].__func__(A))
t(lambda: a.nope)
t(lambda: A.nope)
t(lambda: setattr(a, 'x', 5) or (a.x, A.x))
t(lambda: delattr(a, 'x') or (a.x, A.x))
t(lambda: delattr(a, 'x'))
t(lambda: delattr(A, 'nope'))
t(lambda: A.__name__, )
t(lambda: A.__qualname__)
t(lambda: A.__module__)
t(lambda: A.__bases__)
t(lambda: A.__mro__)
t(lambda: sorted(k for k in A.__dict__ if not k.startswith('__')))
t(lambda: sorted(vars(a)))
t(lambda: A.meth.__qualname__)
t(lambda: a.meth.__self__)
t(lambda: a.meth.__func__ is A.meth)
t(lambda: a.meth == a.meth)
t(lambda: a.meth is a.meth)
t(lambda: A.cm.__self__)
t(lambda: hash(a.meth) == hash(a.meth))
class B(A):
    def meth(self): return super().meth() + 100
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
b = B(1, 2)
print(b.meth(), b.w, b.p, isinstance(b, A), issubclass(B, A), B.__mro__)
t(lambda: super(B, b).meth())
t(lambda: super(B, b).p)
t(lambda: super(B, b).nope)
t(lambda: super(B, B).cm())
t(lambda: super(A, b).meth())
t(lambda: super(B, 1))
t(lambda: super(1, b))
t(lambda: repr(super(B, b)).split(' at ')[0])
class C:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
c = C()
t(lambda: c.a)
t(lambda: c.b)
t(lambda: setattr(c, 'z', 1))
t(lambda: c.__dict__)
t(lambda: C.__slots__)
t(lambda: C.a)
t(lambda: del_(c))
def del_(c):
    del c.a
    return c.a
class D(C):
    pass
d = D()
d.z = 5
print(d.z, d.__dict__, d.a)
class E(C):
    __slots__ = ('c',)
e = E(); e.c = 3
t(lambda: e.__dict__)
t(lambda: (e.a, e.c))
t(lambda: type('X', (), {'a': 1})().a)
t(lambda: type('X', (A,), {})(5).meth())
t(lambda: type('X', (1,), {}))
t(lambda: type('X', (), []))
t(lambda: type(1, 2))
t(lambda: type())
t(lambda: type('X'))
class F:
    pass
F.m = lambda self: 42
print(F().m())
f = F()
f.m = lambda: 7
print(f.m())
t(lambda: F.__doc__)
class G:
    "doc of G"
print(G.__doc__, G().__doc__)
