# protocols: traceback of an exception raised by __exit__ while another propagates out of a with body
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("closing after", et.__name__)
        raise RuntimeError("close failed")
def work():
    with Closer():
        {}["missing"]
work()
