# classes: __slots__ layout conflicts, __dict__/__weakref__ absence messages, slots with defaults via class
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class E1:
    __slots__ = ()
class AE(A, E1):
    __slots__ = ("c",)
ae = AE()
ae.a = 1
ae.c = 3
print(ae.a, ae.c)
try:
    A().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(A())
except TypeError as e:
    print(type(e).__name__, e)
class WithSlotProp:
    __slots__ = ("_x",)
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
w = WithSlotProp()
w.x = 5
print(w.x, w._x)
class Counter:
    __slots__ = ("n",)
    total = 0
    def __init__(self):
        self.n = 0
c = Counter()
print(c.total)
try:
    c.total = 5
except AttributeError as e:
    print(type(e).__name__, e)
Counter.total = 7
print(c.total)
class ListSlots:
    __slots__ = ["p", "q"]
ls = ListSlots()
ls.p, ls.q = 1, 2
print(ls.p + ls.q, ListSlots.__slots__)
class DictSlots:
    __slots__ = {"k": "doc for k"}
print(DictSlots.k.__doc__)
try:
    class BadSlot:
        __slots__ = ("1abc",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class DupDict:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)
