# generators: push-based pipelines using send(): filters, broadcasters and sinks built from generators
def sink(name, out):
    while True:
        item = yield
        out.append((name, item))
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def mapper(fn, target):
    while True:
        item = yield
        target.send(fn(item))
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
def primed(g):
    next(g)
    return g
out = []
evens = primed(sink("even", out))
big = primed(sink("big", out))
pipeline = primed(broadcast(
    primed(filt(lambda v: v % 2 == 0, evens)),
    primed(mapper(lambda v: v * 100, primed(filt(lambda v: v > 500, big)))),
))
for i in range(10):
    pipeline.send(i)
print(out)
def counter_sink():
    n = 0
    try:
        while True:
            yield
            n += 1
    except GeneratorExit:
        print("counter closing after", n, "items")
        raise
c = primed(counter_sink())
for i in range(3000):
    c.send(i)
c.close()
