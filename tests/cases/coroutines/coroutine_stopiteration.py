# coroutines: StopIteration raised inside a coroutine / StopAsyncIteration inside an async generator become RuntimeError
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def leaks_stop():
    raise StopIteration("oops")
try:
    run(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
async def agen_leaks():
    yield 1
    raise StopAsyncIteration
async def consume():
    out = []
    async for v in agen_leaks():
        out.append(v)
    return out
try:
    run(consume())
except RuntimeError as e:
    print(type(e).__name__, e)
async def agen_leaks_stop():
    yield 1
    raise StopIteration
async def consume2():
    return [v async for v in agen_leaks_stop()]
try:
    run(consume2())
except RuntimeError as e:
    print(type(e).__name__, e)
async def returns_normally():
    return "fine"
print(run(returns_normally()))
