# classes: __setattr__ and __delattr__ hooks, object.__setattr__, frozen objects, augmented assignment calls
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
l = Logged()
l.b = 2
l.a += 5
print(l.a, l.b)
del l.b
try:
    del l.b
except AttributeError as e:
    print(type(e).__name__, e)
setattr(l, "c", 3)
delattr(l, "c")
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)
    def __delattr__(self, name):
        raise AttributeError("frozen: cannot delete " + name)
f = Frozen(5)
print(f.x)
for action in ("set", "del", "aug"):
    try:
        if action == "set":
            f.x = 6
        elif action == "del":
            del f.x
        else:
            f.x += 1
    except AttributeError as e:
        print(action, type(e).__name__, e)
print(f.x)
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(name + " must be int, got " + type(value).__name__)
        super().__setattr__(name, value)
v = Validated()
v.n = 3
try:
    v.n = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(v.n)
class Prop:
    @property
    def p(self):
        return 1
    def __setattr__(self, name, value):
        print("Prop.__setattr__", name)
        super().__setattr__(name, value)
try:
    Prop().p = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).x = 2
except AttributeError as e:
    print(type(e).__name__, e)
