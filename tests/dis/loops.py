def total(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        s += i
    while s > 100:
        s //= 2
    return s
