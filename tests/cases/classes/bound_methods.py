# classes: bound methods, __self__, __func__, method equality, unbound function access
class C:
    def __init__(self, name):
        self.name = name
    def hello(self, greeting="hi"):
        return greeting + " " + self.name
    def __repr__(self):
        return "C(" + self.name + ")"
c = C("bob")
m = c.hello
print(m(), m("yo"))
print(m.__self__, m.__func__.__name__, m.__func__ is C.hello)
print(m.__name__, m.__qualname__)
print(c.hello == c.hello, c.hello != c.hello)
d = C("bob")
print(c.hello == d.hello)
f = C.hello
print(f(c), f(d, "hey"), type(f).__name__, type(m).__name__)
methods = [C(n).hello for n in ["a", "b", "c"]]
print([mm() for mm in methods])
print([mm.__self__ for mm in methods])
def external(self, n):
    return self.name * n
C.rep = external
print(c.rep(3), c.rep.__func__ is external)
c.inst_func = external
try:
    c.inst_func(2)
except TypeError as e:
    print(type(e).__name__, e)
print(c.inst_func(c, 2))
bm = c.hello
c.name = "alice"
print(bm())
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
k = Counter()
inc = k.inc
for _ in range(5):
    inc()
print(k.n)
print(hasattr(m, "__func__"), hasattr(f, "__func__"))
try:
    m.__self__ = None
except AttributeError as e:
    print(type(e).__name__)
