# hot generator bodies with exceptions, throw and close, int/float mixing (deopt)
def counter(n):
    total = 0
    i = 0
    while i < n:
        try:
            x = yield i
            if x is not None:
                total += x
        except ValueError as e:
            total -= 1
            yield ("caught", str(e))
        finally:
            total += 0
        i += 1
    return total
for round_ in range(3):
    g = counter(2000)
    s = 0
    v = next(g)
    while True:
        try:
            if v == 500:
                r = g.throw(ValueError("at %d" % v))
                v = next(g)
                continue
            if isinstance(v, int) and v % 3 == 0:
                v = g.send(1.5 if round_ == 1 else 2)
            else:
                v = next(g)
            s += 1
        except StopIteration as e:
            print("round", round_, "ret", e.value, "steps", s)
            break
def mixed():
    acc = 0
    for i in range(3000):
        if i == 2000:
            acc = acc + 0.5
        elif i == 2500:
            acc = acc + 10**20
        acc += i
        if i % 1000 == 999:
            yield acc
print(list(mixed()))
def raiser():
    for i in range(5000):
        try:
            if i % 7 == 0:
                raise KeyError(i)
            yield i
        except KeyError as k:
            if k.args[0] % 1000 == 0:
                yield ("k", k.args[0])
print(sum(1 for x in raiser() if isinstance(x, int)), [x for x in raiser() if isinstance(x, tuple)][:3])
def closer():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("closer finally", i)
c = closer()
for _ in range(3000):
    next(c)
c.close()
# generator expressions in hot loops
tot = 0
for k in range(300):
    tot += sum(x * x for x in range(k % 17))
print(tot)
# nested generator with yield from in a hot loop (interpreter) feeding a compiled consumer
def inner(n):
    for i in range(n):
        yield i
    return n
def outer():
    t = 0
    for j in range(200):
        t += yield from inner(j % 5)
    return t
def consume():
    g = outer()
    c = 0
    try:
        while True:
            c += next(g)
    except StopIteration as e:
        return c, e.value
print(consume())
