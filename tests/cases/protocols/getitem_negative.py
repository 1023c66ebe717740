# protocols: custom __getitem__ receives raw negative indices and slice bounds (no __len__ adjustment)
class Raw:
    def __len__(self):
        return 10
    def __getitem__(self, k):
        return k
r = Raw()
print(r[-1], r[-100], r[100], r[-3:], r[:-1], r[::-1], r[-2:-1:-1])
class Sub(list):
    def __getitem__(self, k):
        print("Sub.__getitem__", k)
        return super().__getitem__(k)
s = Sub(range(5))
print(s[-1], s[-2:], s[::-2])
class Circular:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.start or 0, i.stop, i.step or 1
            return [self[j] for j in range(start, stop, step)]
        return self.items[i % len(self.items)]
c = Circular("abc")
print(c[0], c[4], c[-1], c[-5], c[0:7], c[5:0:-1])
class Dictish:
    def __getitem__(self, k):
        return {"key": k, "type": type(k).__name__}
d = Dictish()
print(d[-0], d[0.5], d["s"], d[None], d[1:], d[(1, 2)], d[[1, 2]])
