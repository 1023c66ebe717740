# statements: value patterns with dotted names (Color.RED) compared by ==, class-level constants, module-like namespaces
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Status:
    OK = 200
    NOT_FOUND = 404
    class Nested:
        DEEP = "deep"
def describe(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Status.OK | Status.NOT_FOUND:
            return "http status %d" % c
        case Status.Nested.DEEP:
            return "nested constant"
        case _:
            return "unknown"
for c in ["red", "green", "blue", 200, 404, 200.0, "deep", 500]:
    print(repr(c), describe(c))
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Loud.__eq__ with", other)
        return self.v == other
class Consts:
    A = Loud(1)
    B = Loud(2)
def check(v):
    match v:
        case Consts.A:
            return "A"
        case Consts.B:
            return "B"
    return "neither"
print(check(2))
print(check(3))
Color.RED = "crimson"
print(describe("red"), describe("crimson"))
