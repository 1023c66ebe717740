# generators: cooperative multitasking: a round-robin scheduler running generator tasks to completion
def task(name, steps):
    for i in range(steps):
        print("%s step %d" % (name, i))
        yield
    return name + " finished"
def spawner():
    print("spawner starting child")
    yield ("spawn", task("child", 2))
    print("spawner done")
def run(tasks):
    queue = list(tasks)
    results = []
    while queue:
        t = queue.pop(0)
        try:
            req = next(t)
        except StopIteration as e:
            results.append(e.value)
            continue
        if isinstance(req, tuple) and req[0] == "spawn":
            queue.append(req[1])
        queue.append(t)
    return results
print(run([task("A", 3), task("B", 1), spawner(), task("C", 2)]))
def counter_task(n, log):
    for i in range(n):
        log.append(i)
        yield
log = []
print(run([counter_task(1000, log) for _ in range(3)]), len(log), sum(log))
