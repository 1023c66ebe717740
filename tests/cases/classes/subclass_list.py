# classes: subclassing list, overriding append/__getitem__, results of slicing/concat are plain lists
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(type(s[1:]).__name__, type(s + [5]).__name__, type(s * 2).__name__)
s += [9]
print(type(s).__name__, s)
class Logging(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
l = Logging()
l.append(1)
l.append(2)
l.extend([3])
print(l[0], l[-1])
l[1] = 20
print(list(l), sum(l))
for x in l:
    pass
print(sorted(l, reverse=True))
class Sorted(list):
    def __init__(self, it=()):
        super().__init__(sorted(it))
    def add(self, x):
        self.append(x)
        self.sort()
ss = Sorted([3, 1, 2])
ss.add(0)
print(ss, ss == [0, 1, 2, 3], Sorted() == [])
class WithAttr(list):
    pass
w = WithAttr([1])
w.meta = "m"
print(w.meta, w, repr(w))
class R(list):
    def __repr__(self):
        return "R" + super().__repr__()
print(R([1, 2]), [R([3])], str(R()))
print(list.__len__(Stack([1, 2, 3])), Stack.__mro__[1].__name__)
