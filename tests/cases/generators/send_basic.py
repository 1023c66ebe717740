# generators: send() protocol: priming with next/send(None), values of yield expressions, errors
def echo():
    print("echo started")
    received = None
    while True:
        received = yield "echo:%r" % (received,)
        if received == "stop":
            return "stopped"
g = echo()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send(1))
print(g.send([2]))
print(next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("after finish:", e.value)
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 30, 40)])
def two_way():
    x = yield 1
    y = yield x * 2
    z = yield x + y
    return (x, y, z)
t = two_way()
print(next(t), t.send(10), t.send(5))
try:
    t.send("last")
except StopIteration as e:
    print(e.value)
def multi_yield_expr():
    values = [(yield 0), (yield 1), (yield 2)]
    yield values
m = multi_yield_expr()
print(next(m), m.send("a"), m.send("b"), m.send("c"))
