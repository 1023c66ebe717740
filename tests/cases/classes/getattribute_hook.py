# classes: __getattribute__ intercepting all lookups, object.__getattribute__, fallback to __getattr__
class Spy:
    def __init__(self):
        self.value = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value + 1
s = Spy()
print(s.value)
print(s.method())
print(type(s).__name__)
class Redirect:
    secret = "hidden"
    def __getattribute__(self, name):
        if name == "secret":
            return "redacted"
        return super().__getattribute__(name)
r = Redirect()
print(r.secret, Redirect.secret, object.__getattribute__(r, "secret"))
class WithFallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom is missing")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
w = WithFallback()
print(w.boom, w.nothing)
class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Raises().x
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(WithFallback(), "boom"))
class Upper:
    def __init__(self):
        self.name = "bob"
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
print(Upper().name)
try:
    object.__getattribute__(Upper(), "zz")
except AttributeError as e:
    print(type(e).__name__, e)
print(len([1, 2]).__class__.__name__)
