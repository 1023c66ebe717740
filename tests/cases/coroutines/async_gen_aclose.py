# coroutines: async generator aclose()/athrow() semantics: finally with await, ignoring GeneratorExit, closed state
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag
def step(aw):
    out = []
    try:
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        return out, "value", e.value
    except StopAsyncIteration:
        return out, "StopAsyncIteration"
async def g():
    try:
        yield 1
        yield 2
    finally:
        await Suspend("cleanup-await")
        print("g finally done")
x = g()
print(step(x.__anext__()))
print(step(x.aclose()))
print(step(x.__anext__()))
async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
y = ignores()
step(y.__anext__())
try:
    step(y.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
async def catches():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("caught", repr(e))
z = catches()
print(step(z.__anext__()))
print(step(z.athrow(KeyError("k"))))
print(step(z.aclose()))
print(step(z.aclose()))
fresh = g()
print(step(fresh.aclose()), step(fresh.__anext__()))
