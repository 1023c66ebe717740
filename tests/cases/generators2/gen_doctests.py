# test_generators-style doctests rewritten
def f():
    yield 1
    yield 2
for i in f():
    print(i)
g = f()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("stopped")
def f2():
    return
    yield
print(list(f2()))
def f3():
    try:
        yield 1
        try:
            yield 2
            1 // 0
            yield 3
        finally:
            yield 4
            yield 5
        yield 6
    except ZeroDivisionError:
        yield 7
    yield 8
print(list(f3()))
# Guido's example of generators with try/except and yield in except
def g4():
    try:
        1 // 0
    except ZeroDivisionError:
        yield 666
    except:
        pass
    yield 42
print(list(g4()))
# yield inside nested loops with continue/break and else
def g5():
    for i in range(3):
        for j in range(3):
            if j == 1:
                continue
            if i == 2:
                break
            yield i, j
        else:
            yield "else", i
print(list(g5()))
# generator that uses itself in closure
def fib_gen():
    def _fib():
        yield 1
        yield 2
        a, b = 1, 2
        while True:
            a, b = b, a + b
            yield b
    return _fib()
fg = fib_gen()
print([next(fg) for _ in range(10)])
# LazyList / tee-like memoized generator (m235)
def m235():
    yield 1
    me_times2 = times(2, m235())
    me_times3 = times(3, m235())
    me_times5 = times(5, m235())
    for i in merge(merge(me_times2, me_times3), me_times5):
        yield i
def times(n, g):
    for i in g:
        yield n * i
def merge(g, h):
    ng = next(g)
    nh = next(h)
    while 1:
        if ng < nh:
            yield ng
            ng = next(g)
        elif ng > nh:
            yield nh
            nh = next(h)
        else:
            yield ng
            ng = next(g)
            nh = next(h)
result = m235()
for i in range(3):
    print([next(result) for j in range(15)])
# sieve
def intsfrom(i):
    while 1:
        yield i
        i += 1
def exclude_multiples(n, ints):
    for i in ints:
        if i % n:
            yield i
def sieve(ints):
    prime = next(ints)
    yield prime
    not_divisible_by_prime = exclude_multiples(prime, ints)
    for p in sieve(not_divisible_by_prime):
        yield p
primes = sieve(intsfrom(2))
print([next(primes) for _ in range(20)])
# syntax errors around yield
for src in ["def f():\n    return 1\n    yield 2\n", "yield 1\n", "def f():\n    x = yield = 3\n", "class C:\n    yield 1\n", "def f():\n    [(yield x) for x in y]\n", "def f():\n    lambda: (yield)\n", "async def f():\n    x = [await y for y in z]\n", "def f():\n    await x\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
# yield expression forms
def yexprs():
    x = yield
    print("x", x)
    x = (yield 1)
    print("x", x)
    x = yield 1, 2
    print("x", x)
    print((yield), (yield))
    l = [i for i in []]
    return l
y = yexprs()
print(next(y), y.send("a"), y.send("b"), y.send("c"), y.send("d"))
try:
    y.send("e")
except StopIteration as e:
    print("ret", e.value)
