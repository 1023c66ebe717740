# protocols: in-place operators (__iadd__ etc.), fallback to binary op when __i*__ missing, return value rebinds
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
ops_table = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b, "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
    "pow": lambda a, b: a ** b, "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b,
    "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
    "matmul": lambda a, b: a * b * 100,
}
def make(n):
    def m(self, other):
        print("  __i%s__" % n, self.v, other)
        self.v = ops_table[n](self.v, other)
        return self
    return m
for n in names:
    setattr(Acc, "__i%s__" % n, make(n))
a = Acc(100)
orig = a
a += 5; a -= 3; a *= 2; a /= 4; a //= 2; a %= 7; a **= 2; 
print(a, a is orig)
b = Acc(6)
b <<= 2; b >>= 1; b &= 7; b |= 8; b ^= 3; b @= 2
print(b)
class BinOnly:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("  BinOnly.__add__")
        return BinOnly(self.v + other)
x = BinOnly(1)
y = x
x += 10
print(x.v, y.v, x is y)
class ReturnsOther:
    def __iadd__(self, other):
        return "replaced"
z = ReturnsOther()
z += 1
print(z)
class ReturnsNone:
    def __iadd__(self, other):
        self.hit = True
w = ReturnsNone()
w += 1
print(w)
class NI:
    def __iadd__(self, other):
        print("  NI.__iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, other):
        print("  NI.__add__")
        return "from __add__"
n = NI()
n += 1
print(n)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t)
