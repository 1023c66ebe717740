# control: hot nested loops with break/continue, early return, while with complex conditions (JIT)
def count_primes(limit):
    count = 0
    for n in range(2, limit):
        is_p = True
        d = 2
        while d * d <= n:
            if n % d == 0:
                is_p = False
                break
            d += 1
        if is_p:
            count += 1
    return count
print(count_primes(10), count_primes(100), count_primes(20000))
def first_repeat(seq):
    seen = {}
    for i in range(len(seq)):
        if seq[i] in seen:
            return i, seq[i]
        seen[seq[i]] = True
    return -1, None
vals = []
x = 7
for i in range(5000):
    x = (x * 75 + 74) % 65537
    vals.append(x % 4000)
print(first_repeat(vals), first_repeat([1, 2, 3]))
s = 0
for i in range(300):
    for j in range(300):
        if (i + j) % 7 == 0:
            continue
        if j > i:
            break
        s += i ^ j
print(s)
n = 0
steps = 0
while n < 100000 and steps >= 0:
    n += steps % 5 + 1
    steps += 1
print(n, steps)
