# functions2: creating many closures in a hot loop, calling them later; nonlocal updates in tight loops
makers = []
for i in range(3000):
    def f(x, i=i):
        return x + i
    makers.append(f)
print(sum(m(1) for m in makers))
shared = []
for i in range(3000):
    shared.append(lambda: i)
print(shared[0](), shared[-1]())
def accumulate(n):
    total = 0
    def add(v):
        nonlocal total
        total += v
    for k in range(n):
        add(k)
    return total
print(accumulate(5000))
def make_adders(n):
    return [lambda x, k=k: x * k for k in range(n)]
adders = make_adders(3000)
print(sum(a(2) for a in adders))
def counter_factory():
    c = 0
    def tick():
        nonlocal c
        c += 1
        return c
    return tick
ticks = [counter_factory() for _ in range(100)]
for _ in range(30):
    for t in ticks:
        t()
print(sum(t() for t in ticks))
