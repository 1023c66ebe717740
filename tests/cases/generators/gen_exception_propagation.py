# generators: exceptions raised inside a generator reach the consumer and finish the generator
def risky(n):
    for i in range(n):
        if i == 2:
            raise ValueError("bad item %d" % i)
        yield i
g = risky(5)
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print(type(e).__name__, e, out)
print("after error:", next(g, "exhausted"), list(g))
def handles_own():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield "handled %s" % e
print(list(handles_own()))
def consumer_raises():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally runs when consumer's exception drops it")
try:
    for v in consumer_raises():
        raise RuntimeError("consumer failure")
except RuntimeError as e:
    print(type(e).__name__, e)
def chained():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        raise TypeError("converted")
c = chained()
next(c)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def tb_gen():
    yield 1
    raise IndexError("from gen")
try:
    list(tb_gen())
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
