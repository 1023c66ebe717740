# statements2: match statements against subclasses and custom objects:
# mapping patterns' get/keys calls, inherited __match_args__, attributes
# that raise, value patterns compared with ==, or-pattern bindings.
# mapping patterns use .get / keys only for the listed keys; subclasses
class LoggingDict(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
    def keys(self):
        print("keys")
        return super().keys()
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
d = LoggingDict(a=1, b=2)
match d:
    case {"a": 1, "c": _}: print("no")
    case {"a": x, **rest}: print("yes", x, rest)
# __match_args__ inherited
class Base:
    __match_args__ = ("p",)
    def __init__(self, p): self.p = p
class Derived(Base): pass
match Derived(5):
    case Base(p): print("base match", p)
match Derived(6):
    case Derived(p=q): print("kw", q)
# attribute missing -> no match
class Obj: pass
match Obj():
    case Obj(x=1): print("no")
    case Obj(): print("plain obj")
# property raising
class Prop:
    @property
    def v(self): raise AttributeError("gone")
match Prop():
    case Prop(v=1): print("no")
    case _: print("property attribute error means no match")
class Prop2:
    @property
    def v(self): raise KeyError("boom")
try:
    match Prop2():
        case Prop2(v=1): pass
except KeyError as e: print("KeyError", e)
# sequences: deque-like custom sequence registered? use list subclass and tuple subclass
class L(list): pass
match L([1, 2]):
    case [a, b]: print("list subclass", a, b)
# iterator is not a sequence
match iter([1]):
    case [x]: print("no")
    case _: print("iterator is not a sequence")
# value pattern compares with ==
class Eq:
    def __eq__(self, o): print("eq called"); return True
class NS:
    V = Eq()
match 3:
    case NS.V: print("matched via __eq__")
# literal True uses identity
match 1:
    case True: print("no")
    case 1: print("1 is not True")
match 1.0:
    case 1: print("1.0 == 1")
# or-pattern binding order
match (1, 2):
    case (x, 3) | (1, x): print("or bound", x)
# star wildcard in middle with length checks
for v in [[1], [1, 2], [1, 2, 3, 4]]:
    match v:
        case [first, *_, last]: print("fl", first, last)
        case [only]: print("only", only)
# guard sees bound names, failing guard keeps bindings
match 5:
    case n if n > 10: print("no")
    case _: print("n after failed guard", n)
# nested class patterns with positional and keyword
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match [P(1, P(2, 3))]:
    case [P(1, P(x, y=yy))]: print("nested", x, yy)
# match on None/bool singletons in mapping values
match {"k": None}:
    case {"k": None}: print("none value")
# dict key patterns with negative/complex literals
match {-1: "a", 1j: "b"}:
    case {-1: a, 1j: b}: print(a, b)
