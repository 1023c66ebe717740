# sets: union/intersection/difference/symmetric_difference, operators, in-place forms, subset tests, comparisons
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10, 11]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([4, 5]))
print(a.union(), a.intersection(), a.difference())
c = set(a)
c |= {9}
print(c)
c &= {1, 2, 9, 10}
print(c)
c -= {1}
print(c)
c ^= {2, 77}
print(c)
d = {1, 2, 3}
d.update([4], (5,), {6: "x"})
print(d)
d.intersection_update({1, 2, 3, 4, 5}, [2, 3, 4, 5])
print(d)
d.difference_update([2], {3})
print(d)
d.symmetric_difference_update({5, 6})
print(d)
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} > {2})
print({1, 2} == {2, 1}, {1} != {1}, {1} == [1], {1} != (1,))
print({1, 2}.issubset([1, 2, 3]), {1, 4}.issubset(range(3)), {1, 2}.issuperset([1]), {1}.issuperset({1, 2}))
print({1}.isdisjoint({2}), {1, 2}.isdisjoint([2, 3]), set().isdisjoint(set()))
x = {1, 2}
y = x
x |= {3}
print(y, x is y)
big = set(range(40))
print(big - set(range(2, 40)), big & {0, 39, 100}, {0, 39, 100} & big)
print(set(range(50)) - {1, 2}  == set(range(3, 50)) | {0})
print(a | a, a & a, a - a, a ^ a)
e = {1, 2, 3}
e -= e
print(e)
