# coroutines: compile-time errors for misplaced await/async constructs, checked via compile()
cases = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y:\n        pass",
    "def f():\n    async with x:\n        pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    [x async for x in y]",
    "async def f():\n    def g():\n        await x",
    "lambda: await x",
    "class C:\n    await x",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno)
ok = [
    "async def f():\n    await x",
    "async def f():\n    async for a in b:\n        pass",
    "async def f():\n    yield 1",
    "async def f():\n    return [await z for z in y]",
    "async def f():\n    return (x async for x in y)",
]
for src in ok:
    compile(src, "<s>", "exec")
print("valid async forms compiled")
