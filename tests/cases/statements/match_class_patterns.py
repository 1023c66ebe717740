# statements: class patterns with __match_args__, keyword sub-patterns, builtin self-matching classes, errors
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %r" % yy
        case Point(xx, 0):
            return "on x axis at %r" % xx
        case Point3(z=zz) if zz > 0:
            return "above plane z=%r" % zz
        case Point():
            return "some point"
        case _:
            return "not a point"
for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 1, 9), Point(1, 1), "P"]:
    print(where(p))
def builtins(v):
    match v:
        case bool(b):
            return "bool %r" % b
        case int(i):
            return "int %r" % i
        case float(f):
            return "float %r" % f
        case str() as s if not s:
            return "empty str"
        case str(s):
            return "str %r" % s
        case list([a, *_]):
            return "list starting %r" % a
        case dict(d):
            return "dict with %d keys" % len(d)
        case tuple():
            return "tuple"
    return "other"
for v in [True, 3, 2.5, "", "hi", [9, 8], {"k": 1}, (), None]:
    print(repr(v), builtins(v))
class NoArgs:
    pass
for subject, label in [(Point(1, 2), "too many"), (NoArgs(), "no match args")]:
    try:
        match subject:
            case Point(1, 2, 3):
                pass
            case NoArgs(1):
                pass
    except TypeError as e:
        print(label, type(e).__name__, e)
class BadMatchArgs:
    __match_args__ = ["a"]
try:
    match BadMatchArgs():
        case BadMatchArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
not_a_class = 5
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print(type(e).__name__, e)
