# functions2: keyword arguments whose names are Python keywords or builtins, reached via ** unpacking
def f(**kw):
    return sorted(kw.items())
print(f(**{"class": 1, "def": 2, "if": 3}))
print(f(**{"print": print is not None, "len": 2, "self": 3}))
def g(list=None, dict=None, str="s", type=1):
    return list, dict, str, type
print(g(list=[1], type="t"), g())
print(f(**{"": 0, " ": 1, "é": 2, "1x": 3}))
def h(*, lambda_=None, **rest):
    return lambda_, rest
print(h(lambda_=1, **{"lambda": 2}))
class Config:
    def __init__(self, **opts):
        for k, v in opts.items():
            setattr(self, k, v)
c = Config(**{"for": "loop", "name": "cfg"})
print(getattr(c, "for"), c.name, sorted(vars(c)))
print(dict(**{"in": 1}, **{"is": 2}))
def collect(**kw):
    return list(kw)
print(collect(**{"__init__": 1, "__class__": 2}), collect(**dict.fromkeys(["b", "a", "c"])))
try:
    eval("collect(class=1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
