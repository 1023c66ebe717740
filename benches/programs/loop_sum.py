# Tight integer loop over range: measures loop dispatch and int multiply/add.


def main():
    total = 0
    for i in range(10_000_000):
        total += i * i
    print(total)


main()
