# deopt2: a generator raising after many iterations inside a hot consumer loop; recovery and re-run
def numbers(limit, bad_at):
    for i in range(limit):
        if i == bad_at:
            raise ArithmeticError("bad value at %d" % i)
        yield i * 2
def consume(limit, bad_at):
    total = 0
    count = 0
    try:
        for v in numbers(limit, bad_at):
            total += v
            count += 1
    except ArithmeticError as e:
        return total, count, str(e)
    return total, count, None
print(consume(5000, 3000))
print(consume(5000, -1))
print(consume(3000, 2999))
results = [consume(1000, k) for k in (0, 1, 500, 999, 1000)]
print(results)
def mixed():
    for i in range(4000):
        yield i if i < 3000 else float(i)
total = 0
for v in mixed():
    total += v
print(total)
