# generators: genexpr free variables bound late (at consumption); only the first iterable is captured early
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))
items = [1, 2]
g2 = (x for x in items)
items = [7, 8, 9]
print(list(g2))
items = [1, 2]
g3 = (x for x in items)
items.append(3)
print(list(g3))
ys = [10]
g4 = (x + y for x in [1, 2] for y in ys)
ys = [20, 30]
print(list(g4))
def make():
    k = 1
    g = (k * v for v in range(3))
    k = 5
    return g
print(list(make()))
fs = []
for i in range(3):
    fs.append((i * j for j in range(2)))
print([list(f) for f in fs])
fs2 = [(lambda i=i: (i * j for j in range(2)))() for i in range(3)]
print([list(f) for f in fs2])
