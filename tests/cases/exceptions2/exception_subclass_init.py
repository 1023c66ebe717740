# Subclasses of built-in exceptions get the fields their built-in base sets
# from its arguments: OSError's errno/strerror/filename, the keyword-only
# name/path/obj of ImportError, AttributeError and NameError.

ENOENT, EACCES, EEXIST = 2, 13, 17


class StorageError(OSError):
    """Base of a small storage layer's errors."""


class MissingBlob(StorageError):
    def __init__(self, path):
        super().__init__(ENOENT, "blob not found", path)
        self.path = path


class Locked(StorageError):
    pass


e = StorageError(EACCES, "permission denied", "/data/x")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)
print(str(e))
e = MissingBlob("/blobs/42")
print(e.errno, e.strerror, e.filename, e.path, e.args, str(e))
e = Locked("just a message")
print(e.errno, e.strerror, e.args, str(e))
e = Locked(EEXIST, "exists", "a", None, "b")
print(str(e), e.filename2)
try:
    raise MissingBlob("/blobs/7")
except OSError as err:
    print("caught", type(err).__name__, err.errno == ENOENT, err)
# Calling the built-in OSError picks a subclass from errno; a subclass does not.
print(type(OSError(ENOENT, "x")).__name__, type(StorageError(ENOENT, "x")).__name__)


class PluginImportError(ImportError):
    pass


e = PluginImportError("cannot load plugin", name="plugins.fast", path="/p/fast.py")
print(e.name, e.path, e.msg, str(e), repr(e))
e = PluginImportError("no keywords")
print(e.name, e.path)
try:
    PluginImportError("x", module="m")
except TypeError as t:
    print(t)
try:
    ImportError("x", bogus=1)
except TypeError as t:
    print(t)


class ConfigAttributeError(AttributeError):
    pass


e = ConfigAttributeError("no setting", name="timeout", obj={"a": 1})
print(e.name, e.obj, str(e))


class UndefinedVariable(NameError):
    pass


print(UndefinedVariable("undefined", name="x").name)


class Plain(ValueError):
    pass


for make in (lambda: Plain("a", reason=1), lambda: ValueError("a", reason=1)):
    try:
        make()
    except TypeError as t:
        print(t)


class WithKeywords(ValueError):
    def __init__(self, *args, **kw):
        super().__init__(*args)
        self.kw = kw


w = WithKeywords("bad", field="age")
print(w.args, w.kw, str(w))


class Reinit(KeyError):
    def __init__(self, key, hint):
        super().__init__(key)
        self.hint = hint

    def __str__(self):
        return f"{super().__str__()} (hint: {self.hint})"


r = Reinit("user", "check spelling")
print(r.args, str(r), repr(r))
