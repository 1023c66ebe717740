import types
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
def g(): yield
print(isinstance(g(), types.GeneratorType))
@types.coroutine
def sleep0():
    v = yield "tick"
    return v
print(sleep0.__code__.co_flags & 0x100, sleep0.__name__)
gen = sleep0()
print(type(gen).__name__, gen.gi_code.co_flags & 0x100 != 0)
gen.close()
async def use():
    a = await sleep0()
    b = await sleep0()
    return a, b
u = use()
print(u.send(None))
print(u.send(1))
try:
    u.send(2)
except StopIteration as e:
    print("result", e.value)
print(u.cr_await)
async def c(): return 1
print(types.coroutine(c) is c)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
# awaiting plain generator
async def bad():
    await g()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)
# await in a loop with a scheduler
@types.coroutine
def switch(tag):
    yield tag
async def worker(name, n):
    total = 0
    for i in range(n):
        await switch(name)
        total += i
    return name, total
tasks = [worker("a", 3), worker("b", 2), worker("c", 4)]
results = []
while tasks:
    t = tasks.pop(0)
    try:
        tag = t.send(None)
        print("step", tag)
        tasks.append(t)
    except StopIteration as e:
        results.append(e.value)
print(results)
