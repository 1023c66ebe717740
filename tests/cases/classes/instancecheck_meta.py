# classes: __instancecheck__ and __subclasscheck__ on metaclasses, used by isinstance/issubclass
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__, obj if isinstance(obj, (int, str)) else "-")
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub.__name__.startswith("Even")
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even))
print(isinstance(3, Even))
print(isinstance("x", Even))
print(isinstance(4, (str, Even)))
class EvenThing: pass
class Odd: pass
print(issubclass(EvenThing, Even))
print(issubclass(Odd, Even))
print(issubclass(Odd, (int, Even)))
e = Even()
print("exact type:", isinstance(e, Even))
class Sub(Even):
    pass
print(isinstance(Sub(), Even))
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Quacker(metaclass=Duck):
    pass
class D1:
    def quack(self): pass
class D2:
    pass
print(isinstance(D1(), Quacker), isinstance(D2(), Quacker))
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"
class T(metaclass=Truthy): pass
print(isinstance(1, T))
class Zero(type):
    def __subclasscheck__(cls, sub):
        return 0
class Z(metaclass=Zero): pass
print(issubclass(int, Z))
