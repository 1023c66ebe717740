# protocols: reflected method of a right-operand subclass is tried first when it overrides it
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Base.__add__", type(self).__name__, type(other).__name__)
        return "Base.add"
    def __radd__(self, other):
        print("Base.__radd__", type(self).__name__, type(other).__name__)
        return "Base.radd"
    def __lt__(self, other):
        print("Base.__lt__")
        return "Base.lt"
    def __gt__(self, other):
        print("Base.__gt__")
        return "Base.gt"
class Sub(Base):
    def __radd__(self, other):
        print("Sub.__radd__", type(self).__name__, type(other).__name__)
        return "Sub.radd"
    def __gt__(self, other):
        print("Sub.__gt__")
        return "Sub.gt"
class SubNoOverride(Base):
    pass
print(Base(1) + Sub(2))
print(Sub(1) + Base(2))
print(Base(1) + SubNoOverride(2))
print(Base(1) < Sub(2))
print(Base(1) < SubNoOverride(2))
print(Sub(1) < Base(2))
class SubNI(Base):
    def __radd__(self, other):
        print("SubNI.__radd__ -> NotImplemented")
        return NotImplemented
print(Base(1) + SubNI(2))
class MyInt(int):
    def __radd__(self, other):
        print("MyInt.__radd__", other)
        return "MyInt.radd"
    def __rsub__(self, other):
        return "MyInt.rsub"
print(1 + MyInt(5))
print(10 - MyInt(3))
print(MyInt(5) + 1)
class MyFloat(float):
    def __rmul__(self, other):
        return "MyFloat.rmul"
print(2.0 * MyFloat(3), 2 * MyFloat(3), MyFloat(3) * 2)
class Same:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        print("Same.__radd__ never called for same type")
        return "radd"
try:
    Same() + Same()
except TypeError as e:
    print(type(e).__name__, e)
