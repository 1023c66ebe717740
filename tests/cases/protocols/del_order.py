# protocols: __del__ ordering for containers, attributes of objects, nested ownership and `del a, b`
class N:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
print("del multiple names")
a, b, c = N("a"), N("b"), N("c")
del c, a, b
print("owner then child")
o = N("owner", N("child", N("grandchild")))
del o
print("list dropped")
items = [N("i0"), N("i1"), N("i2")]
items = None
print("tuple dropped")
t = (N("t0"), N("t1"))
del t
print("dict dropped")
d = {1: N("d1"), 2: N("d2")}
del d
print("attribute replaced")
holder = N("holder")
holder.child = N("first")
holder.child = N("second")
print("deleting attribute")
del holder.child
print("slice deletion")
lst = [N("s0"), N("s1"), N("s2"), N("s3")]
del lst[1:3]
print("remaining", [n.name for n in lst])
lst[:] = []
print("deleting holder")
del holder
print("done")
