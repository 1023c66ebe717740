# functions3: CPython's TypeError messages for bad calls (test_extcall,
# test_keywordonlyarg, test_positional_only_arg), annotations and defaults.
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except TypeError as e:
        print("TypeError:", e)

def f(a, b, c=3, *, d, e=5): return (a, b, c, d, e)
t(f, 1, 2, d=4)
t(f, 1, 2)
t(f, 1)
t(f)
t(f, 1, 2, 3, 4, d=1)
t(f, 1, 2, d=4, g=7)
t(f, 1, 2, d=4, a=1)
t(f, 1, b=2, d=4, c=9)
t(f, 1, 2, 3, 4, 5)
def g(a, b, /, c, *, d): return (a, b, c, d)
t(g, 1, 2, 3, d=4)
t(g, 1, b=2, c=3, d=4)
t(g, a=1, b=2, c=3, d=4)
t(g, 1, 2, c=3)
t(g, 1, 2)
def h(a, /, **kw): return a, kw
t(h, 1, a=2)
def k(*, a): return a
t(k, 1)
t(k)
t(k, 1, 2, a=3)
def kk(x, *, a, b): return a
t(kk, 1)
t(kk, 1, 2)
t(kk, 1, 2, 3, a=1)
def noargs(): pass
t(noargs, 1)
t(noargs, x=1)
t(noargs, 1, 2)
def one(x): pass
t(one)
t(one, 1, 2)
t(one, y=1)
t(one, 1, x=1)
def two(x, y): pass
t(two)
t(two, 1)
t(two, y=1)
def three(x, y, z): pass
t(three)
t(three, 1)
def defs(a, b=1, c=2): pass
t(defs)
t(defs, 1, 2, 3, 4)
def var(a, *args): pass
t(var)
t(var, b=1)
def po_only(a, b, /): pass
t(po_only, 1, b=2)
t(po_only, a=1, b=2)
t(po_only, 1, 2, 3)
def po_def(a, b=2, /): return a, b
t(po_def, 1)
t(po_def)
t(po_def, 1, 2, 3)
def kwo_many(*, a, b, c): pass
t(kwo_many)
t(kwo_many, a=1)
class C:
    def m(self, x): return x
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return x
t(C().m)
t(C().m, 1, 2)
t(C.m, 1)
t(C.s)
t(C.c)
t(C().m, x=1, y=2)
t(lambda: 0, 1)
t(lambda x, /: x, x=1)
t(len)
t(len, 1, 2)
t(len, [1], x=1)
t(dict, 1, 2)
t(sorted, [1], 2)
t(print, sep=1)
t(max)
t(divmod, 1)
t(isinstance, 1)
t(getattr, 1)
t(abs, x=1)
def ann(a: int, b: "str" = "x", *args: float, c: int = 3, **kw: dict) -> None: pass
print(ann.__annotations__)
print(ann.__defaults__, ann.__kwdefaults__)
def nokw(a, b=[]): pass
print(nokw.__kwdefaults__, nokw.__defaults__)
def f2(*args, **kwargs): return args, kwargs
print(f2(1, *[2, 3], 4, *(), x=1, **{'y': 2}, z=3))
class Mapping:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
print(f2(**Mapping()))
class BadMap:
    def keys(self): return [1]
    def __getitem__(self, k): return k
t(f2, **BadMap()) if False else None
try:
    f2(**BadMap())
except TypeError as e: print("TypeError:", e)
