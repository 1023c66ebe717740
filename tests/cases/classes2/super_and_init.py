# classes: super() in all its forms, constructor argument errors, __new__/__init__ protocol
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    @property
    def p(self): return 'A.p'
    x = 'A.x'
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
    @staticmethod
    def s(): return 'B.s>' + super(B, B).s()
    @property
    def p(self): return 'B.p>' + super().p
    x = 'B.x'
class C(A):
    def f(self): return 'C.f>' + super().f()
class D(B, C):
    def f(self): return 'D.f>' + super().f()
    def g(self):
        return super().x, super(B, self).x, super(C, self).f()
print(D().f(), D.c(), D.s(), D().p, D().g(), D.__mro__)
def outside(self): return super().f()
t(lambda: outside(D()))
class E(A):
    def f(self):
        def inner(): return super().f()
        return inner()
t(lambda: E().f())
class F(A):
    def f(self):
        return [super().f() for _ in range(1)]
t(lambda: F().f())
class G(A):
    def f(self):
        del self
        return super().f()
t(lambda: G().f())
class H(A):
    def f(*args): return super().f()
t(lambda: H().f())
class I(A):
    def f(self):
        self = 5
        return super().f()
t(lambda: I().f())
s = super(B, D())
t(lambda: s.f())
t(lambda: s.__thisclass__)
t(lambda: s.__self_class__)
t(lambda: type(s.__self__).__name__)
t(lambda: super(B).__self__)
t(lambda: super(B).f)
t(lambda: super(B, D).f.__qualname__)
t(lambda: super(B, D).f(D()))
t(lambda: super(D, D()).nonexistent)
t(lambda: super())
t(lambda: super(int, 'x'))
t(lambda: super(str, 'x').upper())
t(lambda: super(int, 5).__add__(1))
t(lambda: super(object, 5).__repr__())
class J:
    def __init__(self):
        super().__init__()
        self.ok = True
class K(J, dict): pass
t(lambda: K().ok)
class M(list):
    def append(self, x): super().append(x * 2)
m = M(); m.append(2); print(m)
class N(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v + 1)
    def __getitem__(self, k): return super().__getitem__(k) * 10
n = N(); n['a'] = 1; print(n['a'], dict(n), n.get('a'))
class SetAttrSuper:
    def __setattr__(self, k, v): super().__setattr__(k, v * 3)
o = SetAttrSuper(); o.v = 2; print(o.v)
class InitArgs:
    def __init__(self, a, b=2, *c, d, **e): self.all = (a, b, c, d, e)
print(InitArgs(1, d=4).all, InitArgs(1, 2, 3, d=4, z=5).all)
t(lambda: InitArgs())
t(lambda: InitArgs(1))
t(lambda: InitArgs(1, d=1, a=2))
class NoInit: pass
t(lambda: NoInit(1))
t(lambda: NoInit(x=1))
class NewOnly:
    def __new__(cls, *a): return super().__new__(cls)
print(type(NewOnly(1, 2)).__name__)
class InitOnly:
    def __init__(self, *a): pass
t(lambda: type(InitOnly(1)).__name__)
class NewRet:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(NewRet())
class InitRet:
    def __init__(self): return 1
t(lambda: InitRet())
class BadNew:
    def __new__(cls, x): return object.__new__(cls, x)
t(lambda: BadNew(1))
class BadInit:
    def __init__(self, x): object.__init__(self, x)
t(lambda: BadInit(1))
