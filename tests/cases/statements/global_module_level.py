# statements: `global` at module level is allowed and harmless; globals() dict writes, functions seeing new globals
global counter
counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
globals()["injected"] = "via globals()"
print(injected)
def read_injected():
    return injected_later
globals()["injected_later"] = 42
print(read_injected())
def make_global(name, value):
    globals()[name] = value
make_global("dynamic_name", [1, 2])
print(dynamic_name)
print("counter" in globals(), type(globals()).__name__, globals() is globals())
def local_vs_global():
    counter = "local"
    return counter, globals()["counter"]
print(local_vs_global())
del globals()["dynamic_name"]
try:
    dynamic_name
except NameError as e:
    print(type(e).__name__, e)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
