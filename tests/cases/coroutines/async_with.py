# coroutines: async with calling __aenter__/__aexit__, exception details passed, suppression, error messages
class Suspend:
    def __await__(self):
        yield "suspend"
class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None, ev)
        await Suspend()
        return self.suppress
def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n
async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("s", suppress=True):
        raise KeyError("suppressed")
    try:
        async with ACM("p"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    return "main done"
print(run(main()))
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
class NotAwaitableEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
async def wrong2():
    async with NotAwaitableEnter():
        pass
try:
    run(wrong2())
except TypeError as e:
    print(type(e).__name__, e)
def sync_with_async_cm():
    with ACM("sync"):
        pass
try:
    sync_with_async_cm()
except TypeError as e:
    print(type(e).__name__, e)
