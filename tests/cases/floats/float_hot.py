# floats: hot numeric loops - leibniz pi, newton sqrt, mandelbrot-ish iteration count
def leibniz(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s = s + sign / (2 * k + 1)
        sign = -sign
    return 4 * s

print(leibniz(10), leibniz(1000), leibniz(30000))

def newton_sqrt(x):
    g = x / 2.0
    for i in range(30):
        g = (g + x / g) / 2.0
    return g

t = 0.0
for i in range(1, 2000):
    t = t + newton_sqrt(float(i))
print(t, newton_sqrt(2.0), newton_sqrt(1e10))

def mandel(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n = n + 1
    return n

total = 0
for y in range(-10, 11):
    row = ""
    for x in range(-30, 11):
        c = mandel(x / 15.0, y / 10.0, 50)
        total = total + c
        if c >= 50:
            row = row + "#"
        else:
            row = row + "."
    print(row)
print("total", total)
