# GeneratorExit handling
def g1():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
g = g1(); next(g); g.close(); print("closed")

def g2():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g2(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def g3():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
g = g3(); next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

def g4():
    try:
        yield 1
    finally:
        return 5
g = g4(); next(g)
print(g.close())

def g5():
    try:
        yield 1
    except GeneratorExit:
        print("caught ge, returning")
        return "r"
g = g5(); next(g); print(g.close())

# throw GeneratorExit explicitly
def g6():
    try:
        yield 1
    except GeneratorExit as e:
        print("ge args", e.args)
        yield 2
g = g6(); next(g)
print(g.throw(GeneratorExit("hi")))
# PEP 479
def g7():
    raise StopIteration("boom")
    yield
try:
    next(g7())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__.args, e.__suppress_context__)
def g8():
    yield 1
    next(iter([]))
try:
    list(g8())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
async def a1():
    raise StopIteration
try:
    a1().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def ag():
    raise StopAsyncIteration
    yield
try:
    ag().__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
def g9():
    raise StopAsyncIteration
    yield
try:
    next(g9())
except StopAsyncIteration as e:
    print("StopAsyncIteration passes through", repr(e))

# exception inside generator leaves it finished
def g10():
    yield 1
    1/0
    yield 2
g = g10(); next(g)
try:
    next(g)
except ZeroDivisionError as e:
    print("ZDE", e)
print(list(g))

# return in generator with value
def g11():
    return [1]
    yield
try:
    next(g11())
except StopIteration as e:
    print(e.value, e.args)
def g12():
    return (1, 2)
    yield
try:
    next(g12())
except StopIteration as e:
    print(e.value, e.args)
def g13():
    return StopIteration(5)
    yield
try:
    next(g13())
except StopIteration as e:
    print(repr(e.value), e.args)
def g14():
    return None
    yield
try:
    next(g14())
except StopIteration as e:
    print(repr(e.value), e.args)
