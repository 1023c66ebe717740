# coroutines: async list/set/dict comprehensions and generator expressions, await inside comprehensions
class Val:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "suspend"
        return self.v
async def agen(n):
    for i in range(n):
        await Val(None)
        yield i
async def main():
    lst = [x * 2 async for x in agen(4)]
    st = {x % 2 async for x in agen(5)}
    dc = {x: await Val(x * x) async for x in agen(3)}
    awaited = [await Val(i) for i in range(3)]
    nested = [[y async for y in agen(x)] async for x in agen(3)]
    filtered = [x async for x in agen(10) if x % 3 == 0 if x]
    ag = (x + 100 async for x in agen(2))
    from_genexp = [v async for v in ag]
    return lst, sorted(st), dc, awaited, nested, filtered, from_genexp, type(ag).__name__
def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n
print(run(main()))
