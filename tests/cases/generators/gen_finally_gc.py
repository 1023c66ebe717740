# generators: finally blocks run when a suspended generator is closed by losing its last reference
def g(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "finally")
a = g("a")
next(a)
print("deleting a")
del a
print("after del a")
b = g("b")
next(b)
b = None
print("after rebinding b")
def use():
    c = g("c")
    next(c)
    print("returning from use")
use()
print("after use")
for v in g("loop"):
    print("loop got", v)
    break
print("after break")
unstarted = g("unstarted")
del unstarted
print("unstarted deleted: no output expected")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("h got GeneratorExit on collection")
        raise
x = h()
next(x)
x = "something else"
print("end")
