#!/usr/bin/env python3
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
"""Writes the small .npy fixtures NpyNumpyFixturesTest reads. Run from this folder:

    python3 make_fixtures.py

Made with numpy 2.4.6 (any numpy >= 1.24 writes the same header layout). The expected values are
spelled out again in the Java test, so a change here shows up there.
"""
import numpy as np
import numpy.lib.format as fmt


def save(name, array, version=None):
    with open(name, "wb") as f:
        if version is None:
            np.save(f, array, allow_pickle=False)
        else:
            fmt.write_array(f, array, version=version, allow_pickle=False)


# numeric dtypes, native (little-endian) order
save("arange_i8_2x3.npy", np.arange(6, dtype="<i8").reshape(2, 3))
save("f8_special.npy", np.array([0.0, -0.0, 1.5, np.nan, np.inf, -np.inf, 5e-324, np.finfo(np.float64).max], dtype="<f8"))
save("f4_2x2.npy", np.array([[0.1, -2.5], [3.0e38, 1.0e-45]], dtype="<f4"))
save("f2.npy", np.array([1.0, 0.5, 65504.0, -(2.0 ** -24), np.nan, np.inf, 0.1], dtype="<f2"))
save("c16.npy", np.array([1 + 2j, -0.5 - 1.5j], dtype="<c16"))
save("c8.npy", np.array([3 - 4j], dtype="<c8"))
save("bool.npy", np.array([True, False, True]))
save("i1.npy", np.array([-128, 0, 127], dtype="|i1"))
save("u1.npy", np.array([0, 200, 255], dtype="|u1"))
save("i2.npy", np.array([-32768, 1, 32767], dtype="<i2"))
save("u2.npy", np.array([0, 65535], dtype="<u2"))
save("i4.npy", np.array([-(2 ** 31), 2 ** 31 - 1], dtype="<i4"))
save("u4.npy", np.array([0, 2 ** 32 - 1], dtype="<u4"))
save("u8.npy", np.array([0, 2 ** 64 - 1, 2 ** 63], dtype="<u8"))
save("i2_3d.npy", np.arange(24, dtype="<i2").reshape(2, 3, 4))
save("scalar_f8.npy", np.array(3.25))
save("empty_0x3.npy", np.zeros((0, 3)))

# big-endian
save("be_f8.npy", np.array([1.5, -2.25], dtype=">f8"))
save("be_i4_2x2.npy", np.array([[1, -2], [3, -4]], dtype=">i4"))
save("be_c8.npy", np.array([1 - 1j], dtype=">c8"))
save("be_f2.npy", np.array([-1.5], dtype=">f2"))
save("be_u8.npy", np.array([2 ** 64 - 2], dtype=">u8"))

# storage order and format versions
save("fortran_f4_3x4.npy", np.asfortranarray(np.arange(12, dtype="<f4").reshape(3, 4)))
save("v2_i4.npy", np.array([7, 8, 9], dtype="<i4"), version=(2, 0))
save("v3_f8.npy", np.array([[1.0, 2.0]]), version=(3, 0))

# dtypes this library refuses, each for a stated reason
save("longdouble.npy", np.array([1.0], dtype=np.longdouble))
with open("object.npy", "wb") as f:
    np.save(f, np.array([{"a": 1}, None], dtype=object), allow_pickle=True)
save("unicode.npy", np.array(["ab", "c"]))
save("structured.npy", np.array([(1, 2.0)], dtype=[("a", "<i4"), ("b", "<f8")]))
