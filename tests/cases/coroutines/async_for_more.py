# coroutines: async for with unpacking targets, continue/else, nested loops, __aiter__ errors, break then aclose
class Tick:
    def __await__(self):
        yield "t"
async def pairs(n):
    try:
        for i in range(n):
            await Tick()
            yield i, i * i
    finally:
        print("pairs(%d) finally" % n)
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
async def main():
    out = []
    async for a, b in pairs(4):
        if a == 1:
            continue
        out.append(a + b)
    else:
        out.append("else")
    async for i, _ in pairs(2):
        async for j, _ in pairs(2):
            out.append((i, j))
    g = pairs(10)
    async for a, _ in g:
        if a == 2:
            break
    out.append(g.ag_running)
    await g.aclose()
    out.append([x async for x in g])
    return out
print(run(main()))
class NotAnIter:
    def __aiter__(self):
        return 42
async def bad_aiter():
    async for x in NotAnIter():
        pass
try:
    run(bad_aiter())
except TypeError as e:
    print("TypeError", e)
class AiterIsNone:
    __aiter__ = None
async def none_aiter():
    async for x in AiterIsNone():
        pass
try:
    run(none_aiter())
except TypeError as e:
    print("TypeError", e)
class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n -= 1
        if self.n < 0:
            raise StopAsyncIteration("done")
        return self._next()
    async def _next(self):
        return self.n
async def sync_anext():
    return [v async for v in Counter(3)], {v: v async for v in Counter(2)}
print(run(sync_anext()))
async def exc_in_body():
    g = pairs(3)
    try:
        async for a, b in g:
            if a == 1:
                raise ValueError("body raised at %d" % a)
    except ValueError as e:
        return str(e)
    finally:
        await g.aclose()
        print("closed, running:", g.ag_running, "frame:", g.ag_frame)
print(run(exc_in_body()))
