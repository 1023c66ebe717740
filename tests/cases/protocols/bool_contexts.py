# protocols: __bool__ consulted in if/while/ternary/and/or/not/assert/filters; and/or return operands
class T:
    def __init__(self, name, val):
        self.name = name
        self.val = val
    def __bool__(self):
        print("bool(%s)" % self.name)
        return self.val
    def __repr__(self):
        return self.name
t, f = T("t", True), T("f", False)
if t:
    print("if t")
if not f:
    print("not f")
print("ternary:", "yes" if f else "no")
print("and:", t and f)
print("or:", f or t)
print("and short:", f and t)
print("or short:", t or f)
n = 0
w = T("w", True)
while w:
    n += 1
    if n == 2:
        w.val = False
print("while ran", n)
assert t, "never"
print([x for x in [t, f, t] if x])
print(any([f, t, f]), all([t, f, t]))
print(list(filter(None, [f, t])))
print(not t, bool(f))
r = t and f or T("z", True)
print("chain result", r)
x = 0
x = x or t
print(x)
print(f if f else "fallback", [] or f)
class Raises:
    def __bool__(self):
        raise ValueError("no truth")
for label, fn in [("if", lambda: 1 if Raises() else 0), ("not", lambda: not Raises()), ("and", lambda: Raises() and 1), ("or-skip", lambda: 1 or Raises())]:
    try:
        print(label, fn())
    except ValueError as e:
        print(label, type(e).__name__, e)
