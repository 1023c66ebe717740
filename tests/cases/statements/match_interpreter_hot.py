# statements: a tiny stack-machine interpreter dispatching on match/case in a hot loop (thousands of steps)
def run(program, steps_limit=100000):
    stack = []
    pc = 0
    steps = 0
    while pc < len(program) and steps < steps_limit:
        steps += 1
        match program[pc]:
            case ("push", value):
                stack.append(value)
            case ("add",):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ("sub",):
                b, a = stack.pop(), stack.pop()
                stack.append(a - b)
            case ("dup",):
                stack.append(stack[-1])
            case ("jnz", target):
                if stack.pop() != 0:
                    pc = target
                    continue
            case ("swap",):
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case ("rot3",):
                stack.append(stack.pop(-3))
            case ("pop",):
                stack.pop()
            case op:
                raise ValueError("bad op %r" % (op,))
        pc += 1
    return stack, steps
# sum = 0; n = 1000; while n: sum += n; n -= 1
prog = [
    ("push", 0), ("push", 1000),
    ("dup",), ("rot3",), ("add",), ("swap",),
    ("push", 1), ("sub",), ("dup",), ("jnz", 2),
    ("pop",),
]
print(run(prog))
try:
    run([("push", 1), ("mul",)])
except ValueError as e:
    print(type(e).__name__, e)
def kind(v):
    match v:
        case int() | float() if v < 0:
            return "neg"
        case int():
            return "int"
        case float():
            return "float"
        case [*_]:
            return "seq"
        case {}:
            return "map"
        case _:
            return "other"
counts = {}
for i in range(4000):
    v = [i, -i, i * 0.5, [i], {"i": i}, "s"][i % 6]
    k = kind(v)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
