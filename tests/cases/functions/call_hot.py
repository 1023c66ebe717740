# functions: many small function calls in hot loops with varying arity and defaults (JIT)
def add3(a, b, c=0):
    return a + b + c
def poly(x):
    return 3 * x * x - 2 * x + 7
def clamp(x, lo=0, hi=100):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
t = 0
for i in range(30000):
    t = add3(t, i) % 1000003
    t = add3(t, 1, c=2)
print(t)
s = 0
for i in range(-2000, 2000):
    s += clamp(poly(i) % 250 - 75)
print(s)
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2 % 1000007, 20000, 1))
print(apply_n(lambda v: (v * v + 1) % 65521, 10000, 2))
def kw_heavy(a, b=1, *, c=2, d=3):
    return a * b + c - d
acc = 0
for i in range(10000):
    acc += kw_heavy(i, c=i, d=1) + kw_heavy(1, 2)
print(acc)
