# protocols: __iter__/__next__ iterator classes, StopIteration ending loops, iter() errors, next() default
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__")
        return self
    def __next__(self):
        if self.n <= 0:
            print("StopIteration")
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print("got", x)
c = Countdown(2)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("done", self.i)
        self.i += 1
        return self.i
r = Range2(3)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), [a * b for a in r for b in r])
try:
    for x in Range2(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = Countdown(3)
print(a, b, c)
try:
    a, b = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
