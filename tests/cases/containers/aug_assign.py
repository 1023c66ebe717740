# containers: augmented assignment on names, list elements, dict items, nested, list += (in place)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias, lst == alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
lst[0] += 100
lst[-1] *= 3
lst[1] **= 5
print(lst)
d = {"a": 1, "b": [1]}
d["a"] += 41
d["b"] += [2]
d["b"][0] -= 10
print(d)
grid = [[0, 0], [0, 0]]
for i in range(100):
    grid[i % 2][i % 3 % 2] += i
print(grid)
counts = {"x": 0}
for i in range(10000):
    counts["x"] += i % 3
print(counts)
m = [1.5]
m[0] /= 2
m[0] //= 0.25
print(m)
