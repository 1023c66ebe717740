# coroutines: async for with __aiter__/__anext__, StopAsyncIteration, break/else, awaiting inside __anext__
class Suspend:
    def __await__(self):
        yield "tick"
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    else:
        out.append("else")
    async for v in ARange(10):
        if v == 2:
            break
        out.append(v * 10)
    else:
        out.append("not reached")
    return out
print(run(main()))
class NoAiter:
    pass
async def bad():
    async for x in NoAiter():
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad2():
    async for x in BadAnext():
        pass
try:
    run(bad2())
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("anext failed")
async def bad3():
    async for x in Raises():
        pass
try:
    run(bad3())
except ValueError as e:
    print(type(e).__name__, e)
