# classes: staticmethod and classmethod via class and instance, inheritance, alternative constructors
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return "%s(%d,%d,%d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2020-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate(1, 1, 1).is_leap(2024))
print(Date.kind(), MyDate.kind(), MyDate(2, 2, 2).kind())
print(Date.count)
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(sm(2004), Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(MyDate(3, 3, 3).kind.__self__ is MyDate)
print(callable(sm), callable(cm))
def plain(*a):
    return a
class Holder:
    f = plain
    s = staticmethod(plain)
    c = classmethod(plain)
h = Holder()
print(len(h.f(1)), h.s(1), h.c(1)[1], h.c(1)[0] is Holder)
print(Holder.f(1), Holder.s(1, 2))
class WithStaticCall:
    @staticmethod
    def helper(x):
        return x + 1
    def use(self):
        return self.helper(1) + WithStaticCall.helper(2)
print(WithStaticCall().use())
print(Date.is_leap.__name__)
