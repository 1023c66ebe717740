import types
@types.coroutine
def pause(v):
    got = yield v
    return got
class AMgr:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name = name; self.suppress = suppress; self.fail_exit = fail_exit
    async def __aenter__(self):
        await pause("enter " + self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        await pause("exit " + self.name)
        if self.fail_exit:
            raise RuntimeError("aexit failed " + self.name)
        return self.suppress
class ANums:
    def __init__(self, n, fail_at=None): self.n = n; self.i = 0; self.fail_at = fail_at
    def __aiter__(self): return self
    async def __anext__(self):
        await pause("anext %d" % self.i)
        if self.i == self.fail_at:
            raise ValueError("anext failed at %d" % self.i)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def drive(coro):
    trace = []
    val = None
    try:
        while True:
            trace.append(coro.send(val))
            val = len(trace)
    except StopIteration as e:
        return trace, ("ret", e.value)
    except Exception as e:
        return trace, ("exc", type(e).__name__, str(e), type(e.__context__).__name__ if e.__context__ else None)
async def t1():
    async with AMgr("a") as a, AMgr("b") as b:
        return a + b
print(drive(t1()))
async def t2():
    async with AMgr("s", suppress=True):
        raise KeyError("inside")
    return "after suppress"
print(drive(t2()))
async def t3():
    async with AMgr("f", fail_exit=True):
        raise KeyError("inside")
print(drive(t3()))
async def t4():
    out = []
    async for x in ANums(3):
        out.append(x)
    else:
        out.append("else")
    return out
print(drive(t4()))
async def t5():
    out = []
    async for x in ANums(5, fail_at=2):
        out.append(x)
    return out
print(drive(t5()))
async def t6():
    out = []
    for i in range(2):
        async for x in ANums(2):
            if x == 2:
                break
            out.append((i, x))
        else:
            out.append("no")
    return out
print(drive(t6()))
async def t7():
    try:
        async with AMgr("x"):
            async for v in ANums(10, fail_at=1):
                pass
    except ValueError as e:
        return "caught " + str(e)
print(drive(t7()))
# throw into a coroutine suspended inside async with
async def t8():
    async with AMgr("t", suppress=True):
        await pause("body")
    return "suppressed thrown"
c = t8()
print(c.send(None), c.send(None))
print(c.throw(KeyError("thrown")))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
# hot loop of awaits
async def hot():
    total = 0
    for i in range(3000):
        total += await pause(i) or 0
    return total
h = hot()
v = h.send(None)
n = 0
try:
    while True:
        v = h.send(v % 7)
        n += 1
except StopIteration as e:
    print("hot", n, e.value)
