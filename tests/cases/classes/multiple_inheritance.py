# classes: multiple inheritance attribute resolution, diamond, method resolution order
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only_a"
    x = "A.x"
class B(A):
    def who(self):
        return "B"
    x = "B.x"
class C(A):
    def who(self):
        return "C"
    def only_c(self):
        return "only_c"
    x = "C.x"
class D(B, C):
    pass
class E(C, B):
    pass
d = D()
e = E()
print(d.who(), d.x, d.only_a(), d.only_c())
print(e.who(), e.x)
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), len(E.__bases__))
class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Thing(Mixin, Named):
    pass
print(Thing().greet())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.__mro__], [k.__name__ for k in W.__mro__])
C.x = "changed"
del B.x
print(d.x, e.x)
