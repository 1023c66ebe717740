# classes: hot loops over method calls, attribute loads/stores and polymorphic dispatch
class Acc:
    def __init__(self):
        self.total = 0
        self.count = 0
    def add(self, v):
        self.total += v
        self.count += 1
    def mean(self):
        return self.total / self.count
a = Acc()
for i in range(5000):
    a.add(i)
print(a.total, a.count, a.mean())
class Shape:
    def area(self):
        return 0
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Nothing(Shape):
    pass
shapes = []
for i in range(3000):
    k = i % 3
    if k == 0:
        shapes.append(Sq(i % 7))
    elif k == 1:
        shapes.append(Rect(i % 5, 3))
    else:
        shapes.append(Nothing())
total = 0
for s in shapes:
    total += s.area()
print(total)
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt):
        self.val = val
        self.next = nxt
head = None
for i in range(4000):
    head = Node(i, head)
s = 0
n = head
while n is not None:
    s += n.val
    n = n.next
print(s)
class Cnt:
    hits = 0
for i in range(3000):
    Cnt.hits += 1
print(Cnt.hits)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
pts = [Point(i, -i) for i in range(3000)]
sx = sum(p.x for p in pts)
sy = 0
for p in pts:
    p.y = p.y * 2
    sy += p.y
print(sx, sy)
