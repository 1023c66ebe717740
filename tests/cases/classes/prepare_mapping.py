# classes: __prepare__ returning a mapping that is not a dict: the class body stores, loads and deletes through it
class Recorder:
    def __init__(self):
        self.data = {}
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k))
        self.data[k] = v
    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.data[k]
    def __delitem__(self, k):
        self.log.append(("del", k))
        del self.data[k]
    def keys(self):
        return self.data.keys()
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        print([e for e in ns.log if not e[1].startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns.data))
class C(metaclass=Meta):
    a = 1
    b = a + 1
    tmp = 5
    del tmp
    print_ = len
print(C.a, C.b, hasattr(C, "tmp"), C.print_ is len)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper() if not k.startswith("__") else k, v)
class UMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Upper()
class U(metaclass=UMeta):
    value = 1
    other = 2
print(hasattr(U, "VALUE"), hasattr(U, "value"), U.OTHER)
