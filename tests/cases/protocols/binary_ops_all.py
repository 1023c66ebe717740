# protocols: every binary operator dunder on a user class, printing which method ran
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % (self.v,)
def make(name, fn):
    def method(self, other):
        o = other.v if isinstance(other, V) else other
        print("  ", name, self.v, o)
        return V(fn(self.v, o))
    method.__name__ = name
    return method
ops = {
    "__add__": lambda a, b: a + b, "__sub__": lambda a, b: a - b, "__mul__": lambda a, b: a * b,
    "__truediv__": lambda a, b: a / b, "__floordiv__": lambda a, b: a // b, "__mod__": lambda a, b: a % b,
    "__pow__": lambda a, b: a ** b, "__lshift__": lambda a, b: a << b, "__rshift__": lambda a, b: a >> b,
    "__and__": lambda a, b: a & b, "__or__": lambda a, b: a | b, "__xor__": lambda a, b: a ^ b,
    "__matmul__": lambda a, b: ("matmul", a, b), "__divmod__": lambda a, b: divmod(a, b),
}
for name, fn in ops.items():
    setattr(V, name, make(name, fn))
a, b = V(17), V(5)
print(a + b)
print(a - b)
print(a * b)
print(a / b)
print(a // b)
print(a % b)
print(a ** 2)
print(a << 2)
print(a >> 1)
print(a & b)
print(a | b)
print(a ^ b)
print(a @ b)
print(divmod(a, b))
print(pow(a, b))
print(a + 1 + 2)
print(a * b - b)
