# coroutines: async comprehensions: scoping, async genexpr outside async functions, nesting, compile-time errors
class Val:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "wait"
        return self.v
async def agen(n):
    for i in range(n):
        yield i
def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n
def make_genexp():
    # An asynchronous generator expression is allowed in a plain function.
    return (i * 10 async for i in agen(3))
ge = make_genexp()
print(type(ge).__name__, ge.__name__, hasattr(ge, "__anext__"))
async def consume(it):
    return [x async for x in it]
print(run(consume(ge)))
async def scopes():
    x = "outer"
    lst = [x async for x in agen(2)]
    n = 5
    closure = [await Val(n + i) for i in range(2)]
    cond = [i async for i in agen(6) if await Val(i % 2)]
    mixed = [(i, j) async for i in agen(2) for j in range(2) if i != j]
    inner_await = [[await Val(i * j) for j in range(2)] for i in range(2)]
    gen_await = [v async for v in (await Val(i) for i in range(3))]
    return x, lst, closure, cond, mixed, inner_await, gen_await
print(run(scopes()))
errors = [
    "[await x for x in y]",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return {k: v async for k, v in y}",
    "lambda: [x async for x in y]",
    "async def f():\n    def g():\n        return [x async for x in y]",
    "def f():\n    return [[x async for x in y] for z in w]",
    "class C:\n    xs = [x async for x in y]",
]
for src in errors:
    try:
        compile(src, "<s>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno)
fine = [
    "def f():\n    return (x async for x in y)",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    return [[x async for x in y] for z in w]",
    "async def f():\n    return {x: [await z for z in x] for x in y}",
]
for src in fine:
    compile(src, "<s>", "exec")
print("fine forms compiled")
