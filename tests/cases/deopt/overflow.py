# deopt: hot int arithmetic crossing 64-bit limits - repeated *3, big increments past 2**63, negative overflow
def powers(verbose):
    x = 1
    for i in range(100):
        x = x * 3
        if verbose and i % 10 == 9:
            print(i + 1, x)
    return x
r = powers(True)
print(r, r % 1000, r // 3 ** 99)
check = 0
for rep in range(200):
    check = (check + powers(False)) % 1000000007
print("after 200 hot calls", check, powers(False) == r)
def climb(start, step, n):
    v = start
    for i in range(n):
        v = v + step
        print(i, v, v > 2 ** 63 - 1)
    return v
climb(2 ** 62, 2 ** 61, 6)
climb(-(2 ** 62), -(2 ** 61), 6)
def hot_sum(n):
    s = 2 ** 62
    for i in range(n):
        s += 2 ** 50
    return s
print(hot_sum(10000), hot_sum(10000) - 2 ** 63)
def hot_sub(n):
    s = -(2 ** 62)
    for i in range(n):
        s -= 2 ** 50
    return s
print(hot_sub(10000), hot_sub(10000) + 2 ** 63)
print(-(-2 ** 63), abs(-2 ** 63), 2 ** 63 // -1, -2 ** 63 // -1, (-2 ** 63) * -1, -2 ** 63 - 1)
def neg_abs_loop():
    vals = [-2 ** 63, 2 ** 63 - 1, -1, 0]
    out = []
    for i in range(10000):
        v = vals[i % 4]
        if i >= 9996:
            out.append((-v, abs(v), v // -1, v * -1))
    return out
for t in neg_abs_loop():
    print(t)
def mul_overflow(n):
    a = 3037000499
    res = []
    for i in range(n):
        b = a + i % 3
        res.append(b * b)
    return res[-3:]
print(mul_overflow(10000))
def shift_loop(n):
    x = 1
    for i in range(n):
        x = (x << 1) | (i & 1)
    return x
print(shift_loop(62), shift_loop(63), shift_loop(64), shift_loop(130))
def fact_hot():
    f = 1
    for i in range(1, 41):
        f = f * i
    return f
for i in range(300):
    v = fact_hot()
print(v)
