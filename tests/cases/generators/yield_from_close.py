# generators: close() delegated through yield from: GeneratorExit in subgenerator, finally blocks in order
def inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("inner got GeneratorExit")
        raise
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
    finally:
        print("outer finally")
g = outer()
print(next(g))
print("closing")
print(g.close())
print("closed; next ->", next(g, "exhausted"))
class Closable:
    def __init__(self):
        self.closed = False
    def __iter__(self):
        return self
    def __next__(self):
        return "c"
    def close(self):
        print("Closable.close called")
        self.closed = True
c = Closable()
def deleg():
    yield from c
d = deleg()
next(d)
d.close()
print(c.closed)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallow returns instead of raising")
        return "ignored value"
def outer2():
    yield from swallow()
    print("outer2 continues? no: GeneratorExit re-raised")
    yield "never"
o = outer2()
next(o)
print(o.close())
def yields_in_finally():
    try:
        yield 1
    finally:
        yield "bad"
y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(y)
except GeneratorExit as e:
    print("resuming re-raises the pending", type(e).__name__)
print(next(y, "now finished"))
