# classes: del and reassignment inside class body, helper functions removed after use, locals() in body
class C:
    def helper(x):
        return x * 2
    a = helper(2)
    b = helper(5)
    del helper
    temp = [1, 2, 3]
    total = sum(temp)
    del temp
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(C.a, C.b, C.total, hasattr(C, "helper"), hasattr(C, "temp"), C.snapshot)
class D:
    x = 1
    x = x + 1
    x += 10
print(D.x)
try:
    class E:
        del undefined_name
except NameError as e:
    print(type(e).__name__, e)
class F:
    for _n in ("a", "b", "c"):
        locals()[_n] = _n.upper()
    del _n
print(F.a, F.b, F.c)
class G:
    name = "G"
    def method(self):
        return name
name = "module name"
print(G().method())
class H:
    items = [x * 2 for x in range(3)]
    first = items[0]
    gen_result = list(i for i in items)
print(H.items, H.first, H.gen_result)
