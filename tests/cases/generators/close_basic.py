# generators: close() raising GeneratorExit at the yield, finally/except handlers, close idempotence
def g():
    try:
        print("start")
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
    finally:
        print("finally")
x = g()
next(x)
print("close ->", x.close())
print("close again ->", x.close())
print(list(x))
y = g()
print("close unstarted ->", y.close())
print(list(y))
z = g()
print(list(z))
z.close()
def ignores_exit():
    try:
        yield "alive"
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield "still alive"
    print("resumed after failed close")
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(i, "finished"))
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during close")
r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "value"
q = returns_on_exit()
next(q)
print("close returns", q.close())
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def catch_exception():
    try:
        yield 1
    except Exception:
        print("never: GeneratorExit is not an Exception")
    finally:
        print("catch_exception finally")
c = catch_exception()
next(c)
c.close()
