# functions2: calls with very many positional and keyword arguments via unpacking and collection
def count(*a, **k):
    return len(a), len(k), sum(a), sum(k.values())
big = list(range(2000))
print(count(*big))
kws = {"k%d" % i: i for i in range(500)}
print(count(**kws))
print(count(*big, *big, **kws, extra=1))
def fixed(a, b, c, *rest):
    return a, b, c, len(rest)
print(fixed(*big))
def kwfixed(k0, k1, **rest):
    return k0, k1, len(rest)
print(kwfixed(**kws))
print(max(*big), min(*big[5:]), len(set(big)))
t = tuple(big)
print(count(*t)[0], count(*t[:0]))
nested = lambda *a: a
print(len(nested(*nested(*nested(*range(100))))))
print("".join(map(str, range(10))), str.__add__(*("a", "b")))
