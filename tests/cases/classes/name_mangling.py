# classes: private name mangling __x -> _C__x, in attributes, methods, getattr strings, subclasses
class A:
    def __init__(self):
        self.__secret = "A secret"
        self.__dunder__ = "not mangled"
        self._single = "single"
    def reveal(self):
        return self.__secret
    def __private(self):
        return "A private"
    def call_private(self):
        return self.__private()
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B secret"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b())
print(sorted(vars(b)))
print(b._A__secret, b._B__secret, b.call_private(), b._A__private())
try:
    b.__secret
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b.__private()
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(b, "_A__secret"), hasattr(b, "__secret"))
class _Under:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Under())))
class __Dunder:
    def __init__(self):
        self.__x = 2
print(sorted(vars(__Dunder())))
class M:
    __cls = "class private"
    def get(self):
        return M.__cls, self.__cls
print(M().get(), "_M__cls" in M.__dict__)
class Glob:
    def f(self):
        __mangled_global = 5
        return locals()
print(sorted(Glob().f()))
class Kw:
    def f(self, __arg):
        return __arg
    def g(self, **kw):
        return kw
print(Kw().f(3), Kw().g(__x=1))
