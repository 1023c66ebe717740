# generators: ordering of except/else/finally around yields when exhausted, thrown into, or closed
log = []
def g(name):
    try:
        log.append(name + ":try")
        yield 1
        log.append(name + ":after yield")
    except ValueError:
        log.append(name + ":except")
        yield "recovered"
    else:
        log.append(name + ":else")
    finally:
        log.append(name + ":finally")
list(g("exhaust"))
print(log); log.clear()
x = g("throw")
next(x)
print(x.throw(ValueError))
print(next(x, "end"))
print(log); log.clear()
y = g("close")
next(y)
y.close()
print(log); log.clear()
z = g("throw-other")
next(z)
try:
    z.throw(KeyError("k"))
except KeyError:
    pass
print(log); log.clear()
def nested():
    try:
        try:
            yield "inner"
        finally:
            log.append("inner finally")
            yield "from inner finally"
    finally:
        log.append("outer finally")
n = nested()
print(next(n), next(n), next(n, "done"))
print(log)
