# Generator bodies compiled by the JIT: they leave compiled code at each
# `yield` and re-enter after it; the resumed registers may hold any type.


def counter(n):
    total = 0
    for i in range(n):
        got = yield total
        if got is not None:
            total = got
        else:
            total += i
    return total


def drive(n, send_at, value):
    g = counter(n)
    out = [next(g)]
    while True:
        try:
            if len(out) == send_at:
                out.append(g.send(value))
            else:
                out.append(next(g))
        except StopIteration as e:
            out.append(("done", e.value))
            return out


for k in range(300):
    r = drive(50, 10, 1000)
print(r[:12], r[-2:])
# The resumed register changes type: int, then float, then str.
print(drive(6, 3, 2.5))
try:
    drive(6, 3, "s")
except TypeError as e:
    print("TypeError", e)


def squares(xs):
    for x in xs:
        try:
            yield x * x
        except ValueError as e:
            yield ("caught", str(e))
        finally:
            pass


for k in range(200):
    s = sum(squares(range(100)))
print(s)
g = squares([1, 2, 3])
print(next(g), g.throw(ValueError("boom")), next(g), next(g))
g = squares([1.5, "x"])
print(next(g))
try:
    next(g)
except TypeError as e:
    print("TypeError", e)
g = squares(range(10))
next(g)
g.close()
print("closed", list(g))
