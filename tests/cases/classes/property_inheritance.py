# classes: overriding properties in subclasses, extending setters via parent property, class-level access
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        print("Base setter", x)
        self._v = x
    @property
    def ro(self):
        return "base ro"
class Child(Base):
    @Base.v.setter
    def v(self, x):
        print("Child setter", x)
        Base.v.fset(self, x * 10)
    @property
    def ro(self):
        return "child ro + " + super().ro
c = Child()
c.v = 2
print(c.v, c.ro)
b = Base()
b.v = 3
print(b.v, b.ro)
class Plain(Base):
    v = "not a property"
p = Plain()
print(p.v)
p.v = "instance"
print(p.v, p._v)
class Overrides(Base):
    def ro(self):
        return "method now"
print(Overrides().ro())
class SuperSet(Base):
    @property
    def v(self):
        return super().v
    @v.setter
    def v(self, x):
        try:
            super().v = x
        except AttributeError as e:
            print(type(e).__name__, e)
s = SuperSet()
s.v = 9
print(s.v)
print(isinstance(Base.v, property), Child.v.fget is Base.v.fget, Child.v.fset is Base.v.fset)
