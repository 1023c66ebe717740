# protocols: unary -, +, ~, abs(), and their absence error messages; results printed
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        print("__neg__")
        return U(-self.v)
    def __pos__(self):
        print("__pos__")
        return U(self.v + 0.5)
    def __invert__(self):
        print("__invert__")
        return U(~self.v)
    def __abs__(self):
        print("__abs__")
        return U(abs(self.v))
    def __repr__(self):
        return "U(%r)" % (self.v,)
u = U(5)
print(-u, +u, ~u, abs(U(-3)))
print(-(-u))
print(not u)
class Strange:
    def __neg__(self):
        return "negated"
    def __invert__(self):
        return 42
print(-Strange(), ~Strange())
for expr, fn in [("-", lambda: -Strange()), ("+", lambda: +Strange()), ("abs", lambda: abs(Strange())), ("~obj", lambda: ~object()), ("-str", lambda: -"s"), ("~float", lambda: ~1.5), ("+list", lambda: +[])]:
    try:
        print(expr, fn())
    except TypeError as e:
        print(expr, type(e).__name__, e)
print(-True, +True, ~True, ~False, abs(-0.0), -0.0, -(0), ~-1)
x = 7
print(- - x, -+-x, ~~x, not not x)
