for f in [lambda: list.append(5, 1), lambda: dict.keys(5), lambda: str.upper(5), lambda: BaseException.add_note(5, "x"), lambda: BaseException.with_traceback(5, None)]:
    try: f()
    except TypeError as e: print(e)
import types
async def ag(): yield
A = types.AsyncGeneratorType
for f in [lambda: A.asend(5, None), lambda: A.__anext__(5), lambda: A.aclose(1.5), lambda: types.GeneratorType.close(), lambda: types.CoroutineType.send(None, None)]:
    try: f()
    except TypeError as e: print(e)
import types
def gen():
    x = yield 1
    yield x
g = gen()
G = type(g)
print(G is types.GeneratorType, G.__name__, G.__qualname__, g.__class__ is G)
print(G.__next__(g), G.send(g, "s"))
try:
    G.send(5, None)
except TypeError as e:
    print("TypeError", e)
try:
    G.__next__(5)
except TypeError as e:
    print("TypeError", e)
print(g.send.__name__, g.__next__.__name__, g.throw.__name__, g.close.__name__)
print(callable(g.send), g.__iter__() is g)
try:
    len(g)
except TypeError as e:
    print("TypeError", e)
try:
    g[0]
except TypeError as e:
    print("TypeError", e)
try:
    G()
except TypeError as e:
    print("TypeError", e)
try:
    class Sub(G): pass
except TypeError as e:
    print("TypeError", e)
print(isinstance(g, types.GeneratorType), issubclass(G, object))
print(g.send.__self__ is g, type(g.send).__name__)
print(repr(G), repr(types.CoroutineType), repr(types.AsyncGeneratorType))
async def c(): pass
