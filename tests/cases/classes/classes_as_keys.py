# classes: classes as dict keys and set members, type dispatch tables, type equality and hashing
class A: pass
class B(A): pass
class C: pass
handlers = {A: "handle A", int: "handle int", str: "handle str"}
def dispatch(obj):
    for k in type(obj).__mro__:
        if k in handlers:
            return handlers[k]
    return "no handler"
for obj in [A(), B(), C(), 5, True, "s", 2.0]:
    print(type(obj).__name__, dispatch(obj))
kinds = {type(x) for x in [1, 2, "a", 1.0, True, None, A(), A()]}
print(sorted(k.__name__ for k in kinds))
print(A == A, A == B, A != C, hash(A) == hash(A), {A: 1}[A])
counts = {}
for x in [1, "a", 2, 3.0, "b", None, 4]:
    counts[type(x)] = counts.get(type(x), 0) + 1
print(sorted((k.__name__, v) for k, v in counts.items()))
print(type(1) is int, type(True) is bool, type(True) is int)
print(sorted([C, A, B], key=lambda k: k.__name__))
try:
    A < B
except TypeError as e:
    print(type(e).__name__, e)
