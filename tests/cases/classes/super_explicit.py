# classes: super() in __new__, class methods, properties, with explicit type args, __class__ cell
class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
    @property
    def val(self):
        return self.v
class B(A):
    def __new__(cls, *args):
        print("B.__new__")
        return super().__new__(cls, *args)
    @property
    def val(self):
        return super().val * 10
b = B(4)
print(b.v, b.val)
class C:
    def whoami(self):
        return __class__.__name__
class D(C):
    pass
print(D().whoami())
class G:
    def m(self):
        return "G"
class H(G):
    def m(self):
        return "H" + super(H, self).m()
class I(H):
    def m(self):
        return "I" + super(H, self).m()
print(I().m())
try:
    super(H, 5)
except TypeError as e:
    print(type(e).__name__, e)
class St:
    @staticmethod
    def sm():
        return "static"
class St2(St):
    @staticmethod
    def sm():
        return "static2+" + super(St2, St2).sm()
print(St2.sm())
class Sw:
    def go(self):
        return "Sw"
class Sw2(Sw):
    def go(self):
        return "Sw2>" + super().go()
print(Sw2().go())
print(Sw2.go(Sw2()))
