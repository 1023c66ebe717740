# classes: class decorators adding methods, registering, replacing the class, stacking order
registry = {}
def register(cls):
    print("register", cls.__name__)
    registry[cls.__name__] = cls
    return cls
def add_repr(cls):
    print("add_repr", cls.__name__)
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls
def tagged(tag):
    print("tagged factory", tag)
    def deco(cls):
        print("tagging", cls.__name__, tag)
        cls.tag = tag
        return cls
    return deco
@register
@add_repr
@tagged("T1")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2), Point.tag, sorted(registry))
def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone:
    pass
print(Gone)
def singleton(cls):
    return cls()
@singleton
class Config:
    debug = False
    def __init__(self):
        print("Config constructed")
print(type(Config).__name__, Config.debug)
def count_instances(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Widget:
    def __init__(self, name):
        self.name = name
ws = [Widget(str(i)) for i in range(4)]
print(Widget.instances, ws[2].name)
