# builtins2: printf-style str % formatting: conversions, flags, width/precision, *, %(name)s, errors
print("%s %d %5.2f %r %x %o %e %g %c %%" % ("a", 42, 3.14159, "q", 255, 8, 12345.678, 0.00001234, 65))
print("%-5d|%05d|%+d|% d|%+.3d" % (3, -42, 7, 8, 5))
print("%#x %#X %#o %x %X" % (255, 255, 8, -255, 3054))
print("%10.3f|%-10.2e|%G|%.0f|%#g" % (3.14159, 1234.5, 1e-10, 2.5, 1.0))
print("%5s|%-5s|%.2s|%r" % ("a", "b", "abc", [1, "x"]))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.0))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%s" % (1,), "%s" % [1, 2], "%s" % None, "%d" % True, "%i" % 3.9, "%f" % 2)
print("%c%c" % ("x", 0x263A), "%5c|" % "y", "%d" % 10 ** 20, "%x" % 2 ** 70)
print("%s %s" % (1.0, 1e16), "%r" % (1.5,), "%a" % "é", "%%s" % ())
print("hello" % [], "hello" % {}, "%s %(a)s" % {"a": 1})
class W:
    def __str__(self):
        return "W-str"
    def __repr__(self):
        return "W-repr"
print("%s|%r|%10s|%-8r|" % (W(), W(), W(), W()))
print("%s" % W(), "[%s]" % (W(),))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: "%s %s" % (1,))
attempt(lambda: "%s" % (1, 2))
attempt(lambda: "x" % 5)
attempt(lambda: "%d" % "a")
attempt(lambda: "%x" % 1.5)
attempt(lambda: "%f" % "a")
attempt(lambda: "%c" % "ab")
attempt(lambda: "%c" % -1)
attempt(lambda: "%*d" % ("a", 1))
attempt(lambda: "%(a)s" % 5)
attempt(lambda: "%(a)s" % {})
attempt(lambda: "%z" % 1)
attempt(lambda: "%" % 1)
attempt(lambda: "%d" % None)
s = "%d items"
s %= 3
print(s)
