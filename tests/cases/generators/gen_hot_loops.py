# generators: hot generator loops with thousands of iterations: sums, chained generators, send loops
def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(naturals(10000)))
def squares(it):
    for v in it:
        yield v * v
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
print(sum(evens(squares(naturals(5000)))))
total = 0
for v in naturals(5000):
    total += v & 7
print(total)
def acc():
    s = 0
    while True:
        v = yield s
        s += v
a = acc()
next(a)
last = 0
for i in range(5000):
    last = a.send(i)
print(last)
print(sum(x * 2 for x in range(6000) if x % 3))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib_gen()
vals = [next(f) for _ in range(300)]
print(vals[-1] % 1000000007, len(str(vals[-1])))
def chain(*its):
    for it in its:
        yield from it
print(sum(chain(range(2000), naturals(2000), (i for i in range(2000)))))
count = 0
for _ in range(500):
    for v in naturals(10):
        count += v
print(count)
