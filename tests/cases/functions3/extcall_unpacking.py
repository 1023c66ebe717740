# functions3: call-site unpacking (test_extcall, test_positional_only_arg):
# bad * and ** operands, duplicate keywords, keys() returning a
# non-iterable, positional-only parameters, evaluation order.
def t(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(*a, **k): return a, k
def g(a, b=2): return a, b
t(lambda: f(*None))
t(lambda: f(**None))
t(lambda: f(1, *2))
t(lambda: f(1, **[1]))
t(lambda: f(**{1: 2}))
t(lambda: g(1, **{'a': 2}))
t(lambda: g(*[1], a=2))
t(lambda: g(**{'a': 1}, **{'a': 2}))
t(lambda: g(**{'c': 1, 'a': 1}))
t(lambda: (lambda: 0)(**{}))
t(lambda: (lambda: 0)(*()))
t(lambda: len(*[[1, 2]]))
t(lambda: dict(**{'a': 1}, b=2))
t(lambda: "{a}".format(**{'a': 1}))
t(lambda: max(*[3, 1, 2]))
t(lambda: max(*[]))
class Nope:
    def __iter__(self): raise ZeroDivisionError("in iter")
t(lambda: f(*Nope()))
class BadKeys:
    def keys(self): return 1
t(lambda: f(**BadKeys()))
class GI:
    def keys(self): return ["x"]
    def __getitem__(self, k): raise KeyError(k)
t(lambda: f(**GI()))
def posonly(a, b, /, c=3, *, d=4): return a, b, c, d
t(lambda: posonly(1, 2))
t(lambda: posonly(1, 2, 3, d=5))
t(lambda: posonly(1, b=2))
t(lambda: posonly(1))
print(posonly.__code__.co_posonlyargcount, posonly.__code__.co_argcount, posonly.__code__.co_kwonlyargcount)
def po_kw_same(a, /, **kw): return a, kw
t(lambda: po_kw_same(1, a=2, b=3))
lam = lambda a, /, b: (a, b)
t(lambda: lam(1, b=2))
t(lambda: lam(a=1, b=2))
def many(a, b, c, /, d, e, *, f, g): pass
t(lambda: many(1, 2, 3, 4, 5, 6))
t(lambda: many(1, 2, 3, 4, f=1, g=2))
t(lambda: many(1, 2, a=1, d=4, e=5, f=6, g=7))
class M:
    def meth(self, a, /, b): return a, b
t(lambda: M().meth(1, 2))
t(lambda: M().meth(a=1, b=2))
t(lambda: M.meth(M(), 1, b=2))
# keyword-only with defaults not in order
def kwd(*, a=1, b, c=3): return a, b, c
t(lambda: kwd(b=2))
t(lambda: kwd())
print(kwd.__kwdefaults__)
# **kwargs receives a fresh dict
def kwcopy(**kw):
    kw['new'] = 1
    return kw
d = {'x': 1}
print(kwcopy(**d), d)
# *args is a tuple even from a list
def argtype(*a): return type(a).__name__
print(argtype(*[1, 2]))
# unpacking order of evaluation
def v(x): print("eval", x); return x
f(v(1), *[v(2)], v(3), k=v(4), **{'m': v(5)})
