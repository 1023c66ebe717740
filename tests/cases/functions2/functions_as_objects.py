# functions2: functions stored in containers, passed and returned, hashable, compared by identity, attributes
def a(): return "a"
def b(): return "b"
fns = [a, b, a]
print([f() for f in fns], fns.count(a), fns.index(b))
d = {a: 1, b: 2}
print(d[a], len({a, b, a}))
print(a == a, a == b, a != b, callable(a))
def apply(f, *args):
    return f(*args)
print(apply(len, "abc"), apply(max, 1, 5, 3), apply(apply, abs, -4))
def make_multiplier(k):
    def mul(x):
        return x * k
    mul.k = k
    return mul
ms = [make_multiplier(k) for k in range(1, 4)]
print([m(10) for m in ms], [m.k for m in ms], ms[0] is not ms[1], ms[0].__code__ is ms[1].__code__)
def dispatcher(op):
    return {"neg": lambda x: -x, "dbl": lambda x: 2 * x}.get(op, lambda x: x)
print(dispatcher("neg")(3), dispatcher("dbl")(3), dispatcher("zz")(3))
print(type(a).__name__, type(len).__name__, type(print).__name__, type([].append).__name__)
print(len.__name__, print.__name__, [].append.__name__, len.__qualname__, [].append.__qualname__)
print(len.__module__, callable(len), callable(3))
chain = [str.upper, str.strip, lambda s: s.replace(" ", "_")]
val = "  hello world "
for f in chain:
    val = f(val)
print(repr(val))
print(sorted([b, a], key=lambda f: f.__name__)[0]())
