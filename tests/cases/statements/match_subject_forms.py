# statements: match subject forms: bare tuples `match a, b:`, starred subjects, expressions, and match in loops/functions
def fizz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fizz(n) for n in range(1, 16)))
rest = [2, 3]
match 1, *rest:
    case (1, *others):
        print("starred subject builds a tuple:", others)
match [x * 2 for x in range(3)]:
    case [0, *tail]:
        print("comprehension subject, tail", tail)
match {"a": 1} | {"b": 2}:
    case {"a": a, "b": b}:
        print("merged dict subject", a, b)
def parse(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", *items] if items:
            return "picking " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return "unknown verb " + verb
print([parse(c) for c in ["go north", "pick up sword shield", "pick up", "exit", "", "dance wildly"]])
matches = 0
for i in range(3000):
    match i:
        case int() if i % 1000 == 0:
            matches += 100
        case 1 | 2 | 3:
            matches += 1
print(matches)
