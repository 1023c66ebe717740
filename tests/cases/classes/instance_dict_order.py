# classes: instance and class __dict__ insertion order, vars(), dir() containing inherited names
class Base:
    b_attr = 1
    def b_method(self):
        pass
class C(Base):
    z = 1
    a = 2
    m = 3
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
        self.mid = 3
c = C()
print(list(vars(c)))
c.beta = 4
del c.alpha
c.alpha = 5
print(list(c.__dict__), list(c.__dict__.values()))
print([k for k in C.__dict__ if not k.startswith("__")])
names = dir(c)
print([n for n in names if not n.startswith("__")])
print("b_method" in names, "__init__" in names, names == sorted(names))
print([n for n in dir(C) if not n.startswith("__")])
print(vars(c) is c.__dict__)
class Dyn:
    pass
d = Dyn()
for i in range(5):
    setattr(d, "f%d" % (4 - i), i)
print(list(vars(d).items()))
print(sorted(vars(d)))
class WithDir:
    def __dir__(self):
        return ["zz", "aa", "mm"]
print(dir(WithDir()))
