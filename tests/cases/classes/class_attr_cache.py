# classes: class attribute and method changes observed by hot loops (attribute cache invalidation)
class Config:
    scale = 1
    def factor(self):
        return 2
c = Config()
total = 0
for i in range(4000):
    if i == 1000:
        Config.scale = 10
    if i == 2000:
        c.scale = 100
    if i == 3000:
        del c.scale
        Config.factor = lambda self: 3
    total += c.scale * c.factor()
print(total)
class Base:
    v = "base"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
leaf = Leaf()
seen = []
for i in range(3000):
    if i == 1000:
        Mid.v = "mid"
    if i == 2000:
        del Mid.v
        Base.v = "base2"
    if i % 500 == 0:
        seen.append(leaf.v)
print(seen)
class Meta(type):
    pass
class K(metaclass=Meta):
    pass
out = []
for i in range(3000):
    if i == 1500:
        Meta.extra = "meta attr"
    out.append(getattr(K, "extra", None))
print(out.count(None), out.count("meta attr"))
class Slotted:
    __slots__ = ("x",)
s = Slotted()
acc = 0
for i in range(3000):
    s.x = i
    acc += s.x
print(acc)
class Bases1:
    def who(self):
        return 1
class Bases2:
    def who(self):
        return 2
class Switch(Bases1):
    pass
sw = Switch()
r = 0
for i in range(3000):
    if i == 1500:
        Switch.__bases__ = (Bases2,)
    r += sw.who()
print(r, [k.__name__ for k in Switch.__mro__])
