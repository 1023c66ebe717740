# control: chained comparisons across types, in / not in chains, comparisons in loops
print(1 < 2 <= 2 < 3 != 4 == 4 > 0 >= 0)
print(1 < 2 > 3, 3 > 2 > 1 > 0 > -1, 5 >= 5 >= 4 > 4)
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0, "a" < "b" < "c" < "cd")
print(1 in [1, 2] in [[1, 2], 3], 2 in [1, 2] not in [[3]], "x" not in "abc" == True)
print([1, 2] < [1, 3] < [2], (1,) < (1, 0) <= (1, 0))
grid = []
for a in range(4):
    row = []
    for b in range(4):
        for c in range(4):
            if a < b < c:
                row.append(str(a) + str(b) + str(c))
    grid.append(row)
print(grid)
count = 0
for i in range(-50, 50):
    if -10 < i <= 10 != i % 7:
        count += 1
print(count)
def between(lo, x, hi):
    return lo <= x < hi
print([between(0, i, 3) for i in range(-1, 5)])
