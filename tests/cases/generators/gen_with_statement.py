# generators: with-blocks inside generators: __exit__ runs on exhaustion, close() (sees GeneratorExit), throw
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
def g(name):
    with CM(name):
        yield 1
        yield 2
    print(name, "after with")
print(list(g("full")))
x = g("closed")
next(x)
x.close()
y = g("thrown")
next(y)
try:
    y.throw(KeyError("k"))
except KeyError:
    print("KeyError propagated")
class Suppressing(CM):
    def __exit__(self, et, ev, tb):
        super().__exit__(et, ev, tb)
        return True
def s():
    with Suppressing("suppress"):
        yield "inside"
    yield "after suppressed exception"
z = s()
print(next(z))
print(z.throw(ValueError("swallowed")))
w = s()
next(w)
try:
    w.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(w, "finished"))
