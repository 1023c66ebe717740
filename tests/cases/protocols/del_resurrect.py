# protocols: __del__ runs at most once (PEP 442 resurrection), assigned later, inherited, on built-in subclasses
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Phoenix.__del__", self.name)
        saved.append(self)
p = Phoenix("p1")
del p
print("saved:", [x.name for x in saved])
saved.clear()
print("after clearing saved (no second __del__)")
class Later:
    pass
x = Later()
Later.__del__ = lambda self: print("Later.__del__ assigned afterwards")
del x
print("after del x")
class Base:
    def __del__(self):
        print("Base.__del__ for", type(self).__name__)
class Child(Base):
    pass
class GrandChild(Child):
    def __del__(self):
        print("GrandChild.__del__ then", end=" ")
        super().__del__()
Child()
GrandChild()
print("after temporaries")
class MyList(list):
    def __del__(self):
        print("MyList.__del__", list(self))
m = MyList([1, 2, 3])
m = None
class MyInt(int):
    def __del__(self):
        print("MyInt.__del__", int(self))
n = MyInt(7) + 0
print("n is", n)
def make_chain(k):
    head = None
    for i in range(k):
        node = Phoenix("chain%d" % i)
        node.next = head
        head = node
    return head
saved = None
class Quiet:
    count = 0
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        Quiet.count += 1
chain = None
for i in range(2000):
    chain = Quiet(chain)
chain = None
print("quiet chain finalised:", Quiet.count)
class Raiser:
    def __del__(self):
        raise ValueError("error in __del__ is printed and ignored")
r = Raiser()
del r
print("still running after the error in __del__")
class Attr:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Attr.__del__", self.name)
class Holder:
    pass
h = Holder()
h.a = Attr("first")
h.a = Attr("second")
print("replaced")
setattr(h, "a", None)
print("set to None")
h.b = Attr("in dict")
h.__dict__.clear()
print("dict cleared")
print("end")
