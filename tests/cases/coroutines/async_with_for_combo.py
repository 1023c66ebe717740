# coroutines: async with and async for combined; exception thrown in by the driver mid-iteration unwinds both
class Wait:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)
class Conn:
    def __init__(self):
        self.log = []
    async def __aenter__(self):
        await Wait("connect")
        self.log.append("open")
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append("close:%s" % (et.__name__ if et else None))
        await Wait("disconnect")
        return False
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= 5:
            raise StopAsyncIteration
        self.i += 1
        return await Wait("row%d" % self.i)
async def query(conn):
    rows = []
    async with conn as c:
        async for r in c:
            rows.append(r)
    return rows
conn = Conn()
q = query(conn)
tags = []
try:
    tag = q.send(None)
    while True:
        tags.append(tag)
        tag = q.send(tag.upper() if tag.startswith("row") else None)
except StopIteration as e:
    print("rows", e.value)
print(tags, conn.log)
conn2 = Conn()
q2 = query(conn2)
q2.send(None)
q2.send(None)
q2.send("R1")
print("throw returned", q2.throw(ConnectionError("lost")), "because __aexit__ awaits first")
try:
    q2.send(None)
except ConnectionError as e:
    print(type(e).__name__, e)
print(conn2.log)
