# classes: zero-argument super() and super(C, self), cooperative multiple inheritance
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trace = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
class Left(Base):
    def __init__(self):
        print("Left.__init__ start")
        super().__init__()
        self.trace.append("Left")
    def hello(self):
        return "Left>" + super().hello()
    @classmethod
    def make(cls):
        return "Left>" + super().make()
class Right(Base):
    def __init__(self):
        print("Right.__init__ start")
        super().__init__()
        self.trace.append("Right")
    def hello(self):
        return "Right>" + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__ start")
        super(Bottom, self).__init__()
        self.trace.append("Bottom")
    def hello(self):
        return "Bottom>" + super().hello()
b = Bottom()
print(b.trace)
print(b.hello())
print(Bottom.make())
print(super(Left, b).hello())
print(super(Right, b).hello())
print(super(Bottom, Bottom).make())
s = super(Left, b)
print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is b)
class Bad:
    def method(self):
        def inner():
            return super().method()
        return inner()
try:
    Bad().method()
except RuntimeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class NoAttr:
    def f(self):
        return super().f()
try:
    NoAttr().f()
except AttributeError as e:
    print(type(e).__name__, e)
