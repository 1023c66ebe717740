# generators: yield from in hot loops: many short delegations, deep delegation chain, return values summed
def leaf(i):
    yield i
    yield i + 1
    return i * 2
def driver(n):
    total = 0
    for i in range(n):
        total += yield from leaf(i)
    return total
g = driver(3000)
yielded = 0
try:
    while True:
        yielded += next(g)
except StopIteration as e:
    print(yielded, e.value)
def chain(depth, n):
    if depth == 0:
        for i in range(n):
            yield i
        return n
    r = yield from chain(depth - 1, n)
    return r + 1
print(sum(chain(30, 3000)))
g = chain(30, 10)
for _ in g:
    pass
def ret_only(v):
    return v
    yield
def collect(n):
    s = 0
    for i in range(n):
        s += yield from ret_only(i)
    return s
c = collect(4000)
try:
    next(c)
except StopIteration as e:
    print(e.value)
