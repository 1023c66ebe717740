# exceptions2: UNCAUGHT SystemExit with a string message: message to stderr, exit status 1, finally blocks run
def shutdown():
    try:
        print("shutting down")
        raise SystemExit("fatal: cannot continue")
    finally:
        print("finally still runs")
try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
shutdown()
print("not reached")
