# classes: __slots__ restricting attributes, AttributeError messages, slots with inheritance, no __dict__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)
print(type(P.x).__name__, P.__slots__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, sorted(q.__dict__))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 4
print(r.x, r.w, hasattr(r, "__dict__"))
try:
    r.v = 5
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = "single"
s = S()
s.single = 1
print(s.single, S.__slots__)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(type(e).__name__, e)
class Unset:
    __slots__ = ("v",)
try:
    Unset().v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Unset().v
except AttributeError as e:
    print(type(e).__name__, e)
