# protocols: hot loops over user-defined operators (__add__, __mul__, __eq__, __lt__, __getitem__) for the JIT
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
acc = V(0, 0)
for i in range(5000):
    acc = acc + V(i, 1) * 2
print(acc.x, acc.y)
acc2 = V(0, 0)
for i in range(3000):
    acc2 = acc2 + 3 * V(1, i % 3)
print(acc2.x, acc2.y)
eqs = 0
for i in range(3000):
    if V(i % 10, 0) == V(5, 0):
        eqs += 1
print(eqs)
vs = [V(i % 17, i % 5) for i in range(3000)]
print(len(set(vs)), min(vs).x, max(vs).y)
class Grid:
    def __init__(self, w):
        self.w = w
        self.cells = [0] * (w * w)
    def __getitem__(self, pos):
        return self.cells[pos[0] * self.w + pos[1]]
    def __setitem__(self, pos, v):
        self.cells[pos[0] * self.w + pos[1]] = v
g = Grid(60)
for i in range(60):
    for j in range(60):
        g[i, j] = i * j
total = 0
for i in range(60):
    for j in range(60):
        total += g[j, i]
print(total)
class Num:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
n = Num(0)
for i in range(4000):
    n += i
print(n.v)
