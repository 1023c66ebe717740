# protocols: __exit__ return value truthiness decides suppression; suppressed exceptions and control flow
class Ret:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        v = self.value if isinstance(self.value, (bool, int, str, list, type(None))) else type(self.value).__name__
        print("exit returns %r for %s" % (v, et.__name__ if et else None))
        return self.value
for v in [True, False, None, 1, 0, "yes", "", [1], []]:
    try:
        with Ret(v):
            raise ValueError(v)
        print("  suppressed")
    except ValueError as e:
        print("  propagated", repr(e.args[0]))
def f():
    with Ret(True):
        raise IndexError
        return "unreachable"
    return "after with"
print(f())
count = 0
for i in range(5):
    with Ret(True):
        if i % 2:
            raise ZeroDivisionError
        count += 10
    count += 1
print(count)
class Selective:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
for exc in [KeyError("k"), IndexError("i"), TypeError("t")]:
    try:
        with Selective(LookupError):
            raise exc
        print(type(exc).__name__, "suppressed")
    except Exception as e:
        print(type(e).__name__, "escaped")
class BadBool:
    def __bool__(self):
        raise RuntimeError("bool failed")
try:
    with Ret(BadBool()):
        raise ValueError("orig")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
