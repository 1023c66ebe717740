# coroutines: await inside try/except/finally, loops, conditionals, comprehensions and with blocks
class Val:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ("await", self.v)
        if isinstance(self.v, Exception):
            raise self.v
        return self.v
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
async def main():
    out = []
    try:
        await Val(ValueError("boom"))
    except ValueError as e:
        out.append("caught " + str(e))
    finally:
        out.append(await Val("finally-await"))
    for i in range(3):
        if await Val(i % 2):
            out.append("odd %d" % i)
    out.append([await Val(i * 10) for i in range(3)])
    with CM():
        out.append(await Val("in-with"))
    while (v := await Val(len(out))) < 8:
        out.append(v)
    return out
def run(coro):
    awaited = []
    try:
        while True:
            awaited.append(coro.send(None)[1])
    except StopIteration as e:
        return e.value, len(awaited)
print(run(main()))
