# classes: subclassing Exception with extra attributes, __init__ with args, str/repr, catching by base
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__("not found: " + key)
        self.key = key
        self.where = where
class Weird(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, e.where, repr(e))
try:
    raise Weird(1, 2)
except Exception as e:
    print(type(e).__name__, str(e), e.args, repr(e), e.a, e.b)
class NoArgs(Exception):
    def __init__(self):
        pass
e = NoArgs()
print(repr(str(e)), e.args, repr(e))
class SetArgs(Exception):
    def __init__(self, x):
        self.args = ("replaced", x)
print(SetArgs(5), repr(SetArgs(5)))
print(issubclass(NotFound, Exception), NotFound.__mro__[2].__name__)
class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError("the key")
except LookupError as e:
    print(type(e).__name__, e, str(e))
class Custom(ValueError):
    def __str__(self):
        return "custom<" + ",".join(map(str, self.args)) + ">"
try:
    raise Custom(1, 2)
except ValueError as e:
    print(e, repr(e), e.args)
class WithNew(Exception):
    def __new__(cls, *args):
        print("WithNew.__new__", args)
        return super().__new__(cls, *args)
try:
    raise WithNew("x", "y")
except WithNew as e:
    print(e, e.args)
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
