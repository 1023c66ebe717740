# statements: or-patterns (alternatives tried left to right) and as-patterns binding whole subpatterns
def f(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case [x, 0] | [0, x]:
            return "pair with zero, other=%r" % (x,)
        case (1 | 2) as n:
            return "unreachable %r" % n
        case [(1 | 2) as a, (3 | 4) as b]:
            return "a=%r b=%r" % (a, b)
        case {"k": (str() | bytes()) as val}:
            return "k is text-like: %r" % (val,)
        case [*_] as whole if len(whole) > 3:
            return "long sequence %r" % (whole,)
        case str() | bytes() as text:
            return "text %r" % (text,)
        case _:
            return "other"
for v in [1, [5, 0], [0, 7], [0, 0], [2, 4], [2, 5], {"k": "s"}, {"k": b"b"}, {"k": 1}, [1, 2, 3, 4], "str", b"by", 3.5]:
    print(repr(v), "->", f(v))
def order(v):
    match v:
        case [a, _] | [_, a] if a > 0:
            return "first alternative that matches binds a=%r" % a
    return "guard failed"
print(order([5, -1]), order([-1, 5]))
def nested_as(v):
    match v:
        case [[x, y] as inner, *rest] as outer:
            return (x, y, inner, rest, outer)
print(nested_as([[1, 2], 3]))
