# statements: guards are evaluated after binding, left bindings remain after a failed guard, side effects order
log = []
def check(name, result):
    log.append(name)
    return result
def f(v):
    match v:
        case [x, y] if check("guard1 x=%r" % x, x > y):
            return "descending"
        case [x, y] if check("guard2 x=%r" % x, x == y):
            return "equal"
        case [x, y]:
            return "ascending"
        case _:
            return "not a pair"
for v in [[3, 1], [2, 2], [1, 5], "no"]:
    log.clear()
    print(v, f(v), log)
def leftover():
    match [10, 20]:
        case [a, b] if a > b:
            pass
        case _:
            pass
    return a, b
print("names bound by a pattern whose guard failed:", leftover())
def guard_raises(v):
    match v:
        case int(n) if 10 // n:
            return "ok"
        case _:
            return "default"
print(guard_raises(5))
try:
    guard_raises(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def guard_with_walrus(v):
    match v:
        case [*items] if (total := sum(items)) > 10:
            return "big total %d" % total
        case [*items]:
            return "small total %d" % total
print(guard_with_walrus([5, 6]), guard_with_walrus([1, 2]))
count = 0
for i in range(3000):
    match i % 4, i % 3:
        case (0, 0):
            count += 100
        case (0, _) | (_, 0):
            count += 1
        case (a, b) if a == b:
            count += 10
print(count)
