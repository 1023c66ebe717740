# coroutines: objects with __await__ returning iterators/generators; yielded values reach the driver and sends come back
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        print("awaiting request", self.what)
        reply = yield ("request", self.what)
        print("request", self.what, "got reply", reply)
        return reply.upper()
async def worker():
    a = await Request("alpha")
    b = await Request("beta")
    return a + "+" + b
def drive(coro, replies):
    value = None
    steps = []
    try:
        while True:
            req = coro.send(value)
            steps.append(req)
            value = replies[req[1]]
    except StopIteration as e:
        return steps, e.value
print(drive(worker(), {"alpha": "one", "beta": "two"}))
class IterAwait:
    def __await__(self):
        return iter(["tick", "tock"])
async def uses_iter():
    r = await IterAwait()
    return "result of iter await is %r" % (r,)
def collect(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        out.append(e.value)
    return out
print(collect(uses_iter()))
class Immediate:
    def __await__(self):
        return
        yield
async def imm():
    return await Immediate()
print(collect(imm()))
class GenMethodAwait:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "suspend"
        return self.v * 10
async def many():
    total = 0
    for i in range(5):
        total += await GenMethodAwait(i)
    return total
print(collect(many()))
