# coroutines: async def creates a coroutine object; driving it with send(None); return values; nested awaits
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    print("add running", a, b)
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
print("nothing ran yet")
print(run(c))
async def no_return():
    pass
print(run(no_return()))
async def chain(n):
    if n == 0:
        return 0
    return n + await chain(n - 1)
print(run(chain(50)))
unused = add(5, 6)
print("created but not awaited:", type(unused).__name__)
unused.close()
print("closed without running")
try:
    unused.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class K:
    async def method(self, v):
        return v * 2
    @staticmethod
    async def static(v):
        return -v
print(run(K().method(21)), run(K.static(3)), K.method.__qualname__)
async def raiser():
    raise ValueError("inside coroutine")
try:
    run(raiser())
except ValueError as e:
    print(type(e).__name__, e)
