# coroutines: async generators: async for over them, manual stepping of __anext__/asend/athrow/aclose awaitables
class Suspend:
    def __await__(self):
        yield "suspended"
async def agen(n):
    try:
        for i in range(n):
            await Suspend()
            received = yield i
            if received is not None:
                print("agen received", received)
    finally:
        print("agen finally")
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))
g = agen(5)
print(type(g).__name__, g.__name__)
def step(awaitable, value=None):
    try:
        while True:
            r = awaitable.send(value)
            value = None
            print("  awaitable yielded", r)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
print(step(g.__anext__()))
print(step(g.asend("hello")))
aw = g.athrow(ValueError("into agen"))
try:
    step(aw)
except ValueError as e:
    print("athrow propagated:", e)
print(step(g.__anext__()))
h = agen(5)
print(step(h.__anext__()))
print(step(h.aclose()))
print(step(h.__anext__()))
async def simple():
    yield "only"
s = simple()
print(step(s.__anext__()), step(s.__anext__()))
async def comp():
    return [v async for v in agen(3) if v != 1], [v * 2 async for v in agen(2)]
print(run(comp()))
