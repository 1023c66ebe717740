# generators: send() values delegated through yield from to the innermost generator; None sends use next
def inner():
    total = 0
    while True:
        v = yield total
        print("inner received", v)
        if v is None:
            return total
        total += v
def middle():
    r = yield from inner()
    print("middle got", r)
    yield "middle-after:%d" % r
g = middle()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send(None))
try:
    next(g)
except StopIteration:
    print("done")
class SendIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return "next%d" % self.n
def delegate_to_plain():
    yield from SendIter()
d = delegate_to_plain()
print(next(d))
try:
    d.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
print(next(d, "after error") if False else "skip")
class WithSend(SendIter):
    def send(self, v):
        return "send got %r" % (v,)
def delegate2():
    yield from WithSend()
d2 = delegate2()
print(next(d2), d2.send(42), d2.send(None))
