# protocols: with statement calling __enter__/__exit__, `as` binds __enter__ result, exit args when no error
class CM:
    def __init__(self, name, result=None):
        self.name = name
        self.result = result
    def __enter__(self):
        print("enter", self.name)
        return self.result if self.result is not None else self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et, ev, tb)
        return False
with CM("a") as x:
    print("body, x is the CM:", x.name)
with CM("b", result=42) as y:
    print("body, y =", y)
with CM("c"):
    print("body without as")
print("after")
with CM("d", result=[1, 2]) as (p, q):
    print("unpacked", p, q)
holder = {}
with CM("e", result="val") as holder["key"]:
    pass
print(holder)
class Obj:
    pass
o = Obj()
with CM("f", result="attrval") as o.attr:
    pass
print(o.attr)
def func():
    with CM("in-func"):
        return "returned"
print(func())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            print("breaking")
            break
print("loop done")
with CM("outer"):
    with CM("inner"):
        print("nested body")
