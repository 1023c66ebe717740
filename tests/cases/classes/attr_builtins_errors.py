# classes: getattr/setattr/hasattr/delattr edge cases: non-string names, defaults, exceptions propagating
class C:
    x = 1
c = C()
for call in [lambda: getattr(c, 5), lambda: setattr(c, 5, 1), lambda: hasattr(c, None), lambda: delattr(c, 1.5)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "a", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Raiser:
    def __getattr__(self, name):
        raise ValueError("getattr failed for " + name)
try:
    hasattr(Raiser(), "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    getattr(Raiser(), "q", "default")
except ValueError as e:
    print(type(e).__name__, e)
class AttrErr:
    def __getattr__(self, name):
        raise AttributeError("custom " + name)
print(getattr(AttrErr(), "q", "default used"), hasattr(AttrErr(), "q"))
setattr(c, "with space", 1)
print(getattr(c, "with space"), sorted(vars(c)))
class S(str):
    pass
setattr(c, S("sub"), 2)
print(c.sub, type(list(vars(c))[-1]).__name__)
print(getattr(C, "x"), getattr(c, "__class__") is C, getattr(1, "real"), getattr("ab", "upper")())
