# generators: a suspended generator is closed (GeneratorExit, finally) when its last reference goes
def counter(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(name, "closed")
gens = [counter("g%d" % i) for i in range(3)]
for g in gens:
    next(g)
print("clearing list")
gens.clear()
print("after clear")
d = {"k": counter("in-dict")}
next(d["k"])
del d["k"]
print("after del d['k']")
def outer():
    try:
        yield from counter("inner")
    finally:
        print("outer finally")
o = outer()
next(o)
o = None
print("after dropping outer")
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, returning")
        return
c = catcher()
next(c)
del c
print("after catcher")
done = counter("finished")
next(done)
done.close()
print("closed explicitly")
del done
print("no second close")
ex = counter("exhausted-by-error")
next(ex)
try:
    ex.throw(KeyError("k"))
except KeyError:
    print("KeyError propagated; generator finished")
del ex
print("no close for a finished generator")
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
del s
print("after stubborn (error printed to stderr)")
def uses_locals():
    g = counter("local-gen")
    next(g)
    return "returned"
print(uses_locals())
def pipeline():
    src = counter("source")
    total = 0
    for v in src:
        total += v
        if v == 3:
            break
    print("total", total)
pipeline()
print("end")
