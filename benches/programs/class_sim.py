# Particle simulation built on a small Vec class: measures user-defined operator
# dispatch (__add__/__sub__/__mul__/__rmul__), method calls, object allocation
# and attribute loads/stores in a hot loop.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def length2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    def kinetic(self):
        return 0.5 * self.mass * self.vel.length2()

    def step(self, force, dt):
        acc = force * (1.0 / self.mass)
        self.vel = self.vel + acc * dt
        self.pos = self.pos + dt * self.vel

    def bounce(self, size):
        p = self.pos
        v = self.vel
        if p.x < 0.0 or p.x > size:
            self.vel = Vec(-v.x, v.y)
            self.bounces += 1
        elif p.y < 0.0 or p.y > size:
            self.vel = Vec(v.x, -v.y)
            self.bounces += 1


def make_particles(n, size):
    # Deterministic pseudo-random placement (linear congruential generator).
    seed = 12345
    particles = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x = (seed % 10000) / 10000.0 * size
        seed = (seed * 1103515245 + 12345) % 2147483648
        y = (seed % 10000) / 10000.0 * size
        vx = ((i * 7) % 11 - 5) * 1.5
        vy = ((i * 13) % 7 - 3) * 1.5
        particles.append(Particle(Vec(x, y), Vec(vx, vy), 1.0 + (i % 3)))
    return particles


def simulate(particles, steps, size, dt):
    center = Vec(size / 2.0, size / 2.0)
    drag = 0.999
    for _ in range(steps):
        for p in particles:
            to_center = center - p.pos
            d2 = to_center.length2() + 1.0
            force = to_center * (p.mass / d2)
            p.step(force, dt)
            p.vel = p.vel * drag
            p.bounce(size)


def main(n=100, steps=1500):
    size = 100.0
    particles = make_particles(n, size)
    simulate(particles, steps, size, 0.05)
    energy = 0.0
    momentum = Vec(0.0, 0.0)
    centroid = Vec(0.0, 0.0)
    bounces = 0
    for p in particles:
        energy += p.kinetic()
        momentum = momentum + p.mass * p.vel
        centroid = centroid + p.pos
        bounces += p.bounces
    centroid = centroid * (1.0 / len(particles))
    print(f"energy: {energy:.6f}")
    print(f"momentum: {momentum.x:.6f} {momentum.y:.6f}")
    print(f"centroid: {centroid.x:.6f} {centroid.y:.6f}")
    print(f"bounces: {bounces}")
    print(f"dot: {momentum.dot(centroid):.6f}")


main()
