# coroutines: TypeErrors for awaiting non-awaitables, __await__ returning non-iterators, reusing coroutines
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def await_int():
    await 5
async def await_none():
    await None
class BadAwait:
    def __await__(self):
        return 42
async def await_bad():
    await BadAwait()
class AwaitReturnsCoro:
    def __await__(self):
        self.made = inner()
        return self.made
async def inner():
    return 1
arc = AwaitReturnsCoro()
async def await_coro_from_await():
    await arc
for f in (await_int, await_none, await_bad, await_coro_from_await):
    c = f()
    try:
        run(c)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
arc.made.close()
async def simple():
    return "simple"
c = simple()
async def await_twice():
    a = await c
    b = await c
    return a, b
try:
    run(await_twice())
except RuntimeError as e:
    print(type(e).__name__, e)
done = simple()
print(run(done))
try:
    done.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
def plain_gen():
    yield 1
async def await_generator():
    await plain_gen()
try:
    run(await_generator())
except TypeError as e:
    print(type(e).__name__, e)
