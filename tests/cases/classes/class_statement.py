# classes: class statement body execution order, class attributes, instances, methods
print("before class")
class Point:
    print("executing class body")
    dims = 2
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    print("body locals", sorted(k for k in list(locals()) if not k.startswith("__")))
print("after class")
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.move(1, 1)
print(q is p, p.x, p.y, p.norm2())
print(type(p) is Point, type(p).__name__, Point.__name__)
print(Point.norm2(p))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
class Empty:
    pass
e = Empty()
e.a = 1
e.b = [1, 2]
print(sorted(vars(e).items()))
print(Empty.__bases__ == (object,), Point.__bases__)
class WithDoc:
    "docstring here"
    x = 1
print(WithDoc.__doc__, Empty.__doc__)
def make():
    class Local:
        v = 10
        def get(self):
            return self.v
    return Local
L = make()
print(L().get(), L.__qualname__, L.__name__)
