# coroutines: async generator awaitable states: reuse errors, "already running" errors, athrow/aclose on finished generators
class Tick:
    def __await__(self):
        yield "tick"
def step(aw, value=None):
    out = []
    try:
        while True:
            out.append(aw.send(value))
            value = None
    except StopIteration as e:
        return out, "value", e.value
    except StopAsyncIteration as e:
        return out, "StopAsyncIteration", e.args
async def ag():
    yield 1
    await Tick()
    yield 2
g = ag()
a = g.__anext__()
print(type(a).__name__, a.__await__() is a, iter(a) is a)
print(step(a))
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError", e)
b = g.__anext__()
print(b.send(None))
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
for name, make in [("aclose", lambda: g.aclose()), ("athrow", lambda: g.athrow(KeyError))]:
    try:
        make().send(None)
    except RuntimeError as e:
        print(name, "RuntimeError", e)
print(step(b))
print(step(g.__anext__()))
print(step(g.__anext__()))
t = g.athrow(ValueError("late"))
print(type(t).__name__)
print(step(t))
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(step(g.aclose()))
print(step(g.asend(None)))
h = ag()
try:
    step(h.athrow(ValueError("fresh")))
except ValueError as e:
    print("ValueError", e)
print(step(h.__anext__()))
k = ag()
c = k.aclose()
try:
    c.send(1)
except RuntimeError as e:
    print("RuntimeError", e)
print(step(c))
x = ag()
n = x.__anext__()
n.close()
try:
    n.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(step(x.__anext__()))
for bad in [lambda: x.athrow().send(None), lambda: x.asend(), lambda: x.asend(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
