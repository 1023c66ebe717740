# exceptions2: user-defined __str__/__repr__ on exceptions used by print, str(), format and repr of containers
class Pretty(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
    def __str__(self):
        return "invalid %s: %r" % (self.field, self.value)
class Both(Exception):
    def __str__(self):
        return "Both.str"
    def __repr__(self):
        return "Both.repr"
try:
    raise Pretty("age", -1)
except Pretty as e:
    print(e)
    print(str(e), repr(e), e.args)
    print("formatted: {}".format(e), f"{e!r}", "%s" % e)
b = Both("x")
print(b, [b], repr(b), f"{b}")
class StrRaises(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
try:
    str(StrRaises())
except RuntimeError as e:
    print(type(e).__name__, e)
class BadStr(Exception):
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class UsesArgs(Exception):
    def __str__(self):
        return "|".join(map(str, self.args))
print(UsesArgs(1, 2, 3), UsesArgs())
