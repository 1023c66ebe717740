# Generator pipeline: a producer feeding several filter/map generator stages,
# a `yield from` re-chunking stage, a windowing stage and a generator
# expression, drained by a consumer.  Measures generator creation, resumption
# (next/yield), `yield from` delegation and small-int/tuple work per item.


def produce(n, seed):
    # Linear congruential generator: deterministic pseudo-random ints.
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def keep_if(pred, items):
    for v in items:
        if pred(v):
            yield v


def apply(fn, items):
    for v in items:
        yield fn(v)


def chunks(items, size):
    buf = []
    for v in items:
        buf.append(v)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten_sorted(batches):
    for batch in batches:
        batch.sort()
        yield from batch


def windows(items):
    prev = None
    for v in items:
        if prev is not None:
            yield prev, v
        prev = v


def running_checksum(pairs):
    acc = 0
    count = 0
    for a, b in pairs:
        acc = (acc * 31 + (a ^ b)) % 1000000007
        count += 1
    return acc, count


def pipeline(n, seed):
    src = produce(n, seed)
    small = apply(lambda v: (v >> 7) % 100000, src)
    odd = keep_if(lambda v: v & 1, small)
    scaled = apply(lambda v: v * 3 + 1, odd)
    regrouped = flatten_sorted(chunks(scaled, 16))
    diffs = (b - a for a, b in windows(regrouped))
    positive = keep_if(lambda d: d > 0, diffs)
    return running_checksum(windows(positive))


def main(n=250000):
    total = 0
    for seed in (1, 2, 3):
        checksum, count = pipeline(n, seed)
        print(f"seed {seed}: pairs={count} checksum={checksum}")
        total = (total + checksum) % 1000000007
    print(f"total: {total}")


main()
