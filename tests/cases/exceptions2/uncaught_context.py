# exceptions2: UNCAUGHT exception raised while handling another ("During handling of the above exception")
class Cleanup:
    def close(self):
        raise OSError(5, "close failed")
def work(res):
    try:
        print("working")
        return {}["missing-key"]
    except KeyError:
        print("handling KeyError, now closing")
        res.close()
work(Cleanup())
