# classes: private name mangling of variables in class bodies, methods, nested functions, comprehensions, globals and imports
__g = "module-level __g"
_Holder__g = "mangled global"
class Holder:
    __c = 1
    items = [__i * 2 for __i in range(3)]
    def method(self, __p=5):
        __local = __p + 1
        def inner():
            return __local
        names = sorted(n for n in locals() if "local" in n or "p" in n)
        return inner(), names
    def read_global(self):
        return __g
    def write_global(self):
        global __w
        __w = "written"
    import sys as __os_mod
    def uses_import(self):
        return type(self.__os_mod).__name__
    def kw_defaults(self, *, __k=1):
        return __k
h = Holder()
print(Holder.items, h.method(), h.read_global())
h.write_global()
print(_Holder__w, "__w" in globals())
print(h.uses_import(), Holder.kw_defaults.__kwdefaults__, h.kw_defaults())
print(sorted(k for k in vars(Holder) if k.startswith("_Holder")))
class ___:
    __x = "all underscores: no mangling"
print(___.__dict__["__x"])
class Outer:
    class Inner:
        __v = "inner"
        def get(self):
            return self.__v
    __v = "outer"
    def get(self):
        return self.__v, Outer.Inner().get()
print(Outer().get(), sorted(k for k in vars(Outer.Inner) if "v" in k))
def make():
    class Local:
        def __m(self):
            return "m"
        def call(self):
            return self.__m()
    return Local().call()
print(make())
