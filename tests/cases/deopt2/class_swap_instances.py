# deopt2: instances whose __class__ is reassigned inside a hot loop; polymorphic attribute shapes
class Cat:
    def sound(self):
        return "meow"
class Dog:
    def sound(self):
        return "woof"
pets = [Cat() for _ in range(8)]
counts = {"meow": 0, "woof": 0}
for i in range(4000):
    p = pets[i % 8]
    if i == 2000:
        for q in pets[:4]:
            q.__class__ = Dog
    counts[p.sound()] += 1
print(counts)
class Shape:
    pass
shapes = []
for i in range(3000):
    s = Shape()
    if i % 3 == 0:
        s.w = i
    elif i % 3 == 1:
        s.h = i
        s.w = 1
    else:
        s.w = 2
        s.h = 3
        s.extra = True
    shapes.append(s)
total = 0
for s in shapes:
    total += s.w
    if hasattr(s, "h"):
        total += s.h
print(total)
