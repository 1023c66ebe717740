# coroutines: hot loops of awaits (thousands of suspensions and nested coroutine calls) for the JIT
class Yield:
    def __await__(self):
        yield None
async def leaf(i):
    if i % 3 == 0:
        await Yield()
    return i * 2
async def mid(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(run(mid(6000)))
async def deep(n):
    if n == 0:
        await Yield()
        return 1
    return 1 + await deep(n - 1)
print(run(deep(200)))
async def agen(n):
    for i in range(n):
        if i % 100 == 0:
            await Yield()
        yield i
async def consume():
    s = 0
    async for v in agen(5000):
        s += v
    return s
print(run(consume()))
