# Exception classes with several built-in exception bases: which combinations
# CPython allows (their instance layouts lie on one chain), which base is
# __base__, and which base's __str__ applies.


class NotFound(KeyError, AttributeError):
    """Raised by a mapping-like object that is also used with getattr."""


class Registry:
    def __init__(self):
        self._items = {"a": 1}

    def __getitem__(self, key):
        try:
            return self._items[key]
        except KeyError:
            raise NotFound(key) from None

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]


r = Registry()
print(r["a"], r.a)
for probe in (lambda: r["zz"], lambda: r.zz):
    try:
        probe()
    except KeyError as e:
        print("KeyError handler:", type(e).__name__, str(e), repr(e), e.args)
print(getattr(r, "missing", "default"))
print(hasattr(r, "nope"), hasattr(r, "a"))
print([c.__name__ for c in NotFound.__mro__])
print(NotFound.__base__.__name__, NotFound.__bases__)
e = NotFound("k")
print(e.name, e.obj, isinstance(e, LookupError), isinstance(e, AttributeError))


class BadValue(ValueError, TypeError):
    pass


try:
    raise BadValue("both kinds")
except TypeError as e:
    print("TypeError handler:", repr(e), str(e), BadValue.__base__.__name__)


class LookupOS(LookupError, OSError):
    pass


e = LookupOS(2, "missing")
print(LookupOS.__base__.__name__, e.args, isinstance(e, OSError))


class MyOSError(OSError):
    pass


class Both(MyOSError, FileNotFoundError):
    pass


print([c.__name__ for c in Both.__mro__])


class ImportLike(ImportError, LookupError):
    pass


e = ImportLike("no module", name="mod")
print(ImportLike.__base__.__name__, e.name, e.msg, str(e))

combos = [
    ("KeyError", "AttributeError"),
    ("AttributeError", "KeyError"),
    ("OSError", "AttributeError"),
    ("ImportError", "NameError"),
    ("StopIteration", "ValueError"),
    ("StopIteration", "SystemExit"),
    ("UnicodeError", "AttributeError"),
    ("UnicodeDecodeError", "UnicodeEncodeError"),
    ("SyntaxError", "OSError"),
    ("IndexError", "KeyError"),
    ("ArithmeticError", "LookupError"),
    ("ExceptionGroup", "ValueError"),
    ("NameError", "UnboundLocalError"),
    ("RuntimeError", "NotImplementedError"),
]
for a, b in combos:
    try:
        cls = type("X", (eval(a), eval(b)), {})
        print(a, b, "->", cls.__base__.__name__)
    except TypeError as e:
        print(a, b, "->", e)

try:
    class Bad(OSError, AttributeError):
        pass
except TypeError as e:
    print("class statement:", e)
