class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoSuper(1, 2).args, str(NoSuper(1, 2)), repr(NoSuper(1, 2)))
class CustomNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "fixed")
        return self
    def __init__(self, *args):
        pass
print(CustomNew(1, 2).args)
class InitArgs(Exception):
    def __init__(self, x):
        super().__init__(x, "extra")
print(InitArgs(1).args, str(InitArgs(1)))
e = ValueError(1); e.foo = 2
print(BaseException.__new__(ValueError, 1, 2).args)
e = ValueError.__new__(ValueError)
print(e.args, repr(e))
e.__init__(3, 4)
print(e.args)
e.args = (5,)
print(e.args, str(e))
e.args = [6, 7]
print(e.args)
try:
    e.args = 5
except TypeError as x:
    print("TypeError", x)
try:
    del e.args
except TypeError as x:
    print("TypeError", x)
# catching non-exception classes
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as x:
    print("TypeError", x)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("matched first in tuple")
except TypeError as x:
    print("TypeError", x)
try:
    try:
        raise KeyError
    except (ValueError, 5):
        pass
except TypeError as x:
    print("TypeError", x)
# raise class whose constructor fails
class Bad(Exception):
    def __init__(self):
        raise RuntimeError("ctor failed")
try:
    raise Bad
except RuntimeError as x:
    print("RuntimeError", x)
# __new__ returning non-exception
class Odd(Exception):
    def __new__(cls):
        return 5
try:
    raise Odd
except TypeError as x:
    print("TypeError", x)
# exception equality and hash
a = ValueError(1); b = ValueError(1)
print(a == b, a == a, hash(a) == hash(a))
# exception as context manager of chain through nested functions
def lvl3(): raise OSError(2, "no")
def lvl2():
    try: lvl3()
    except OSError as e: raise RuntimeError("wrap") from e
try: lvl2()
except RuntimeError as e:
    print(repr(e.__cause__), e.__cause__.errno, type(e.__cause__).__name__)
# isinstance checks with tuples of exceptions
print(issubclass(FileNotFoundError, (KeyError, OSError)), isinstance(KeyError(), LookupError))
# exception class attributes
print(ValueError.__name__, ValueError.__module__, ValueError.__qualname__, ValueError.__bases__, ValueError.__mro__)
print(BaseException.__bases__, KeyError.__mro__)
print(OSError.__mro__, FileNotFoundError.__mro__)
# user subclass repr/str
class Mine(ValueError): pass
print(repr(Mine("x")), str(Mine("x")), Mine.__mro__)
class WithRepr(Exception):
    def __repr__(self): return "WR!"
print(repr(WithRepr()), str(WithRepr("s")))
# exceptions with keyword args in subclass
class KW(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
k = KW("m", code=3)
print(k.args, k.code)
try:
    Exception(a=1)
except TypeError as x:
    print("TypeError", x)
class KW2(Exception): pass
try:
    KW2(a=1)
except TypeError as x:
    print("TypeError", x)
