# protocols: custom iterables consumed by builtins: sum/min/max/zip/enumerate/map/filter/sorted/join/dict/set
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
c = Count(6)
print(sum(c), min(c), max(c), sorted(c, reverse=True), list(enumerate(Count(3), 1)))
print(list(zip(Count(3), "abcdef")), list(map(lambda v: v * v, c)), list(filter(lambda v: v % 2, c)))
print(",".join(map(str, c)), dict(zip("xyz", Count(3))), sorted(set(c)), tuple(Count(2)), frozenset(Count(1)))
print(any(Count(3)), all(Count(3)), all(Count(0)), any(Count(0)))
print(list(reversed(list(c))), len(list(c)), max(Count(3), key=lambda v: -v), min(Count(0), default="empty"))
try:
    max(Count(0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([[1], [2]], []), sum(Count(4), 10), sum([0.5, 0.25]))
class Words:
    def __iter__(self):
        return iter(["b", "a", "c"])
print(sorted(Words()), "-".join(Words()), list(zip(Words(), Words())), dict.fromkeys(Words(), 0))
try:
    "".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(max, Count(3), [2, 0, 5])), list(zip()), list(enumerate("")))
it = iter(Count(5))
print(next(it), list(zip(it, it)))
