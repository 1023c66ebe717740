async def c():
    raise KeyError("in coro")
co = c()
co.send(None)
