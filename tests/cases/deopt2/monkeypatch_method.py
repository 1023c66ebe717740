# deopt2: hot method-call loop where the class method is monkey-patched midway (after 2000 iterations)
class Worker:
    def __init__(self):
        self.n = 0
    def step(self, i):
        self.n += 1
        return i
w = Worker()
total = 0
for i in range(5000):
    if i == 2000:
        Worker.step = lambda self, i: -i
    if i == 3500:
        w.step = lambda i: 1000
    total += w.step(i)
print(total, w.n)
class Base:
    def value(self):
        return 1
class Derived(Base):
    pass
objs = [Derived() for _ in range(10)]
acc = 0
for i in range(4000):
    if i == 1000:
        Derived.value = lambda self: 10
    if i == 2500:
        del Derived.value
    if i == 3000:
        Base.value = lambda self: 100
    acc += objs[i % 10].value()
print(acc)
def f(o):
    return o.compute()
class A:
    def compute(self):
        return 2
class B:
    def compute(self):
        return 3
s = 0
for i in range(6000):
    s += f(A() if i < 3000 or i % 2 else B())
print(s)
