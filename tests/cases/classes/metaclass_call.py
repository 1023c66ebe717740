# classes: metaclass __call__ controlling instance creation, caching instances, bypassing __init__
class Tracing(type):
    def __call__(cls, *args, **kw):
        print("Tracing.__call__", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        print("created", type(inst).__name__)
        return inst
class P(metaclass=Tracing):
    def __new__(cls, *a, **k):
        print("P.__new__")
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("P.__init__", x, y)
        self.x = x
p = P(1, y=2)
print(p.x)
class Cached(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls._cache = {}
    def __call__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__call__(key)
        return cls._cache[key]
class Sym(metaclass=Cached):
    def __init__(self, name):
        print("making", name)
        self.name = name
a = Sym("a")
b = Sym("b")
a2 = Sym("a")
print(a is a2, a is b, sorted(Sym._cache))
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Q(metaclass=NoInit):
    def __init__(self):
        print("not called")
q = Q(1, 2, 3)
print(q.args)
class Const(type):
    def __call__(cls, *args):
        return 42
class K(metaclass=Const): pass
print(K(), K("x"))
print(type(P).__name__, type(Sym).__name__, isinstance(P, Tracing))
