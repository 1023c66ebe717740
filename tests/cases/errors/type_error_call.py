# errors: uncaught TypeError from a bad binary operation inside a lambda called from a loop
add = lambda a, b: a + b
items = [1, 2.5, "three"]
total = 0
for x in items:
    total = add(total, x)
    print("total", total)
