# generators: StopIteration escaping a subgenerator becomes RuntimeError there, propagating through yield from
def sub():
    yield 1
    raise StopIteration("leaked")
def outer():
    try:
        yield from sub()
    except RuntimeError as e:
        yield "outer caught RuntimeError: %s (cause %s)" % (e, type(e.__cause__).__name__)
print(list(outer()))
def sub2():
    yield next(iter(()))
def outer2():
    yield from sub2()
try:
    list(outer2())
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_normally():
    yield 1
    return "ok"
def outer3():
    r = yield from returns_normally()
    yield r
print(list(outer3()))
def raising_in_for():
    for x in sub():
        yield x
try:
    list(raising_in_for())
except RuntimeError as e:
    print("via for:", e)
