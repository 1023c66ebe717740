# exceptions2: args tuple and str()/repr() of exceptions with 0, 1, several and non-string args; KeyError quirks
for args in [(), ("msg",), ("a", "b"), (1,), (None,), ([1, 2],), ("",), (("t",),)]:
    e = Exception(*args)
    print(repr(args), "->", repr(str(e)), repr(e))
for args in [(), ("k",), (1,), ("a", "b"), ("",)]:
    e = KeyError(*args)
    print("KeyError", repr(args), "->", repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("replaced", 2)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
e.args = [1]
print(e.args, type(e.args).__name__)
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
    print(u)
try:
    "é".encode("ascii")
except UnicodeEncodeError as u:
    print(u.encoding, repr(u.object), u.start, u.end, u.reason)
    print(u)
print(str(AttributeError("a", "b")), repr(NameError("n")))
