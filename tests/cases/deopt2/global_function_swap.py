# deopt2: hot loop calling a global function that is rebound midway, and a builtin shadowed then restored
def helper(x):
    return x + 1
total = 0
for i in range(5000):
    if i == 2500:
        def helper(x):
            return x * 2
    total += helper(i)
print(total)
acc = 0
for i in range(4000):
    if i == 1000:
        len = lambda obj: 100
    if i == 3000:
        del len
    acc += len("abc")
print(acc)
def runner(n):
    s = 0
    for i in range(n):
        s += step(i)
    return s
def step(i):
    return 1
first = runner(3000)
def step(i):
    return 2
second = runner(3000)
print(first, second)
