# coroutines: __await__ inherited and overridden in subclasses; awaiting instances of user classes in chains
class Base:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ("base", self.v)
        return self.transform(self.v)
    def transform(self, v):
        return v
class Doubler(Base):
    def transform(self, v):
        return v * 2
class Chatty(Doubler):
    def __await__(self):
        yield ("chatty-pre", self.v)
        r = yield from super().__await__()
        return ("chatty", r)
async def main():
    a = await Base(1)
    b = await Doubler(2)
    c = await Chatty(3)
    return a, b, c
def run(coro):
    seen = []
    try:
        while True:
            seen.append(coro.send(None))
    except StopIteration as e:
        return seen, e.value
print(run(main()))
class Lazy:
    __await__ = None
async def await_lazy():
    await Lazy()
try:
    run(await_lazy())
except TypeError as e:
    print(type(e).__name__, e)
class AwaitViaCoroutine:
    def __await__(self):
        return helper().__await__()
async def helper():
    return "from helper coroutine"
async def use():
    return await AwaitViaCoroutine()
print(run(use()))
