# reentrancy: list.sort with key functions or comparisons that raise; list contents preserved (permutation) afterwards
class Cmp:
    def __init__(self, v, bad=False):
        self.v = v
        self.bad = bad
    def __lt__(self, other):
        if self.bad or other.bad:
            raise ValueError("cannot compare %r" % self.v)
        return self.v < other.v
    def __repr__(self):
        return "Cmp(%r)" % self.v
items = [Cmp(3), Cmp(1), Cmp(2, bad=True), Cmp(0)]
try:
    items.sort()
except ValueError as e:
    print(type(e).__name__, e)
print("same elements after failed sort:", sorted(x.v for x in items), len(items))
def key(v):
    if v == 5:
        raise KeyError("key failed on 5")
    return -v
nums = [3, 5, 1, 4]
try:
    nums.sort(key=key)
except KeyError as e:
    print(type(e).__name__, e)
print("list untouched when key fails:", nums)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
class Mutator:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __lt__(self, other):
        self.target.append(99)
        return self.v < other.v
lst = []
lst.extend(Mutator(v, lst) for v in [3, 1, 2])
try:
    lst.sort()
    print("sorted without error?", len(lst))
except ValueError as e:
    print(type(e).__name__, e)
print("after mutation during sort:", len(lst), sorted(x.v for x in lst if isinstance(x, Mutator)), lst.count(99) > 0)
ok = [Cmp(v) for v in [5, 2, 8, 1]]
ok.sort(reverse=True)
print(ok)
