# protocols: iteration through __getitem__ only (old sequence protocol) with IndexError/StopIteration ending
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError("out of range")
        return i * i
for v in Seq(3):
    print("value", v)
print(list(Seq(2)))
print(sum(Seq(4)), tuple(Seq(0)))
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "x%d" % i
print(list(StopSeq()))
class KeyErrSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrSeq())
except KeyError as e:
    print(type(e).__name__, e)
class Letters:
    def __getitem__(self, i):
        return "abcde"[i]
print(list(Letters()), "c" in Letters(), "z" in Letters())
a, b, *rest = Letters()
print(a, b, rest)
print(sorted(Letters(), reverse=True), [x.upper() for x in Letters()], dict(zip(Letters(), range(10))))
try:
    reversed(Letters())
except TypeError as e:
    print(type(e).__name__, e)
class WithLen(Letters):
    def __len__(self):
        return 3
print(list(reversed(WithLen())))
class NoneIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
