# exceptions2: UNCAUGHT wide and deep groups: more than 15 sub-exceptions and nesting beyond max_group_depth
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup("level %d" % n, [deep(n - 1)])
wide = [OSError(i, "err %d" % i) for i in range(17)]
print("raising")
raise ExceptionGroup("top", [ExceptionGroup("wide", wide), deep(12)])
