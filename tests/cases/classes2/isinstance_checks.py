# classes: isinstance/issubclass with tuples, __class__, metaclass checks, abstract __bases__, __class__ assignment
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
class C: pass
t(lambda: isinstance(B(), A))
t(lambda: isinstance(B(), (C, A)))
t(lambda: isinstance(B(), (C, (int, A))))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (str, 1)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(B, (C, A)))
t(lambda: issubclass(bool, int))
t(lambda: issubclass(int, object))
t(lambda: issubclass(type, object))
t(lambda: isinstance(type, type))
t(lambda: isinstance(object, type))
t(lambda: isinstance(int, object))
t(lambda: isinstance(A, type))
t(lambda: isinstance(None, type(None)))
class Fake:
    __class__ = A
t(lambda: isinstance(Fake(), A))
t(lambda: type(Fake()) is Fake)
t(lambda: Fake().__class__)
class Prop:
    @property
    def __class__(self): return int
t(lambda: isinstance(Prop(), int))
t(lambda: isinstance(Prop(), Prop))
class MetaAny(type):
    def __instancecheck__(cls, inst): print('check', type(inst).__name__); return True
    def __subclasscheck__(cls, sub): print('subcheck', sub.__name__); return False
class Any(metaclass=MetaAny): pass
t(lambda: isinstance(1, Any))
t(lambda: isinstance(Any(), Any))
t(lambda: issubclass(Any, Any))
t(lambda: issubclass(int, Any))
t(lambda: isinstance(1, (str, Any)))
class AbstractLike:
    def __init_subclass__(cls): pass
class HasBases:
    __bases__ = (A,)
t(lambda: issubclass(HasBases(), A))
t(lambda: issubclass(B, HasBases()))
a = A()
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
t(lambda: setattr(a, '__class__', int))
t(lambda: setattr(a, '__class__', 1))
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('y',)
s = S1()
t(lambda: setattr(s, '__class__', S2))
class S3:
    __slots__ = ('x',)
t(lambda: setattr(s, '__class__', S3) or type(s).__name__)
t(lambda: setattr(1, '__class__', bool))
t(lambda: delattr(a, '__class__'))
print(type(1), type('x'), type(type), type(None), type(NotImplemented), type(...), type(lambda: 0), type(len), type([].append), type(A.__init__), type(A().__init__), type(int.__add__), type((1).__add__), type(str.join), type(property()), type(A.__dict__))
print(callable(type), type.__call__(int, '5'), type(int.__call__).__name__)
