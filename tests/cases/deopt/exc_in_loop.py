# deopt: exceptions raised inside hot loops (after 10000+ iterations), caught outside and inside the loop
def divide_all(n, zero_at):
    total = 0
    for i in range(n):
        d = i - zero_at
        total += 1000000 // d
    return total
try:
    print(divide_all(20000, 15000))
except ZeroDivisionError as e:
    print("caught outside:", type(e).__name__, e)
def index_walk(data, n):
    i = 0
    s = 0
    while i < n:
        s += data[i]
        i += 1
    return s
data = list(range(12000))
print(index_walk(data, 11000))
try:
    print(index_walk(data, 13000))
except IndexError as e:
    print("caught outside:", type(e).__name__, e)
def resilient(n):
    ok = 0
    errs = []
    for i in range(n):
        try:
            if i % 3001 == 3000:
                raise ValueError("bad " + str(i))
            ok += 100 // (i % 5000)
        except ZeroDivisionError:
            errs.append(("zde", i))
        except ValueError as e:
            errs.append(("ve", str(e)))
    return ok, errs
print(resilient(15000))
def nested_fail(depth, n):
    if depth == 0:
        total = 0
        for i in range(n):
            total += [1, 2, 3][i % 4]
        return total
    return nested_fail(depth - 1, n) + 1
for n in [3, 10, 10000]:
    try:
        print(n, nested_fail(3, n))
    except IndexError as e:
        print(n, "IndexError", e)
def key_loop(d, n):
    c = 0
    for i in range(n):
        c += d[i % 50]
    return c
d = {}
for i in range(49):
    d[i] = i
try:
    key_loop(d, 100000)
except KeyError as e:
    print("KeyError", e)
d[49] = 0
print(key_loop(d, 20000))
