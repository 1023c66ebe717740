# classes: setattr with a str-subclass name keeps the name object
class S(str): pass
class C:
    def __setattr__(self, k, v):
        print(type(k).__name__, k, v)
        object.__setattr__(self, str(k), v)
c = C()
setattr(c, S("a"), 1)
print(c.a)
class D: pass
d = D()
d.x = 1
setattr(d, S("x"), 2)
print(d.x, [type(k).__name__ for k in vars(d)])
