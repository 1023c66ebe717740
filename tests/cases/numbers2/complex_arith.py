# numbers: complex literals, arithmetic with int/float, repr of special values, attributes
z = 1 + 2j
w = 3 - 4j
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(w))
print(1j, -1j, 0j, -0j, 2.5j, 1e20j, (1 + 0j), complex(-0.0, 0.0), complex(0.0, -0.0))
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, (5j).conjugate())
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z - True, z / 2, 2 / z)
print(z ** 2, z ** -1, (1j) ** 2, 2 ** (1j), z ** 0.5, (0j) ** 0, pow(z, 3))
inf, nan = float("inf"), float("nan")
print(complex(nan, inf), complex(inf, nan), complex(-inf, -inf), complex(1, nan))
print(z == 1 + 2j, z != w, 1j * 1j == -1, complex(3) == 3, complex(3) == 3.0, 3 == complex(3), z == "z")
print(bool(0j), bool(1j), bool(complex(0, 0)), [x for x in (0j, 1 + 0j, 1j) if x])
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j) == hash(1j), hash(complex(1, 2)))
print(type(z).__name__, isinstance(z, complex), type(1j * 0).__name__, (-8) ** 0.5)
print({1j: "i", 1 + 0j: "one"}[1], sorted([3, 1 + 0j == 1, 2]), repr(1.5 + 1j), str(-1.5 - 2.25j))
