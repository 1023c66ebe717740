# classes: errors from *args and **kwargs unpacking in calls and displays name the function
def f(*a, **k):
    return a, k
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(f(*[1], *(2,), **Mapping(), z=1))
print({**Mapping(), "x": 0}, [*"ab", *range(2)])
def run(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "->", e)
run("star int", lambda: f(*1))
run("star none", lambda: f(1, *None))
run("list star", lambda: [*5])
run("tuple star", lambda: (1, *3.5))
run("kw int", lambda: f(**1))
run("kw list", lambda: f(**[("a", 1)]))
run("dict display", lambda: {**[1]})
run("dup", lambda: f(x=1, **{"x": 2}))
run("dup maps", lambda: f(**{"a": 1}, **Mapping(), **{"y": 3}))
run("non-str key", lambda: f(**{1: 2}))
class K:
    def meth(self, *a):
        pass
run("method", lambda: K().meth(*4))
run("builtin", lambda: print(*5))
run("class", lambda: K(*6))
