# classes: __getattr__ fallback only for missing attributes, interplay with properties raising AttributeError
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self._target, name)
class Target:
    a = 1
    def method(self):
        return "target method"
p = Proxy(Target())
print(p.a)
print(p.method())
print(p._target.a)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Default:
    x = 5
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:] * 2
        raise AttributeError("no " + name)
d = Default()
print(d.x, d.dyn_ab, getattr(d, "dyn_z"), hasattr(d, "other"), getattr(d, "other", "dflt"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
class PropFails:
    @property
    def broken(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "fallback for " + name
print(PropFails().broken)
class PropValueError:
    @property
    def broken(self):
        raise ValueError("value error in property")
    def __getattr__(self, name):
        return "fallback"
try:
    PropValueError().broken
except ValueError as e:
    print(type(e).__name__, e)
class Counter:
    def __init__(self):
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        return self.calls
c = Counter()
print(c.foo, c.bar, c.foo, c.calls)
class NoInit:
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        return self.data
try:
    NoInit().anything
except AttributeError as e:
    print(type(e).__name__, e)
