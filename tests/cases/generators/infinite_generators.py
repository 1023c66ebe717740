# generators: infinite generators consumed with hand-written take/takewhile/islice/cycle helpers
def count(start=0, step=1):
    while True:
        yield start
        start += step
def take(n, it):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out
def takewhile(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
def islice(it, start, stop):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield v
def cycle(seq):
    while True:
        yield from seq
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(5, count()), take(4, count(10, -3)))
print(list(takewhile(lambda v: v < 20, primes())))
print(list(islice(primes(), 100, 105)))
print(take(7, cycle("abc")))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], sum(1 for _ in collatz(27)))
it = count()
print(next(it), next(it), take(3, it), next(it))
print(next(v for v in count() if v * v > 500))
