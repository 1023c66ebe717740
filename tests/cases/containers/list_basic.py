# containers: list literals, index, negative index, len, append extend insert pop remove index count reverse
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[-8], a[3])
a.append(5)
print(a)
a.extend([8, 9])
a.extend((7,))
a.extend("ab")
print(a, len(a))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
a.remove(1)
print(a, a.index(5), a.index(9), a.count(9), a.count(1), a.count(42))
a.reverse()
print(a)
b = []
for i in range(10):
    b.append(i * i)
print(b, b[2:5], b[::3], b[::-1])
b[0] = -1
b[-1] = 999
print(b)
c = [[1, 2], [3, 4], []]
c[0].append(99)
c[2].extend(c[1])
print(c, len(c[2]), c[1][-1])
print([] == [], [1, 2] == [1, 2], [1, 2] != [2, 1], [1] * 3, [0, 1] + [2])
print(list(), list((1, 2)), list(range(4)), list("hi"))
for exc_case in range(4):
    try:
        if exc_case == 0:
            [].pop()
        elif exc_case == 1:
            [1, 2].remove(3)
        elif exc_case == 2:
            [1, 2].index(7)
        else:
            print([1, 2, 3][3])
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
x = [1, 2, 3]
y = x
y.append(4)
print(x, y, x == y)
