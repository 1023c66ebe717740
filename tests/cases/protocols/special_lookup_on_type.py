# protocols: implicit special-method lookup uses the type, not the instance; __getattr__ not consulted
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-class-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class G:
    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *a: 7
g = G()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(g)
except TypeError as e:
    print(type(e).__name__, e)
class GA:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
print(len(GA()))
C.__len__ = lambda self: 5
print(len(c))
C.__add__ = lambda self, o: "added"
print(c + 1)
del C.__len__
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
C.__iter__ = lambda self: iter("xy")
print(list(c))
class Meta(type):
    def __len__(cls):
        return 10
class K(metaclass=Meta):
    def __len__(self):
        return 1
print(len(K), len(K()))
