# async with / async for driven by hand
class ACM:
    async def __aenter__(self):
        print("aenter"); return "val"
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None); return True
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def main():
    async with ACM() as v:
        print("in", v)
        raise ValueError
    async for x in AIter():
        print("x", x)
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def bad():
    async with 5:
        pass
try:
    bad().send(None)
except TypeError as e:
    print(e)
async def bad2():
    async for x in [1]:
        pass
try:
    bad2().send(None)
except TypeError as e:
    print(e)
class NoAexit:
    async def __aenter__(self): pass
async def bad3():
    async with NoAexit():
        pass
try:
    bad3().send(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class BadANext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad4():
    async for x in BadANext():
        pass
try:
    bad4().send(None)
except TypeError as e:
    print(e)
class AenterNotAwaitable:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def bad5():
    async with AenterNotAwaitable():
        pass
try:
    bad5().send(None)
except TypeError as e:
    print(e)
