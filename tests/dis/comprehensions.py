def squares(xs):
    return [x * x for x in xs if x], {k: v for k, v in zip(xs, xs)}
