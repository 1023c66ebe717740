# statements2: match statements with every pattern kind (test_patma style):
# literals, captures, wildcards, sequences, mappings, classes, or, as, guards,
# self-matching builtins and the TypeErrors of bad class patterns.
# match statements: every pattern kind
import sys
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self): return f"Point({self.x}, {self.y})"

def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small int"
        case True:
            return "true?"
        case None:
            return "none"
        case "hello" | b"hello":
            return "greeting"
        case -3:
            return "minus three"
        case 1.5:
            return "one and half"
        case 2+3j:
            return "complex"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if len(rest) > 2:
            return f"long {x} {y} {rest}"
        case [x, *_, y]:
            return f"ends {x} {y}"
        case {"k": v1, **others} if others:
            return f"k={v1} others={others}"
        case {"k": v1}:
            return f"just k={v1}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) as p if x == y:
            return f"diag {p}"
        case Point():
            return "some point"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"string {s!r}"
        case (1, 2) | (3, 4):
            return "pair"
        case _:
            return "other"

for v in [0, 1, 2, True, False, None, "hello", b"hello", -3, 1.5, 2+3j, [], [7], (1, 2, 3, 4, 5), [1, 2, 3],
          {"k": 1}, {"k": 1, "j": 2}, {"z": 0}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 500, 50, "s",
          (3, 4), range(2), "xyz", {1, 2}, bytearray(b"ab"), 3.0]:
    print(repr(v), "->", classify(v))

# value patterns with dotted names
class Color:
    RED = 1
    GREEN = 2
class E:
    A = "a"
    B = "b"
for c in [1, 2, 3, "a", "b"]:
    match c:
        case Color.RED: print("red")
        case Color.GREEN: print("green")
        case E.A: print("E.A")
        case E.B: print("E.B")
        case _: print("no color", c)

# strings and bytes are not sequences
for v in ["ab", b"ab", ["a", "b"], bytearray(b"ab")]:
    match v:
        case [a, b]: print("seq", a, b)
        case _: print("not seq", type(v).__name__)

# mapping with non-literal keys, rest
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        print("rest", rest)

# nested, star in middle
match [1, [2, 3], {"x": (4, 5)}]:
    case [a, [b, *c], {"x": (d, e)}]:
        print(a, b, c, d, e)

# guard evaluation order and binding on failure
def g(v):
    match v:
        case (x, y) if print("guard1", x, y) or x > y:
            return "first"
        case (x, y):
            return f"second {x} {y}"
print(g((1, 2)), g((3, 2)))

# class pattern errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class BadArgs:
    __match_args__ = ("a", "a")
    a = 1
try:
    match BadArgs():
        case BadArgs(x, y): pass
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(x, y): pass
except TypeError as e:
    print("TypeError:", e)
class NotStr:
    __match_args__ = (1,)
try:
    match NotStr():
        case NotStr(x): pass
except TypeError as e:
    print("TypeError:", e)
class Tup:
    __match_args__ = ["a"]
try:
    match Tup():
        case Tup(x): pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case len(x): pass
except TypeError as e:
    print("TypeError:", e)
# builtin self-matching
for v in [5, 5.0, "s", b"b", [1], (1,), {1: 2}, frozenset(), True, bytearray()]:
    match v:
        case bool(x): print("bool", x)
        case int(x): print("int", x)
        case float(x): print("float", x)
        case str(x): print("str", x)
        case bytes(x): print("bytes", x)
        case list(x): print("list", x)
        case tuple(x): print("tuple", x)
        case dict(x): print("dict", x)
        case frozenset(x): print("frozenset", x)
        case bytearray(x): print("bytearray", x)
# capture variables after failed match
match (1, 2):
    case (a1, 3): pass
    case _: pass
try:
    print(a1)
except NameError as e:
    print("NameError", e)
# match on a subject expression that is a tuple without parens
x = 1
match x, 2:
    case (1, 2): print("tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]: print("star subject")
# soft keywords as names
match = 3
case = 4
print(match, case)
_ = 5
print(_)
