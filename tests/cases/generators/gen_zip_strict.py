# generators: zip/map/enumerate over generators, zip(strict=True) errors, early termination leaves generators suspended
def gen(name, n):
    for i in range(n):
        yield "%s%d" % (name, i)
print(list(zip(gen("a", 3), gen("b", 3), strict=True)))
try:
    list(zip(gen("a", 3), gen("b", 2), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip(gen("a", 2), gen("b", 3), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip(gen("a", 2), gen("b", 2), gen("c", 1), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
long = gen("L", 10)
short = gen("S", 2)
print(list(zip(long, short)), next(long))
print(list(map(lambda a, b: a + b, gen("x", 3), gen("y", 5))))
print(list(enumerate(gen("e", 3), start=-1)))
