# errors: uncaught IndexError raised inside a hot loop after 10000+ iterations in a function
def scan(data, n):
    acc = 0
    for i in range(n):
        acc += data[i % 1000] * (i % 7)
        if i == 15000:
            print("about to fail at", i, "acc", acc)
            acc += data[len(data)]
    return acc
data = list(range(1000))
print("first call", scan(data, 12000))
print("second call", scan(data, 20000))
