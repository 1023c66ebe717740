# KeyError, UnicodeError, StopIteration, SystemExit
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
print(str(KeyError("")), repr(str(KeyError(None))))
try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(e, e.args)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e)); print(repr(e))
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(str(e))
try:
    b"abc\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(str(e), e.start, e.end, e.object)
try:
    b"abc\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(str(e))
try:
    "h\xe9llo".encode("ascii")
except UnicodeEncodeError as e:
    print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
try:
    "h\u20ac\u20acllo".encode("ascii")
except UnicodeEncodeError as e:
    print(str(e))
e = UnicodeEncodeError("ascii", "x\U0001f600", 1, 2, "r")
print(str(e))
e = UnicodeTranslateError("abc", 1, 2, "why")
print(str(e), e.args)
try:
    UnicodeDecodeError("x")
except TypeError as e:
    print("TypeError", e)
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
s = StopIteration(3); s.value = 4; print(s.value, s.args)
for code in [None, 0, 1, "msg", (1, 2), 2.5]:
    e = SystemExit(code)
    print(repr(e), e.code, e.args)
print(SystemExit().code, SystemExit(1, 2).code)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("caught", e.code)
import sys
try:
    sys.exit("bye")
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, e.args)
e = KeyboardInterrupt(); print(isinstance(e, Exception), isinstance(e, BaseException))
e = AttributeError("m", name="n", obj=5); print(e.name, e.obj, e.args)
e = NameError("m", name="n"); print(e.name, e.args)
e = ImportError("m", name="mod", path="/p"); print(e.name, e.path, e.msg, e.args, str(e), repr(e))
e = ImportError(); print(e.name, e.path, e.msg, repr(e))
e = ModuleNotFoundError("no mod", name="x"); print(repr(e), e.name)
try:
    ImportError(foo=1)
except TypeError as e:
    print("TypeError", e)
try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError", e)
e = SyntaxError("msg", ("f.py", 1, 2, "text", 1, 5))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
print(str(SyntaxError("m")), repr(SyntaxError("m")))
e = BaseException(); e.args = [1, 2]; print(e.args, str(e))
e = Exception("a"); e.args = "xy"; print(e.args)
print(repr(Exception("a", )), repr(Exception(("a",))), str(Exception(("a",))))
