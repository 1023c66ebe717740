# coroutines: async generator introspection: ag_running/ag_await/ag_frame while suspended, names, StopAsyncIteration escaping
class Tick:
    def __await__(self):
        yield "tick"
        return "ticked"
async def agen(label):
    me = holder[0]
    print("inside running:", me.ag_running)
    r = await Tick()
    yield label, r
    yield "second"
holder = []
g = agen("L")
holder.append(g)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name, g.ag_running, g.ag_await)
print(g.ag_frame.f_code is g.ag_code, g.__aiter__() is g)
aw = g.__anext__()
print(aw.send(None))
print("suspended in await:", type(g.ag_await).__name__, g.ag_running)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value, g.ag_await)
class Outer:
    async def method(self):
        yield self
o = Outer()
m = o.method()
print(m.__qualname__)
try:
    m.asend(None).send(None)
except StopIteration as e:
    print(e.value is o)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inner")
async def drive():
    out = []
    try:
        async for v in raises_stop_async():
            out.append(v)
    except RuntimeError as e:
        out.append((str(e), type(e.__cause__).__name__, e.__cause__.args))
    return out
print(run(drive()))
async def empty():
    return
    yield
print(run(drive.__call__()) == run(drive()))
async def count():
    return [x async for x in empty()]
print(run(count()))
async def sender():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    yield got
s = sender()
def result(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
print([result(s.asend(v)) for v in [None, "a", "b", "c"]])
