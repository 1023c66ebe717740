# generators: throw() with classes, instances, class+value; into unstarted/finished generators; traceback
def g():
    while True:
        try:
            v = yield "waiting"
            print("got", v)
        except ValueError as e:
            print("caught ValueError:", e)
            yield "recovered"
x = g()
print(next(x))
print(x.throw(ValueError("inst")))
print(next(x))
print(x.throw(ValueError))
print(next(x))
print(x.throw(ValueError, "class+value"))
print(next(x))
try:
    x.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(x, "finished"))
def fresh():
    print("body never runs")
    yield 1
f = fresh()
try:
    f.throw(IndexError("into unstarted"))
except IndexError as e:
    print("unstarted throw raises immediately:", e)
print(next(f, "unstarted generator is now closed"))
try:
    f.throw(TypeError("into finished"))
except TypeError as e:
    print("finished throw:", e)
try:
    x.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.throw(ValueError("a"), "b")
except TypeError as e:
    print(type(e).__name__, e)
def tb_line():
    try:
        yield 1
    except ZeroDivisionError as e:
        yield "traceback present: %s" % (e.__traceback__ is not None)
t = tb_line()
next(t)
print(t.throw(ZeroDivisionError()))
