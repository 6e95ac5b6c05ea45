/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads files numpy wrote (src/test/resources/npy, made by make_fixtures.py there). */
class NpyNumpyFixturesTest {

    static byte[] fixture(String name) {
        try (InputStream in = NpyNumpyFixturesTest.class.getResourceAsStream("/npy/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NpyArray read(String name) {
        return Npy.fromBytes(fixture(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "arange_i8_2x3.npy", "f8_special.npy", "f4_2x2.npy", "f2.npy", "c16.npy", "c8.npy", "bool.npy", "i1.npy",
        "u1.npy", "i2.npy", "u2.npy", "i4.npy", "u4.npy", "u8.npy", "i2_3d.npy", "scalar_f8.npy", "empty_0x3.npy",
        "be_f8.npy", "be_i4_2x2.npy", "be_c8.npy", "be_f2.npy", "be_u8.npy", "fortran_f4_3x4.npy",
    })
    void write_afterReadingANumpyFile_givesTheSameBytesNumpyWrote(String name) {
        byte[] numpy = fixture(name);
        assertThat(Npy.toBytes(Npy.fromBytes(numpy))).isEqualTo(numpy);
    }

    @Test
    void read_arangeInt64_matchesNumpy() {
        NpyArray a = read("arange_i8_2x3.npy");
        assertThat(a.dtype()).isEqualTo(NpyDType.INT64);
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.toLongArray()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(fixture("arange_i8_2x3.npy")).isEqualTo(NpyTest.npyFile(1,
                "{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }", NpyTest.littleEndianLongs(0, 1, 2, 3,
                        4, 5)));
    }

    @Test
    void read_float64SpecialValues_areExact() {
        NpyArray a = read("f8_special.npy");
        assertThat(a.toDoubleArray()).containsExactly(0.0, -0.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE);
        assertThat(Double.doubleToRawLongBits(a.getDouble(1))).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void read_float32AndFloat16_matchNumpyRounding() {
        assertThat(read("f4_2x2.npy").toFloatArray()).containsExactly(0.1f, -2.5f, 3.0e38f, Float.MIN_VALUE);
        NpyArray h = read("f2.npy");
        assertThat(h.dtype()).isEqualTo(NpyDType.FLOAT16);
        assertThat(h.getDouble(0)).isEqualTo(1.0);
        assertThat(h.getDouble(1)).isEqualTo(0.5);
        assertThat(h.getDouble(2)).isEqualTo(65504.0);
        assertThat(h.getDouble(3)).isEqualTo(-0x1p-24);
        assertThat(h.getDouble(4)).isNaN();
        assertThat(h.getDouble(5)).isInfinite();
        assertThat(h.data().getShort(12)).as("np.float16(0.1)").isEqualTo((short) 0x2E66);
        assertThat(read("be_f2.npy").getDouble(0)).isEqualTo(-1.5);
    }

    @Test
    void read_complex_givesRealAndImaginaryParts() {
        NpyArray z = read("c16.npy");
        assertThat(z.dtype()).isEqualTo(NpyDType.COMPLEX128);
        assertThat(new double[] {z.getReal(0), z.getImag(0), z.getReal(1), z.getImag(1)})
                .containsExactly(1, 2, -0.5, -1.5);
        NpyArray z8 = read("c8.npy");
        assertThat(z8.dtype()).isEqualTo(NpyDType.COMPLEX64);
        assertThat(new double[] {z8.getReal(0), z8.getImag(0)}).containsExactly(3, -4);
        NpyArray be = read("be_c8.npy");
        assertThat(be.dtype().byteOrder()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(new double[] {be.getReal(0), be.getImag(0)}).containsExactly(1, -1);
    }

    @Test
    void read_integersAndBool_keepTheirRanges() {
        assertThat(read("bool.npy").dtype()).isEqualTo(NpyDType.BOOL);
        assertThat(read("bool.npy").toLongArray()).containsExactly(1, 0, 1);
        assertThat(read("i1.npy").toLongArray()).containsExactly(-128, 0, 127);
        assertThat(read("u1.npy").toLongArray()).containsExactly(0, 200, 255);
        assertThat(read("i2.npy").toLongArray()).containsExactly(-32768, 1, 32767);
        assertThat(read("u2.npy").toLongArray()).containsExactly(0, 65535);
        assertThat(read("i4.npy").toLongArray()).containsExactly(Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertThat(read("u4.npy").toLongArray()).containsExactly(0, 4_294_967_295L);
        NpyArray u8 = read("u8.npy");
        assertThat(Long.toUnsignedString(u8.getLong(1))).isEqualTo("18446744073709551615");
        assertThat(Long.toUnsignedString(u8.getLong(2))).isEqualTo("9223372036854775808");
        assertThat(Long.toUnsignedString(read("be_u8.npy").getLong(0))).isEqualTo("18446744073709551614");
        assertThat(read("be_i4_2x2.npy").toIntArray()).containsExactly(1, -2, 3, -4);
        assertThat(read("be_f8.npy").toDoubleArray()).containsExactly(1.5, -2.25);
    }

    @Test
    void read_shapes_zeroThreeAndEmpty() {
        NpyArray scalar = read("scalar_f8.npy");
        assertThat(scalar.shape()).isEmpty();
        assertThat(scalar.getDouble(0)).isEqualTo(3.25);
        NpyArray cube = read("i2_3d.npy");
        assertThat(cube.shape()).containsExactly(2, 3, 4);
        assertThat(cube.getLong(23)).isEqualTo(23);
        assertThat(cube.getLong(13)).isEqualTo(13);
        NpyArray empty = read("empty_0x3.npy");
        assertThat(empty.shape()).containsExactly(0, 3);
        assertThat(empty.size()).isZero();
    }

    @Test
    void read_fortranOrderFromNumpy_isRowMajorByFlatIndex() {
        NpyArray f = read("fortran_f4_3x4.npy");
        assertThat(f.fortranOrder()).isTrue();
        assertThat(f.toFloatArray()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(f.data().getFloat(4)).as("stored column-major: second stored value is a[1, 0]").isEqualTo(4f);
    }

    @Test
    void read_formatVersions2And3FromNumpy() {
        assertThat(fixture("v2_i4.npy")[6]).isEqualTo((byte) 2);
        assertThat(read("v2_i4.npy").toIntArray()).containsExactly(7, 8, 9);
        assertThat(fixture("v3_f8.npy")[6]).isEqualTo((byte) 3);
        assertThat(read("v3_f8.npy").toDouble2D()).isDeepEqualTo(new double[][] {{1, 2}});
    }

    @Test
    void read_unsupportedNumpyFiles_sayWhy() {
        assertThatThrownBy(() -> read("longdouble.npy")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("long double");
        assertThatThrownBy(() -> read("object.npy")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("pickle");
        assertThatThrownBy(() -> read("unicode.npy")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> read("structured.npy")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("structured");
    }
}
