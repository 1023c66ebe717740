# reentrancy: __eq__/__lt__ that mutate the lists being compared or searched; lengths are re-read, nothing crashes
class Shrinker:
    def __init__(self, victim):
        self.victim = victim
    def __eq__(self, other):
        self.victim.clear()
        return True
    def __lt__(self, other):
        self.victim.append(0)
        return False
a = []
b = [1, 2, 3]
a.extend([Shrinker(b), 5, 6])
print(a == [0, 5, 6], len(b))
b2 = [Shrinker(None), 1]
a2 = [1, 2, 3]
b2[0].victim = a2
print(b2 == [1, 1], a2)
x = [Shrinker(None)]
x[0].victim = x
print(x == [7], x)
y = [1, 2]
z = [1, 3]
y.insert(1, Shrinker(y))
print(y < z, y)
c = [9, 8, 7]
c.append(Shrinker(c))
print(c.count(1), c)
c2 = [Shrinker(None)] * 3
c2[0].victim = c2
try:
    print(c2.index(5), c2)
except ValueError as e:
    print("ValueError", e, c2)
t = (Shrinker([1]), 2)
print(t.count(2), t.index(2), 2 in t)
class Appender:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        if len(self.target) < 6:
            self.target.append(Appender(self.target))
        return False
g = []
g.append(Appender(g))
print(g.count(0), len(g))
g2 = []
g2.append(Appender(g2))
try:
    g2.remove(0)
except ValueError as e:
    print("ValueError", e, len(g2))
