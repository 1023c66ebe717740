# protocols: == / != operand order: reflected __eq__ on right for builtins on left, subclass priority, identity fallback
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("%s.__eq__(%r)" % (self.name, getattr(other, "name", other)))
        return NotImplemented
    def __ne__(self, other):
        print("%s.__ne__(%r)" % (self.name, getattr(other, "name", other)))
        return NotImplemented
a, b = Loud("a"), Loud("b")
print(1 == a)
print(a == 1)
print("s" != a)
print(a == b)
print(a != b)
print(a == a)
class SubLoud(Loud):
    def __eq__(self, other):
        print("SubLoud(%s).__eq__" % self.name)
        return True
s = SubLoud("s")
print(a == s)
print(s == a)
print([a] == [s])
print(None == a)
class EqInt(int):
    def __eq__(self, other):
        print("EqInt.__eq__", other)
        return "custom"
    __hash__ = int.__hash__
print(3 == EqInt(3))
print(EqInt(3) == 3)
print(3.0 == EqInt(3))
