# classes: callable(), classes as factories, instances with __call__, calling a non-callable instance
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), list(map(add5, [1, 2, 3])))
class Plain:
    pass
print(callable(Plain()), callable(Plain))
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
def call_it(f, *a):
    return f(*a)
print(call_it(Adder, 1).n, call_it(add5, 1), call_it(int, "7"), call_it(list, "ab"))
class CallableCls:
    def __call__(self):
        return "instance called"
    @classmethod
    def build(cls):
        return cls()
print(CallableCls.build()())
class Seq:
    def __init__(self):
        self.calls = []
    def __call__(self, *args, **kw):
        self.calls.append((args, sorted(kw.items())))
        return self
s = Seq()
s(1)(2, 3)(k=4)
print(s.calls)
ctor = type(s)
print(type(ctor()).__name__)
p = Plain()
p.__call__ = lambda: "instance attribute __call__"
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
Plain.__call__ = lambda self: "class attribute __call__"
print(p(), callable(Plain()))
