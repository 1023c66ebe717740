# protocols: __del__ runs when the last reference disappears: del name, rebinding, container removal, scope exit
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("__del__", self.name)
a = Noisy("a")
b = a
print("del a")
del a
print("del b")
del b
print("rebinding x")
x = Noisy("x1")
x = Noisy("x2")
print("x now", x.name)
x = None
print("list")
lst = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
lst.pop(1)
print("after pop")
del lst[0]
print("after del lst[0]")
lst.clear()
print("after clear")
d = {"k": Noisy("dv")}
d["k"] = "replaced"
print("after dict replace")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
def returns():
    return Noisy("returned")
returns()
print("after discarded return value")
r = returns()
print("kept", r.name)
del r
print("temporary in expression:", Noisy("temp").name)
print("end of program")
