def counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
