# functions2: errors from * and ** at call sites and in displays (messages name the callee), custom mappings, merge order
def f(*args, **kwargs):
    return args, kwargs
class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()), {**Mapping(), "c": 1}, f(x=1, **Mapping(), y=2))
class Obj:
    def meth(self, **kw):
        return kw
    def __call__(self, *a, **k):
        return a, k
tests = [
    lambda: f(*5),
    lambda: f(1, *5),
    lambda: f(*[], *None),
    lambda: f(**5),
    lambda: f(**{}, **[1]),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{"a": 1}, a=2),
    lambda: f(**Mapping(), b=0),
    lambda: Obj().meth(**3),
    lambda: print(*7),
    lambda: dict(**{"k": 1}, k=2),
    lambda: [*3],
    lambda: (*3.5,),
    lambda: {*4},
    lambda: {**6},
    lambda: {**[("a", 1)]},
    lambda: f(**{1: 2}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(f(*"ab", *[1], **{"z": 0}), f(*(i for i in range(3))))
