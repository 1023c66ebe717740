# functions2: positional-only parameters (/), passing them as keywords, mixing with kwargs of same name
def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, d=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2, y=3))
def h(a, b=10, /):
    return a + b
print(h(1), h(1, 2))
try:
    h(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
def only(a, /):
    return a
try:
    only(a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
def all_kinds(p1, p2=2, /, pk=3, *args, k1, k2=5, **kw):
    return (p1, p2, pk, args, k1, k2, kw)
print(all_kinds(1, k1=4))
print(all_kinds(1, 2, 3, 4, 5, k1=6, p1="kw-p1", p2="kw-p2"))
print(all_kinds.__defaults__, all_kinds.__kwdefaults__)
try:
    all_kinds(1, 2, 3, pk=4, k1=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(obj=[])
except TypeError as e:
    print(type(e).__name__, e)
