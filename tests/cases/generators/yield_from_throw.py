# generators: throw() delegated via yield from; subgenerator handles or re-raises; outer sees propagation
def inner():
    while True:
        try:
            yield "inner-ready"
        except ValueError as e:
            print("inner handled", e)
            yield "inner-recovered"
        except KeyError:
            print("inner re-raising KeyError")
            raise
def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer-recovered"
g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError("k1")))
try:
    g.throw(TypeError("t1"))
except TypeError as e:
    print("propagated to caller", e)
try:
    next(g)
except StopIteration:
    print("generator finished")
def plain_inner():
    yield from [1, 2, 3]
def outer2():
    try:
        yield from plain_inner()
    except IndexError as e:
        yield "outer2 caught " + str(e)
g2 = outer2()
print(next(g2), g2.throw(IndexError("idx")))
def returns_on_throw():
    try:
        yield 1
    except RuntimeError:
        return "returned after throw"
def outer3():
    r = yield from returns_on_throw()
    yield "outer3 got: " + r
g3 = outer3()
next(g3)
print(g3.throw(RuntimeError))
