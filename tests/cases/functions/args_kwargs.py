# functions: positional, defaults, keyword args, *args, **kwargs, mixing, errors for bad calls
def f(a, b, c=3, d=4):
    return [a, b, c, d]
print(f(1, 2), f(1, 2, 30), f(1, 2, d=40), f(b=2, a=1), f(1, b=2, d=0, c=9))
def g(*args):
    return args
print(g(), g(1), g(1, "two", [3]), type(g()))
def h(**kwargs):
    return kwargs
print(h(), h(x=1), h(z=1, a=2, m=3))
def mix(a, b=2, *rest, key="k", **extra):
    return [a, b, rest, key, extra]
print(mix(1))
print(mix(1, 5, 6, 7))
print(mix(1, key="K", other=9, more=[1]))
print(mix(0, 1, 2, 3, key=None, z=26))
def kwonly(a, *, scale=10):
    return a * scale
print(kwonly(3), kwonly(3, scale=2))
args = [1, 2, 3]
print(f(*args), f(*args, 99), g(*"abc"), g(*args, *args))
kw = {"c": "C", "d": "D"}
print(f(1, 2, **kw), h(**kw, e=5), mix(*[7, 8, 9], **{"key": 1, "q": 2}))
def defaults_shared(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_shared(1), defaults_shared(2), defaults_shared(3, []))
for bad in range(5):
    try:
        if bad == 0:
            f(1)
        elif bad == 1:
            f(1, 2, 3, 4, 5)
        elif bad == 2:
            f(1, 2, e=5)
        elif bad == 3:
            f(1, 2, a=5)
        else:
            kwonly(1, 2)
    except TypeError as e:
        print("TypeError", e)
def count_args(*a, **k):
    return len(a), len(k), sorted(k)
print(count_args(1, 2, 3, x=1, y=2), count_args())
