def stop_at(n):
    def f(x):
        if x == n:
            raise StopIteration("at %d" % n)
        return x
    return f
print(list(map(stop_at(2), [1, 2, 3])))
print(list(filter(stop_at(3), [1, 2, 3, 4])))
print(sum(map(stop_at(4), range(10))))
print([x for x in map(stop_at(1), [0, 1, 2])])
for x in map(stop_at(1), [0, 1, 2]):
    print("loop", x)
m = map(stop_at(1), [0, 1, 2])
print(next(m))
try:
    next(m)
except StopIteration as e:
    print("next raised StopIteration", e.args)
print(next(m))
try:
    sorted([1, 2, 3], key=stop_at(2))
except StopIteration as e:
    print("sorted propagates", e.args)
print(dict(map(lambda kv: kv if kv[0] != "b" else next(iter([])), [("a", 1), ("b", 2)])))
print(tuple(zip(map(stop_at(2), [1, 2, 3]), "xyz")))
print(list(enumerate(map(stop_at(2), [1, 2, 3]))))
print(max(map(stop_at(5), [3, 9, 5, 1])))
