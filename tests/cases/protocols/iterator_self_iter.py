# protocols: iterators return themselves from iter(); iterables give fresh iterators; exhaustion and sharing
lst = [1, 2, 3]
it = iter(lst)
print(iter(it) is it, iter(lst) is not iter(lst))
print(next(it), list(it), list(it))
g = (x * 2 for x in range(4))
print(iter(g) is g, list(zip(g, g)))
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki), list(ki))
r = range(3)
print(list(r), list(r), iter(r) is iter(r))
m = map(str, [1, 2, 3])
print(list(m), list(m))
z = zip([1, 2], [3, 4])
print(iter(z) is z, next(z), list(z))
e = enumerate("ab")
print(iter(e) is e, list(e))
f = filter(None, [0, 1, 2])
print(next(f), next(f), next(f, "end"))
s = iter("hey")
print("".join(s), "".join(s))
it2 = iter([10, 20, 30, 40])
for x in it2:
    if x == 20:
        break
print(list(it2))
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "once"
o = Once()
print(list(o), list(o), iter(o) is o)
ch = iter([1, 2, 3, 4, 5, 6])
print(list(zip(ch, ch, ch)))
