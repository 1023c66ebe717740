# exceptions2: hot loops raising and catching exceptions, with else/finally counters and mixed exception types
hits = {"zero": 0, "key": 0, "ok": 0, "finally": 0, "else": 0}
d = {i: i for i in range(0, 5000, 3)}
for i in range(5000):
    try:
        if i % 7 == 0:
            1 // (i - i)
        d[i]
    except ZeroDivisionError:
        hits["zero"] += 1
    except KeyError:
        hits["key"] += 1
    else:
        hits["else"] += 1
    finally:
        hits["finally"] += 1
print(hits)
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1
vals = [str(i) if i % 5 else "x%d" % i for i in range(4000)]
print(sum(parse(v) for v in vals))
class Stop(Exception):
    pass
def search(n):
    try:
        for i in range(n):
            if i * i > 2000:
                raise Stop(i)
    except Stop as s:
        return s.args[0]
print(sum(search(100) for _ in range(1000)))
count = 0
for i in range(3000):
    try:
        try:
            raise ValueError(i)
        finally:
            count += 1
    except ValueError as e:
        count += e.args[0] % 2
print(count)
