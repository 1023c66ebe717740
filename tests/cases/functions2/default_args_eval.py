# functions2: default values evaluated once at def time, mutable defaults shared, defaults referencing globals
def trace(v):
    print("evaluating default", v)
    return v
def f(a=trace(1), b=trace([2])):
    return a, b
print("defined f")
print(f(), f(), f(0))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
G = 10
def uses_global(v=G):
    return v
G = 20
print(uses_global(), G)
def kw(*, k=trace("kwonly")):
    return k
print(kw(), kw(k=1))
defs = []
for i in range(3):
    def g(x=i * 10):
        return x
    defs.append(g)
print([d() for d in defs])
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())
class C:
    def m(self, v=trace("method default")):
        return v
print(C().m())
def dflt_expr(a, b=trace(2) * 3, c=lambda: "lazy"):
    return a, b, c()
print(dflt_expr(1))
