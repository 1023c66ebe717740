# coroutines: coroutine.__await__() wrappers, cr_await chains, cr_suspended, frames of suspended coroutines/generators
class Tick:
    def __await__(self):
        got = yield "tick"
        return got
async def leaf():
    a = 1
    v = await Tick()
    return a, v
async def middle():
    r = await leaf()
    return ("middle", r)
c = middle()
w = c.__await__()
print(type(w).__name__, iter(w) is w, hasattr(w, "__next__"), hasattr(w, "send"))
print(c.cr_suspended, c.cr_await, c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
print(next(w))
print(c.cr_suspended, type(c.cr_await).__name__, c.cr_await.__name__)
inner = c.cr_await
print(type(inner.cr_await).__name__, inner.cr_frame.f_lineno, sorted(inner.cr_frame.f_locals.items()))
print(inner.cr_frame.f_globals is globals(), inner.cr_frame.f_back)
try:
    w.send("sent")
except StopIteration as e:
    print("done", e.value)
print(c.cr_frame, c.cr_await, c.cr_suspended)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError", e)
d = middle()
d.send(None)
async def steal():
    return await d.cr_await
try:
    steal().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    d.__await__().throw(KeyError("thrown via wrapper"))
except KeyError as e:
    print("KeyError", e)
print(d.cr_frame)
e = middle()
ew = e.__await__()
print(ew.send(None))
ew.close()
print(e.cr_frame, e.cr_suspended)
def gen():
    x = 10
    yield x
    y = 20
    yield y
g = gen()
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()), g.gi_suspended)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
list(g)
print(g.gi_frame, g.gi_suspended)
