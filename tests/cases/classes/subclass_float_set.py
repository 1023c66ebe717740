# classes: subclassing float, set and frozenset; operator results types, extra attributes, hashing
class Money(float):
    def __new__(cls, v, cur="EUR"):
        o = super().__new__(cls, v)
        o.cur = cur
        return o
    def __str__(self):
        return "%.2f %s" % (self, self.cur)
m = Money(3.5)
print(m, repr(float(m)), m + 1, type(m + 1).__name__, type(m * 2).__name__, m.cur, m == 3.5)
print(Money("2.25", "USD"), round(Money(2.675), 2), int(Money(7.9)), m.is_integer(), Money(4).is_integer())
class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self
t = Tags()
t.add_all("b", "a", "c", "a")
print(sorted(t), len(t), type(t | {"z"}).__name__, type(t & {"a"}).__name__, type(t.copy()).__name__)
t |= {"q"}
print(type(t).__name__, sorted(t))
class FS(frozenset):
    def __repr__(self):
        return "FS" + repr(sorted(self))
f = FS([3, 1, 2])
print(f, hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3}, type(f | {4}).__name__)
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
class Sorted(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self)))
s = Sorted([5, 3, 9, 1])
print(list(s), [x for x in s], tuple(s))
class Pos(float):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
try:
    Pos(-1.0)
except ValueError as e:
    print(type(e).__name__, e)
print(Pos(2.5) + Pos(1), sum([Pos(1), Pos(2)]), max(Pos(1.5), 1))
