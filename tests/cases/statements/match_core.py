# statements: match without % formatting: every pattern kind, binding rules, scopes, runtime errors, hot loops
def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "s":
            return "str s"
        case b"b":
            return "bytes b"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return f"other {v!r}"
for v in [0, 0.0, False, -1, -1.0, 2.5, "s", b"b", None, True, 1, 1.0, "x"]:
    print(repr(v), lit(v))

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case (a, b):
            return f"two {a!r} {b!r}"
        case [a, *_, z]:
            return f"first {a!r} last {z!r}"
print([seq(v) for v in [[], (), [1], (1, 2), [1, 2, 3, 4], range(5), "ab", "a", b"xy", {"k": 1}, 7]])

def star(v):
    match v:
        case [*init, "end"]:
            return f"init {init}"
        case ["start", *rest]:
            return f"rest {rest}"
        case [a, [b, *c], *d]:
            return f"nested {a} {b} {c} {d}"
    return "no"
print(star(["a", "b", "end"]), star(("start", 1, 2)), star([1, [2, 3, 4], 5]), star([1, [], 2]))

def mapping(v):
    match v:
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": "rect", **dims} if dims:
            return f"rect {sorted(dims.items())}"
        case {"kind": k, **rest}:
            return f"kind {k} rest {rest}"
        case {}:
            return "some mapping"
    return "not a mapping"
for v in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 1, "h": 2}, {"kind": "rect"}, {"x": 1}, [], "kind"]:
    print(mapping(v))

class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Pt3(Pt):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def cls(v):
    match v:
        case Pt3(z=0) as p:
            return f"flat 3d {p.x},{p.y}"
        case Pt(0, 0):
            return "origin"
        case Pt(x, 0) | Pt(0, x):
            return f"on an axis at {x}"
        case Pt(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Pt():
            return "a point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"text {s}"
        case [Pt(x=a), Pt(x=b)]:
            return f"two points, xs {a} {b}"
    return "unknown"
for v in [Pt3(1, 2, 0), Pt(0, 0), Pt(5, 0), Pt(0, 6), Pt(3, 3), Pt(1, 2), 4, 2.5, "t", [Pt(1, 9), Pt(2, 8)], None]:
    print(cls(v))

# Names are bound only when the whole pattern matches.
def partial(v):
    p = q = "unbound"
    match v:
        case [p, 0]:
            pass
        case [q, 1] if False:
            pass
    return p, q
print(partial([1, 2]), partial([1, 0]), partial([2, 1]))

# Captures in a closure cell, at module level and in a class body.
def closure(v):
    match v:
        case [a, b]:
            return lambda: a + b
    return lambda: None
print(closure([1, 2])(), closure(5)())
match {"name": "mod"}:
    case {"name": modname}:
        pass
print("module-level capture", modname)
class Config:
    match ("debug", 1):
        case (flag, 1):
            enabled = flag
print("class-level capture", Config.enabled, Config.flag)

# Runtime errors.
class K:
    A = "a"
    B = "a"
try:
    match {"a": 1, "b": 2}:
        case {K.A: 1, K.B: 1}:
            pass
except ValueError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ("ok", 5)
    ok = 1
try:
    match BadArgs():
        case BadArgs(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Sub(BadArgs):
    pass
try:
    match Sub():
        case BadArgs(x, ok=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match Sub():
    case BadArgs(missing=1):
        print("not reached")
    case BadArgs(ok=1):
        print("missing attributes do not match")

# Subject evaluated once; value patterns evaluated in order, only when reached.
calls = []
def subject():
    calls.append("subject")
    return 3
class V:
    pass
def value(n):
    calls.append(f"value {n}")
    return n
V.one = 1
V.three = 3
match subject():
    case V.one:
        pass
    case V.three:
        calls.append("matched three")
print(calls)

# Hot loops (compiled under the JIT tier).
total = 0
for i in range(2000):
    match [i % 3, i % 5]:
        case [0, 0]:
            total += 15
        case [0, _] | [_, 0]:
            total += 1
        case [a, b] if a == b:
            total += a
        case _:
            pass
print("total", total)
counts = {}
for i in range(500):
    match {"k": i % 4, "v": i}:
        case {"k": 0 | 1 as k}:
            counts["low"] = counts.get("low", 0) + 1
        case {"k": k, "v": v} if v % 2:
            counts["odd"] = counts.get("odd", 0) + 1
        case _:
            counts["rest"] = counts.get("rest", 0) + 1
print(counts)
