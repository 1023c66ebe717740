# generators: generator raising after thousands of iterations (hot consumer loop then exception path)
def source(limit, fail_at):
    i = 0
    while i < limit:
        if i == fail_at:
            raise ValueError("failed at %d" % i)
        yield i
        i += 1
def consume(gen):
    total = 0
    try:
        for v in gen:
            total += v
    except ValueError as e:
        return total, str(e)
    return total, None
print(consume(source(5000, 10 ** 9)))
print(consume(source(5000, 2500)))
print(consume(source(5000, 0)))
results = []
for k in range(5):
    results.append(consume(source(1000, 200 * k + 100)))
print(results)
def types_change(n):
    for i in range(n):
        yield i if i < 2000 else i * 0.5
acc = 0
for v in types_change(3000):
    acc += v
print(acc)
def stop_mid(n):
    for i in range(n):
        if i == 2999:
            return "early"
        yield i
g = stop_mid(10000)
s = 0
try:
    while True:
        s += next(g)
except StopIteration as e:
    print(s, e.value)
