# statements: for/else and while/else: else runs when no break; continue/return/exceptions interplay
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else ran, n =", n)
n = 0
while True:
    n += 1
    if n == 2:
        break
else:
    print("not printed")
print("after infinite while, n =", n)
for i in range(3):
    continue
else:
    print("continue does not skip else, i =", i)
def ret_in_loop():
    for i in range(3):
        if i == 1:
            return "returned"
    else:
        return "else"
print(ret_in_loop())
try:
    for i in range(3):
        if i == 1:
            raise ValueError("from loop")
    else:
        print("not printed")
except ValueError as e:
    print("exception skips else:", e)
for i in range(2):
    for j in range(2):
        if j == 1:
            break
    else:
        print("inner else never")
    print("outer iteration", i, "inner broke at", j)
else:
    print("outer else runs")
primes = []
for cand in range(2, 60):
    for p in primes:
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)
