# classes: call-argument errors of methods and constructors, local classes, annotations, match on class patterns, context managers, item protocols
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def m(self, x): return x
    def n(self): return 1
    @classmethod
    def c(cls, x): return x
    @staticmethod
    def s(x): return x
    def __init__(self, a, *, b=1): pass
a = A(1)
t(lambda: a.m())
t(lambda: a.m(1, 2))
t(lambda: a.n(1))
t(lambda: A.n())
t(lambda: A.m(a))
t(lambda: a.c())
t(lambda: A.s())
t(lambda: a.m(y=1))
t(lambda: a.m(1, x=2))
t(lambda: A())
t(lambda: A(1, 2))
t(lambda: A(1, c=2))
t(lambda: A(1, b=2, b2=3))
def outer():
    class Local:
        def meth(self): pass
    return Local
L = outer()
print(L.__qualname__, L.meth.__qualname__, repr(L).split(' at')[0])
t(lambda: L().meth(1))
t(lambda: L(1))
class WithAnn:
    x: int
    y: str = 'a'
    def f(self, a: int) -> str: pass
print(WithAnn.__annotations__, WithAnn.f.__annotations__, hasattr(WithAnn, 'x'), WithAnn.y)
class MA:
    __match_args__ = ('a', 'b')
    def __init__(s, a, b): s.a, s.b = a, b
match MA(1, 2):
    case MA(1, b): print('matched', b)
match MA(1, 2):
    case MA(a=1, b=3): print('no')
    case MA(x, y): print('pos', x, y)
def mtest(v):
    match v:
        case MA(1, 2, 3): return 'three'
        case _: return 'other'
t(lambda: mtest(MA(1, 2)))
class NoMA:
    pass
def mtest2(v):
    match v:
        case NoMA(x): return x
t(lambda: mtest2(NoMA()))
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with Ctx() as c:
    raise ValueError('swallowed')
print('after')
class NoCtx: pass
def w():
    with NoCtx(): pass
t(w)
class HalfCtx:
    def __enter__(self): pass
def w2():
    with HalfCtx(): pass
t(w2)
class Callable:
    def __call__(self, x): return x
t(lambda: Callable()())
t(lambda: Callable()(1, 2))
class Exc(Exception):
    def __init__(self): super().__init__('fixed')
t(lambda: (_ for _ in ()).throw(Exc))
try:
    raise Exc
except Exc as e:
    print(repr(e), e.args)
class NotExc: pass
def r(): raise NotExc
t(r)
def r2(): raise NotExc()
t(r2)
class Getitem:
    def __getitem__(self, k): return k
g = Getitem()
print(g[1], g[1:2], g[1:2:3], g[...], g[1, 2], g[:, 1], g['a'])
t(lambda: g.__setitem__)
def si(): g[1] = 2
t(si)
def di(): del g[1]
t(di)
t(lambda: len(g))
class SetOnly:
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
so = SetOnly(); so[1] = 2; so[1:3] = 'x'; del so[0]; del so[::2]
t(lambda: so[1])
