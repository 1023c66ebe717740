# protocols: __call__ with positional/keyword/star args, callable objects as methods/keys, nested call chains
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1, **kw):
        print("call", x, rest, scale, sorted(kw.items()))
        return x * self.k * scale
m = Multiplier(3)
print(m(2))
print(m(2, 9, 8, scale=10, extra="e"))
print(m(*[4], **{"scale": 2}))
print(sorted([3, 1, 2], key=Multiplier(-1)))
class Composed:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
inc = lambda x: x + 1
dbl = Multiplier(2)
print(Composed(inc, dbl)(5))
class Holder:
    method_like = Multiplier(100)
h = Holder()
print(h.method_like(1))
try:
    m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m(1, bogus=2, x=3)
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
    def __call__(self, *args):
        return ".".join(self.path) + str(args)
print(Chain().a.b.c(1, 2))
class CallCount:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
cc = CallCount()
for _ in range(3000):
    cc()
print(cc.n)
class Meta(type):
    def __call__(cls, *a):
        return ("meta call", cls.__name__, a)
class K(metaclass=Meta):
    def __call__(self):
        return "instance call"
print(K(1, 2))
