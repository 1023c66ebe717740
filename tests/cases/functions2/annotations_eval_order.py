# functions2: order of evaluating decorators, defaults and annotations at def time
def t(label, value=None):
    print("eval", label)
    return value
@t("decorator", lambda f: f)
def f(a: t("ann a", int) = t("default a", 1), *, b: t("ann b", str) = t("default b", "x")) -> t("ann return", None):
    return a
print(f.__annotations__)
print(f(), f.__defaults__, f.__kwdefaults__)
class C:
    x: t("class ann x", int) = t("class value x", 5)
    def m(self, p: t("method ann", float) = t("method default", 0.0)):
        return p
print(C.__annotations__, C.x, C().m())
def local_annotations():
    y: t("local ann never evaluated", int) = 3
    return y
print(local_annotations())
lam = lambda q=t("lambda default", 9): q
print(lam())
