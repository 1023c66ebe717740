# Mandelbrot escape-count over a grid: measures float arithmetic, comparisons
# and nested while/for loops with int counters.


def escape_count(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < max_iter:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n


def mandelbrot(width, height, max_iter):
    x_min = -2.0
    x_max = 0.6
    y_min = -1.2
    y_max = 1.2
    dx = (x_max - x_min) / width
    dy = (y_max - y_min) / height
    total = 0
    inside = 0
    weighted = 0
    for py in range(height):
        ci = y_min + py * dy
        row = 0
        for px in range(width):
            cr = x_min + px * dx
            n = escape_count(cr, ci, max_iter)
            row += n
            if n == max_iter:
                inside += 1
        total += row
        weighted = (weighted * 31 + row) % 1000000007
    return total, inside, weighted


def main():
    total, inside, weighted = mandelbrot(480, 360, 200)
    print(f"iterations: {total}")
    print(f"inside: {inside}")
    print(f"checksum: {weighted}")


main()
