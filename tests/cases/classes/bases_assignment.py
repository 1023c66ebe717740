# classes: assigning __bases__ recomputes the MRO of the class and its subclasses; errors
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
    def only_b(self):
        return "only B"
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__], C.__base__.__name__)
C.__bases__ = (A, B)
print(d.who(), d.only_b(), [k.__name__ for k in C.__mro__])
print(C in A.__subclasses__(), C in B.__subclasses__())
for bad in [(), 5, (1,), (D,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del C.__bases__
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in C.__mro__])
