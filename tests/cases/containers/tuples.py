# containers: tuple literals, single-element, index, slice, concat, repeat, compare, count/index, unpacking
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), (1, 2) + (3,), (0,) * 4, tuple([4, 5]), tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), () < (0,))
print((1, "a") < (1, "b"), (1, 2, 3) >= (1, 2, 3), [1, (2, 3)] == [1, (2, 3)])
print((1, 2, 2, 3, 2).count(2), (5, 6, 7).index(7), 6 in (5, 6, 7), 8 not in (5, 6, 7))
a, b, c = (1, 2, 3)
print(a, b, c)
a, b = b, a
print(a, b)
(x, (y, z)) = (10, (20, 30))
print(x, y, z)
p, (q, r), s = [1, [2, 3], 4]
print(p, q, r, s)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
h, *mid, tl = "abcde"
print(h, mid, tl)
one, *empty = [9]
print(one, empty)
for k, (v1, v2) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, v1 + v2)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    print(t[10])
except IndexError as e:
    print("IndexError", e)
print(max((3, 1), (2, 9)), min([(1, "b"), (1, "a")]), sorted([(2, "x"), (1, "z"), (2, "a")]))
single = 5,
print(single, type(single), type(()))
