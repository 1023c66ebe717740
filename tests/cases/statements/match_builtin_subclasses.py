# statements: class patterns with builtin subclasses: bool vs int, str subclasses, positional self-match on subclasses
class MyInt(int):
    pass
class MyStr(str):
    __match_args__ = ("upper_form",)
    @property
    def upper_form(self):
        return self.upper()
def f(v):
    match v:
        case bool():
            return "bool"
        case MyInt(3):
            return "MyInt three"
        case int(3):
            return "int three (incl. subclasses)"
        case MyStr("HI"):
            return "MyStr matched via __match_args__ upper_form"
        case str("hi"):
            return "plain str hi"
        case _:
            return "other"
for v in [True, MyInt(3), 3, 3.0, MyStr("hi"), "hi", MyStr("ho")]:
    print(type(v).__name__, repr(v), "->", f(v))
def g(v):
    match v:
        case int(x) if isinstance(x, bool):
            return "bool captured via int(): %r" % x
        case int(x):
            return "int %r" % x
    return "no"
print(g(False), g(7), g("7"))
class Sub(list):
    pass
match Sub([1, 2]):
    case list([a, b]):
        print("list pattern matched subclass", a, b)
match (1, 2):
    case list():
        print("not reached")
    case tuple([1, x]):
        print("tuple self-match with sequence subpattern", x)
