# functions2: hot loops calling functions with keyword args, defaults, *args and **kwargs (call-path specialisation)
def kw(a, b=1, *, c=2):
    return a + b * c
t = 0
for i in range(5000):
    t += kw(i, c=3)
    t += kw(a=i, b=2)
print(t)
def var(*args):
    return len(args)
s = 0
for i in range(4000):
    s += var(*range(i % 5))
print(s)
def kws(**kw):
    return sum(kw.values())
u = 0
for i in range(3000):
    u += kws(x=i, y=1)
print(u)
def mixed(a, /, b, *rest, k, **opts):
    return a + b + len(rest) + k + len(opts)
v = 0
for i in range(3000):
    v += mixed(i, 1, 2, 3, k=4, z=5)
print(v)
def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)
print(sum(rec(50) for _ in range(200)))
args = (1, 2)
kwargs = {"c": 5}
w = 0
for i in range(3000):
    w += kw(*args[:1], **kwargs)
print(w)
def change_defaults(x=1):
    return x
r = []
for i in range(3000):
    if i == 1500:
        change_defaults.__defaults__ = (2,)
    r.append(change_defaults())
print(r.count(1), r.count(2))
