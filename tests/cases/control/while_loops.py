# control: while loops, while-else, break/continue in while, nested while, counters
i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("while else ran, i =", i)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print("odd", i)
else:
    print("not printed")
print("after break", i)
n = 0
while n < 3:
    n += 1
else:
    print("else after normal end", n)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print("first fib >= 1000:", b)
outer = 0
while outer < 4:
    inner = 0
    while inner < outer:
        if inner == 2:
            break
        print(outer, inner, end="; ")
        inner += 1
    outer += 1
print()
def find(xs, target):
    idx = 0
    while idx < len(xs):
        if xs[idx] == target:
            break
        idx += 1
    else:
        return -1
    return idx
print(find([4, 5, 6], 6), find([4, 5, 6], 7), find([], 1))
count = 0
k = 100000
while k:
    k -= 1
    if k % 3:
        continue
    count += 1
print("multiples of 3:", count)
while False:
    print("never")
print("done")
