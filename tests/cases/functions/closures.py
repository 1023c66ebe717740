# functions: closures with cells, nonlocal counters, late binding, closures over loop vars, nested 3 levels
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
print([a(10) for a in make_adders()])
def make_adders_bound():
    adders = []
    for i in range(3):
        adders.append(lambda x, i=i: x + i)
    return adders
print([a(10) for a in make_adders_bound()])
def outer():
    x = "outer-x"
    def middle():
        y = "middle-y"
        def inner():
            return x + "/" + y
        return inner
    return middle()
print(outer()())
def shared():
    val = [0]
    n = 0
    def get():
        return n, val[0]
    def bump():
        nonlocal n
        n += 1
        val[0] -= 1
    return get, bump
get, bump = shared()
bump(); bump()
print(get())
def accumulate():
    total = 0
    def add(x):
        nonlocal total
        total = total + x
        return total
    for i in range(20000):
        add(i)
    return total
print(accumulate())
def cell_modified_after():
    x = 1
    def f():
        return x
    x = 2
    return f()
print(cell_modified_after())
def make_fib():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nf = make_fib()
print([nf() for _ in range(12)])
