# protocols: __repr__, __str__ and __format__ with format specs, f-string conversions, format() errors
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __repr__(self):
        return "Money(%r)" % self.amount
    def __str__(self):
        return "$%.2f" % self.amount
    def __format__(self, spec):
        print("__format__ spec=%r" % spec)
        if spec == "":
            return str(self)
        if spec == "cents":
            return "%d cents" % round(self.amount * 100)
        return format(self.amount, spec)
m = Money(3.5)
print(m, repr(m), str(m))
print(f"{m}", f"{m:cents}", f"{m:>10.3f}", f"{m!r}", f"{m!s:>8}")
print(format(m), format(m, "cents"), "{:cents} and {}".format(m, m), "{0!r:>12}".format(m))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
class Width:
    def __format__(self, spec):
        return "[" + spec + "]"
w = 7
print(f"{Width():{w}d}", f"{Width():>{w}}", "{:{}}".format(Width(), "abc"))
print(format(3, ""), format(3.0), format("s", ""), f"{3!r:>4}", f"{'s'!a}")
class Sub(int):
    def __format__(self, spec):
        return "Sub:" + spec
print(f"{Sub(5)}", f"{Sub(5):x}", "%d" % Sub(5), str(Sub(5)))
print("%s|%r|%a" % (m, m, "é"))
