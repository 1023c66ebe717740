# functions3: argument errors of built-in functions, types and methods
# (counts before names, 'takes no keyword arguments'), and of classes'
# __init__/__new__, generators and coroutine functions.
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
t(int, "1", base=10, foo=1)
t(int, "1", 10, 3)
t(int, x=1)
t(float, 1, 2)
t(float, x=1)
t(str, 1, 2, 3, 4)
t(str, foo=1)
t(bool, 1, 2)
t(list, 1, 2)
t(tuple, x=1)
t(range)
t(range, 1, 2, 3, 4)
t(range, x=1)
t(enumerate)
t(zip, x=1)
t(map, abs)
t(filter)
t(min, [])
t(sum, [1], 2, 3)
t(round, 1, 2, 3)
t(pow, 1)
t(hash, 1, 2)
t(id)
t(repr)
t(iter)
t(next)
t(setattr, 1, 2)
t(hasattr, 1)
t(type, 1, 2)
t(object, 1)
t(dict.fromkeys)
t(str.join, "a")
t("a".join)
t("a".split, 1, 2, 3)
t([].append)
t([].append, 1, 2)
t({}.get)
t({}.pop)
t(set().add)
t(bytes, 1, 2, 3, 4)
class C:
    def __init__(self, a): pass
t(C)
t(C, 1, 2)
t(C, b=1)
class D:
    pass
t(D, 1)
t(D, x=1)
class E:
    def __new__(cls, a): return super().__new__(cls)
t(E)
t(E, 1, 2)
def deep(a, b, c, d, e): pass
t(deep, 1, 2)
t(deep, 1, 2, e=5)
def kwo(*, a, b, c): pass
t(kwo, a=1)
t(kwo, 1, 2, a=1)
def mixed(a, b=1, *, c, d=2): pass
t(mixed, 1, 2, 3)
t(mixed, 1, 2, 3, c=1)
t(mixed, c=1)
def varkw(**kw): return kw
t(varkw, 1)
print(varkw(**{"a": 1}, b=2))
try:
    varkw(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
def po(a, /): return a
t(po, a=1)
def po2(a, b, /, c): pass
t(po2, a=1, b=2, c=3)
t(po2, 1, b=2, c=3)
def pokw(a, /, **kw): return a, kw
print(pokw(1, a=2))
t(lambda *, a: a)
t(lambda a, *, b: a, 1, 2)
def gen(a):
    yield a
t(gen)
t(gen, 1, 2)
async def co(a): pass
t(co)
