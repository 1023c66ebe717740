# generators: interleaved lazy evaluation of several generators consumed by zip, map and nested loops
def noisy(name, n):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield i
    print("  %s exhausted" % name)
print("zip:")
for a, b in zip(noisy("A", 3), noisy("B", 2)):
    print("pair", a, b)
print("map:")
for v in map(lambda x, y: x + y, noisy("M1", 2), noisy("M2", 2)):
    print("sum", v)
print("nested:")
for x in noisy("outer", 2):
    for y in noisy("inner", 1):
        print("xy", x, y)
print("enumerate + break:")
for i, v in enumerate(noisy("E", 5)):
    if i == 1:
        break
print("done")
