# statements: def/class statements execute at runtime: conditional definitions, redefinition, defs in loops
import sys
if sys.getrecursionlimit() > 10:
    def choose():
        return "first definition"
else:
    def choose():
        return "second definition"
print(choose())
def choose():
    return "redefined"
print(choose())
funcs = []
for i in range(3):
    def numbered(i=i):
        return "fn %d" % i
    funcs.append(numbered)
print([f() for f in funcs], funcs[0] is not funcs[1])
def outer():
    print("outer body runs; defining inner")
    def inner():
        return "inner"
    return inner
print(outer()())
classes = []
for name in ("A", "B"):
    class K:
        tag = name
    classes.append(K)
print([k.tag for k in classes], classes[0] is not classes[1], [k.__name__ for k in classes])
try:
    early()
except NameError as e:
    print(type(e).__name__, e)
def early():
    return "now defined"
print(early())
def uses_later():
    return later_helper()
def later_helper():
    return "resolved at call time"
print(uses_later())
