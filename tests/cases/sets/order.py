# sets: iteration order of ints after many adds, discards, pops and copies (CPython's table layout)
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
for trial in range(6):
    s = set()
    for step in range(200):
        op = rnd(10)
        v = rnd(40 + trial * 30)
        if op < 5:
            s.add(v)
        elif op < 8:
            s.discard(v)
        elif op == 8 and s:
            s.pop()
        else:
            s = s.copy()
    print(list(s))
    print(list(s | {1000, 64}), list(s & set(range(0, 200, 2))), list(s - set(range(10))), list(s ^ {1, 2, 3}))
print(list(set([-5, -1, 7, 2 ** 40, 2 ** 61, 3.5, 0.5])))
print(list({i * 1000 for i in range(20)}))
