def f(): yield
g = f()
for stmt in ["g.gi_running = 1", "g.foo = 1", "del g.__name__", "del g.gi_code", "g.gi_frame = 2", "g.__name__ = 'x'; print(repr(g).split(' at ')[0], g.__name__)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
async def c(): pass
co = c()
co.__qualname__ = "Q"
print(co.__qualname__, repr(co).split(' at ')[0])
co.close()
async def ag(): yield
a = ag()
a.__name__ = "N"
print(a.__name__, repr(a)[:30])

# each kind has its own attribute set
for obj, names in [(g, ["gi_await", "cr_running", "ag_code", "gi_suspended", "gi_yieldfrom"]),
                   (c(), ["gi_code", "cr_origin", "cr_suspended", "ag_await", "cr_await"]),
                   (ag(), ["ag_suspended", "gi_running", "ag_running", "ag_await", "cr_frame"])]:
    for n in names:
        try:
            print(n, repr(getattr(obj, n)))
        except AttributeError as e:
            print(n, "AttributeError", e)
    for n in names:
        try:
            setattr(obj, n, 1)
        except AttributeError as e:
            print("set", n, "AttributeError", e)
    try:
        obj.__qualname__ = 3
    except TypeError as e:
        print(e)
    try:
        del obj.__qualname__
    except TypeError as e:
        print(e)
    if hasattr(obj, "close"):
        obj.close()
# a renamed generator shows its new qualname in tracebacks' repr, not in frames
def h():
    yield 1
x = h()
x.__qualname__ = "Renamed.h"
x.__name__ = "hh"
print(repr(x).split(' at ')[0], x.gi_code.co_name, x.__name__)
