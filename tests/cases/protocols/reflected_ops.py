# protocols: reflected operators (__radd__ etc.) used when the left operand lacks support
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R(%r)" % (self.v,)
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"]
def make(n):
    def m(self, other):
        print("  __r%s__" % n, "self=%r other=%r" % (self.v, other))
        return ("r" + n, other, self.v)
    return m
for n in names:
    setattr(R, "__r%s__" % n, make(n))
r = R(3)
print(1 + r)
print(10 - r)
print(2 * r)
print(1 / r)
print(7 // r)
print(8 % r)
print(2 ** r)
print(1 << r)
print(64 >> r)
print(6 & r)
print(4 | r)
print(5 ^ r)
print([1] @ r)
print(divmod(9, r))
print(pow(2, r))
print("s" + r, [1] * r)
try:
    pow(2, r, 5)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyAdd:
    def __add__(self, other):
        return "OnlyAdd.__add__"
try:
    1 + OnlyAdd()
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyAdd() + 1)
