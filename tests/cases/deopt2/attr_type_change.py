# deopt2: attribute values changing type (int -> float -> big int -> str) inside hot loops over attribute loads
class P:
    def __init__(self):
        self.x = 0
p = P()
acc = 0
for i in range(6000):
    if i == 2000:
        p.x = 0.5
    elif i == 4000:
        p.x = 2 ** 70
    acc += p.x
print(acc, type(acc).__name__)
q = P()
parts = []
for i in range(3000):
    if i == 1500:
        q.x = "s"
    if i % 500 == 0:
        parts.append(q.x * 2)
print(parts)
class C:
    limit = 10
c = C()
hits = 0
for i in range(5000):
    if i == 2500:
        C.limit = 10.5
    if i % 20 < c.limit:
        hits += 1
print(hits)
class Slots:
    __slots__ = ("v",)
s = Slots()
s.v = 1
t = 0
for i in range(4000):
    if i == 2000:
        s.v = True
    if i == 3000:
        s.v = 1.25
    t += s.v
print(t)
