# classes: isinstance consults __class__ (e.g. a property or proxy) as a fallback; type() does not
class Real:
    pass
class Proxy:
    def __init__(self, target):
        self._target = target
    @property
    def __class__(self):
        return type(self._target)
p = Proxy(Real())
print(isinstance(p, Real), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)
print(issubclass(type(p), Real))
class Liar:
    __class__ = int
l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l) is Liar, l.__class__ is int)
class Meta(type):
    def __instancecheck__(cls, obj):
        print("Meta.__instancecheck__ consulted")
        return False
class Strict(metaclass=Meta):
    pass
print(isinstance(Strict(), Strict))
print(isinstance(3, Strict))
class Fake:
    @property
    def __class__(self):
        raise AttributeError("no class for you")
print(isinstance(Fake(), Fake), isinstance(Fake(), int))
