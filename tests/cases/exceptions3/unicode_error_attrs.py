# test_exceptions.test_unicode_change_attributes style
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u))
u.encoding = 4000
print(str(u))
u.start = 1000
print(str(u))
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u))
u.encoding = 4000
print(str(u))
u.start = 1000
print(str(u))
u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u))
u.start = 1000
print(str(u))
# attributes read back
u = UnicodeEncodeError('ascii', 'abc', 0, 1, 'r')
print(u.encoding, u.object, u.start, u.end, u.reason, u.args)
u.object = 'zz'
print(u.object, u.args)
# str() of exceptions with weird args
print(str(UnicodeError()), str(UnicodeError("x")), repr(UnicodeError("a", 1)))
# test_str: str of exceptions with __str__ overridden in subclass of builtin
class MyKeyError(KeyError):
    pass
print(str(MyKeyError("x")), repr(MyKeyError("x")), str(MyKeyError()), str(MyKeyError(1, 2)))
class E(OSError): pass
print(str(E(2, "x")), str(E(2, "x", "f")), type(E(2, "x")).__name__)
# testAttributes-like
for exc, args, attr, val in [
    (BaseException, (), "args", ()),
    (BaseException, (1,), "args", (1,)),
    (SystemExit, ("foo",), "code", "foo"),
    (OSError, ("foo",), "errno", None),
    (OSError, ("foo", "bar"), "strerror", "bar"),
    (OSError, ("foo", "bar", "baz"), "filename", "baz"),
    (OSError, ("foo", "bar", "baz", None, "quux"), "filename2", "quux"),
    (OSError, ("errnoStr", "strErrorStr", "filenameStr"), "args", ("errnoStr", "strErrorStr")),
    (SyntaxError, (), "msg", None),
    (SyntaxError, ("msgStr",), "text", None),
    (SyntaxError, ("msgStr", ("filenameStr", "linenoStr", "offsetStr", "textStr", "endLinenoStr", "endOffsetStr")), "end_offset", "endOffsetStr"),
    (SyntaxError, ("msgStr", "filenameStr", "linenoStr", "offsetStr", "textStr", "print_file_and_lineStr"), "args", ("msgStr", "filenameStr", "linenoStr", "offsetStr", "textStr", "print_file_and_lineStr")),
    (UnicodeError, (), "args", ()),
    (UnicodeEncodeError, ("ascii", "a", 0, 1, "ordinal not in range"), "reason", "ordinal not in range"),
    (UnicodeDecodeError, ("ascii", bytearray(b"\xff"), 0, 1, "ordinal not in range"), "object", b"\xff"),
    (UnicodeTranslateError, ("\u3042", 0, 1, "ouch"), "encoding", None),
    (NaiveException := type("NaiveException", (Exception,), {"__init__": lambda self, x: setattr(self, "x", x) or Exception.__init__(self, x)}), ("foo",), "x", "foo"),
]:
    e = exc(*args)
    got = getattr(e, attr)
    print(exc.__name__, attr, got == val, repr(got))
