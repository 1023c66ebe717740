# protocols: __iter__ written as a generator function gives independent iterators; nested iteration
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t))
print([(a, b) for a in Tree(1, Tree(2)) for b in Tree(3, Tree(4))])
it1 = iter(t)
it2 = iter(t)
print(next(it1), next(it1), next(it2), type(it1).__name__, it1 is not it2)
print(sum(t), max(t), 5 in t, 7 in t)
class Pairs:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        for k in sorted(self.d):
            yield k, self.d[k]
for k, v in Pairs({"b": 2, "a": 1}):
    print(k, v)
print(dict(Pairs({"x": 1})))
class Evens:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        n = 0
        while n < self.limit:
            yield n
            n += 2
    def __len__(self):
        return (self.limit + 1) // 2
e = Evens(10)
print(list(e), len(e), list(zip(e, e)))
total = 0
for _ in range(300):
    for v in Evens(20):
        total += v
print(total)
