# classes: __repr__/__str__ defaults for classes and types, str falling back to repr, containers use repr
class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B as str"
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
print(A(), str(A()), repr(A()), [A()], f"{A()}", "%s %r" % (A(), A()))
b = B()
print(b, str(b), [str(b)], f"{b}")
print(repr(b).startswith("<__main__.B object at "))
print(C(), repr(C()), [C()], (C(),), {"k": C()}, f"{C()!r}", f"{C()!s}")
print(A, B, int, str, type, object, type(None))
class Outer:
    class Inner:
        pass
print(Outer.Inner, repr(Outer))
def f():
    class Local:
        pass
    return Local
print(f())
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class StrSub(str):
    pass
class ReturnsSub:
    def __repr__(self):
        return StrSub("sub-repr")
print(repr(ReturnsSub()), type(repr(ReturnsSub())).__name__)
class Rec:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "Rec(" + repr(len(self.items)) + ")"
r = Rec()
print(r, r.items)
