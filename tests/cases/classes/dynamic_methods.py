# classes: adding, replacing and deleting methods at runtime affects existing instances
class Robot:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "I am " + self.name
r1 = Robot("r1")
r2 = Robot("r2")
print(r1.greet(), r2.greet())
def new_greet(self):
    return "Beep, " + self.name
Robot.greet = new_greet
print(r1.greet(), r2.greet())
Robot.dance = lambda self, n=2: self.name + " dances" + "!" * n
print(r1.dance(), r2.dance(3))
r1.greet = lambda: "instance override"
print(r1.greet(), r2.greet())
del r1.greet
print(r1.greet())
del Robot.greet
try:
    r1.greet()
except AttributeError as e:
    print(type(e).__name__, e)
class Base:
    def f(self):
        return "Base.f"
class Sub(Base):
    pass
s = Sub()
print(s.f())
Sub.f = lambda self: "Sub.f"
print(s.f())
del Sub.f
print(s.f())
Base.f = lambda self: "Base.f v2"
print(s.f())
results = []
for i in range(3000):
    if i == 1500:
        Base.f = lambda self: "Base.f v3"
    results.append(s.f())
print(results.count("Base.f v2"), results.count("Base.f v3"))
setattr(Sub, "g", lambda self: "via setattr")
print(s.g(), getattr(s, "g")())
