# coroutines: async with left by return/break/continue (awaiting __aexit__), errors from __aexit__, protocol errors
class Tick:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag
class ACM:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    async def __aenter__(self):
        await Tick("enter " + self.name)
        self.log.append("enter " + self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Tick("exit " + self.name)
        self.log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return False
def run(coro):
    ticks = []
    try:
        while True:
            ticks.append(coro.send(None))
    except StopIteration as e:
        return e.value, ticks
async def early_return(log):
    async with ACM("r", log):
        return "returned"
async def loop_exits(log):
    for i in range(4):
        async with ACM("l%d" % i, log):
            if i == 1:
                continue
            if i == 2:
                break
            log.append("body %d" % i)
    return i
async def nested(log):
    try:
        async with ACM("outer", log), ACM("inner", log):
            raise KeyError("k")
    except KeyError as e:
        log.append("caught %r" % e)
    try:
        async with ACM("fin", log):
            try:
                return "from try"
            finally:
                log.append("finally runs first")
    finally:
        log.append("outer finally")
for f in [early_return, loop_exits, nested]:
    log = []
    print(f.__name__, run(f(log)), log)
class BadExit:
    async def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        raise RuntimeError("exit failed")
async def bad_exit():
    async with BadExit():
        raise ValueError("body")
try:
    run(bad_exit())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)
class NoAexit:
    async def __aenter__(self):
        return 1
async def no_aexit():
    async with NoAexit():
        pass
try:
    run(no_aexit())
except TypeError as e:
    print("TypeError", e)
class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 7
async def sync_exit():
    async with SyncExit() as v:
        return v
try:
    run(sync_exit())
except TypeError as e:
    print("TypeError", e)
class Suppress:
    async def __aenter__(self):
        return "entered"
    async def __aexit__(self, et, ev, tb):
        return et is ZeroDivisionError
async def suppressed():
    out = []
    for d in [1, 0, 2]:
        async with Suppress() as s:
            out.append((s, 10 // d))
    return out
print(run(suppressed()))
