# functions2: keyword-only parameters after * and *args, defaults, required kw-only, error messages
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(1, b=2, c=4), f(a=0, c=1, b=9))
for call in [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(b=1), lambda: f(1, b=2, d=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*args, key, flag=False):
    return (args, key, flag)
print(g(key=1), g(1, 2, key=3), g(1, key=2, flag=True))
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def h(*, x, y, z):
    return x + y + z
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(h(z=1, y=2, x=3))
def defaults_order(a, b=2, *, c, d=4, e):
    return (a, b, c, d, e)
print(defaults_order(1, c=3, e=5), defaults_order(1, 9, e=0, c=0, d=0))
print(f.__kwdefaults__, g.__kwdefaults__, h.__kwdefaults__, defaults_order.__kwdefaults__)
print(f.__code__.co_kwonlyargcount, f.__code__.co_argcount, h.__code__.co_kwonlyargcount)
def kw_then_kwargs(*, a, **rest):
    return a, rest
print(kw_then_kwargs(a=1, b=2, c=3))
try:
    kw_then_kwargs(b=2)
except TypeError as e:
    print(type(e).__name__, e)
