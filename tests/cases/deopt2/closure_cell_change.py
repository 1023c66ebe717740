# deopt2: closures whose captured variables change type during a hot loop; nonlocal rebinding and default mutation
def make():
    factor = 2
    def apply(x):
        return x * factor
    def set_factor(f):
        nonlocal factor
        factor = f
    return apply, set_factor
apply, set_factor = make()
total = 0
for i in range(6000):
    if i == 2000:
        set_factor(0.5)
    elif i == 4000:
        set_factor("ab")
        break
    total += apply(i)
print(total, apply(3))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        if n == 2500:
            n = float(n)
        return n
    return inc
c = counter()
last = None
for _ in range(5000):
    last = c()
print(last, type(last).__name__)
def with_default(x, cache=[]):
    cache.append(x)
    return len(cache)
r = 0
for i in range(3000):
    if i == 1500:
        with_default.__defaults__ = ([],)
    r = with_default(i)
print(r)
