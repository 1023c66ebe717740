# generators: generator objects used wherever iterators are accepted: builtins, unpacking, in, sorted, str.join
def g(n):
    yield from range(n)
print(3 in g(5), 7 in g(5))
it = g(10)
print(5 in it, list(it))
print(sorted(g(4), reverse=True), min(g(3)), max(g(3)), sum(g(4)), len(list(g(6))))
print(list(reversed(list(g(3)))), "-".join(str(x) for x in g(4)), tuple(g(2)), set(g(3)) == {0, 1, 2})
print(dict(enumerate(g(3))), list(filter(None, g(4))), list(map(str, g(2))))
print(any(g(0)), all(g(0)), any(g(2)), all(g(1)))
print(list(zip(*[g(3), g(3)])))
try:
    len(g(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(3)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(g(3))
except TypeError as e:
    print(type(e).__name__, e)
print(bool(g(0)))
