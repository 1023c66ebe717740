# protocols: __del__ timing with context managers, exception handlers and generators closing
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", self.name)
    def __del__(self):
        print("__del__", self.name)
with Res("r1"):
    print("body r1")
print("after r1")
with Res("r2") as r:
    print("body r2")
print("after r2 (still bound to r)")
del r
print("after del r")
def use():
    with Res("r3") as x:
        return x.name
print("use returned", use())
def gen():
    res = Res("in-gen")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
print("dropping generator")
g = None
print("after dropping generator")
try:
    tmp = Res("tmp")
    raise ValueError("x")
except ValueError:
    print("handler, tmp alive")
del tmp
print("end")
