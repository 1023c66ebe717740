# statements: nested while loops with break/continue, flags, loop-carried state and early exits via functions
def search(grid, target):
    r = 0
    while r < len(grid):
        c = 0
        while c < len(grid[r]):
            if grid[r][c] == target:
                return (r, c)
            c += 1
        r += 1
    return None
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 6), search(grid, 10))
i = 0
out = []
while i < 10:
    i += 1
    if i % 2:
        continue
    j = 0
    while True:
        j += 1
        if j > i // 2:
            break
    out.append((i, j))
print(out)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
a, b = 1071, 462
while b:
    a, b = b, a % b
print(a)
total = 0
k = 0
while k < 5000:
    k += 1
    if k % 3 == 0:
        continue
    if k > 4500:
        break
    total += k
print(total, k)
