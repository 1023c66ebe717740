# generators: next(g), g.__next__() and g.send(None) are equivalent; iter(g) is g
def g():
    received = []
    while True:
        v = yield len(received)
        received.append(v)
        if len(received) == 4:
            return received
x = g()
print(iter(x) is x, x.__iter__() is x)
print(next(x), x.__next__(), x.send(None), x.send("s"))
try:
    x.send(None)
except StopIteration as e:
    print(e.value)
y = g()
print(y.send(None), next(y))
def firsts():
    yield "a"
    yield "b"
z = firsts()
print(z.send(None), z.__next__(), next(z, "exhausted"))
