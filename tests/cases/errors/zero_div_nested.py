# errors: uncaught ZeroDivisionError three calls deep -> traceback with module + 3 frames, exit 1
def level_three(x):
    print("level_three", x)
    return 100 // x
def level_two(x):
    print("level_two", x)
    return level_three(x - 1) + 1
def level_one(x):
    print("level_one", x)
    return level_two(x - 1) * 2
print(level_one(5))
print(level_one(2))
print("never printed")
