# builtins: range len sorted reversed enumerate zip all any with lists, tuples, strings, dicts
r = range(2, 20, 3)
print(r, len(r), list(r), r[0], r[-1], r[2], 5 in r, 6 in r, list(r[1:3]))
print(range(5), range(1, 5), range(0, -5, -1), len(range(10, 0, -3)), list(reversed(range(4))))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({"b": 2, "a": 1}))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed([])))
print(list(enumerate("abc")), list(enumerate([10, 20], start=5)), list(enumerate([], 3)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip("abc", range(10), (True, False, None))))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, "", None]), any([0, "x"]))
print(all([x > 0 for x in [1, 2]]), any([x > 5 for x in range(5)]))
d = {"z": 26, "a": 1, "m": 13}
print(len(d), sorted(d), sorted(d.values()), sorted(d.items()), list(reversed(sorted(d))))
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for n, a in zip(names, ages):
    print(n.upper(), a)
print(dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b")])))
print(len("abc"), len([1, [2, 3]]), len(()), len({"a": 1}), len(range(0, 100, 10)), len("é😀"))
total = 0
for i, v in enumerate(range(10000)):
    total += i * v % 7
print(total)
