/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpyTest {

    private static final String[] NUMERIC_TYPES = {
        "b1", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8", "f2", "f4", "f8", "c8", "c16",
    };
    private static final long[][] SHAPES = {{}, {0}, {5}, {2, 3}, {2, 3, 4}, {3, 0, 2}};

    /** The bytes of a .npy file, built from the format specification, not from Npy. */
    static byte[] npyFile(int major, String header, byte[] data) {
        int lengthBytes = major == 1 ? 2 : 4;
        int unpadded = 8 + lengthBytes + header.length() + 1;
        int total = (unpadded + 63) / 64 * 64;
        int headerLength = total - 8 - lengthBytes;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        for (int i = 0; i < lengthBytes; i++) {
            out.write(headerLength >>> (8 * i));
        }
        out.writeBytes(header.getBytes(ISO_8859_1));
        out.writeBytes(" ".repeat(headerLength - header.length() - 1).getBytes(ISO_8859_1));
        out.write('\n');
        out.writeBytes(data);
        return out.toByteArray();
    }

    static byte[] littleEndianLongs(long... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return b.array();
    }

    @Test
    void write_arangeInt64_matchesTheBytesNumpyWrites() {
        // np.save(f, np.arange(6, dtype='<i8').reshape(2, 3))
        byte[] expected = npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }",
                littleEndianLongs(0, 1, 2, 3, 4, 5));
        assertThat(expected).hasSize(128 + 48);
        assertThat(expected[8]).as("header length low byte").isEqualTo((byte) 118);

        NpyArray a = NpyArray.of(new long[] {0, 1, 2, 3, 4, 5}).reshape(2, 3);
        assertThat(Npy.toBytes(a)).isEqualTo(expected);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(a, out);
        assertThat(out.toByteArray()).isEqualTo(expected);
        assertThat(Npy.fromBytes(expected)).isEqualTo(a);
    }

    @Test
    void write_header_isNumpysDictPaddedTo64BytesEndingInNewline() {
        for (long[] shape : new long[][] {{}, {5}, {2, 3}, {123456789012L, 0}, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}}) {
            NpyArray a = NpyArray.of(NpyDType.FLOAT64, shape, ByteBuffer.allocate((int) NpyArray.sizeOf(shape) * 8));
            byte[] bytes = Npy.toBytes(a);
            int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
            int dataStart = 10 + headerLength;
            assertThat(dataStart % 64).as("data offset for %s", Arrays.toString(shape)).isZero();
            assertThat(bytes[dataStart - 1]).isEqualTo((byte) '\n');
            String header = new String(bytes, 10, headerLength, ISO_8859_1);
            assertThat(header).startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': "
                    + NpyArray.shapeText(shape) + ", }");
            assertThat(header.strip()).endsWith("}");
        }
        assertThat(NpyArray.shapeText(new long[] {5})).isEqualTo("(5,)");
        assertThat(NpyArray.shapeText(new long[0])).isEqualTo("()");
    }

    static Stream<Arguments> everyDTypeOrderAndShape() {
        List<Arguments> out = new ArrayList<>();
        for (String type : NUMERIC_TYPES) {
            for (String order : new String[] {"<", ">"}) {
                for (long[] shape : SHAPES) {
                    out.add(Arguments.of(order + type, shape));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyDTypeOrderAndShape")
    void writeThenRead_everyDTypeByteOrderAndShape_roundTripsBitForBit(String descr, long[] shape) {
        NpyDType dtype = NpyDType.of(descr);
        int n = (int) NpyArray.sizeOf(shape) * dtype.itemSize();
        byte[] bytes = new byte[n];
        new Random(descr.hashCode() * 31L + n).nextBytes(bytes);
        if (dtype.isBool()) {
            for (int i = 0; i < n; i++) {
                bytes[i] &= 1;
            }
        }
        NpyArray a = NpyArray.of(dtype, shape, ByteBuffer.wrap(bytes));

        byte[] file = Npy.toBytes(a);
        NpyArray back = Npy.read(new ByteArrayInputStream(file));

        assertThat(back.dtype().descr()).isEqualTo(dtype.descr());
        assertThat(back.shape()).isEqualTo(shape);
        assertThat(back.fortranOrder()).isFalse();
        byte[] backBytes = new byte[n];
        back.data().get(backBytes);
        assertThat(backBytes).isEqualTo(bytes);
        assertThat(back).isEqualTo(a);
        String header = new String(file, 10, 60, ISO_8859_1);
        assertThat(header).startsWith("{'descr': '" + dtype.descr() + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<", ">"})
    void writeThenRead_knownValuesInEachByteOrder_keepTheirValues(String order) {
        ByteOrder bo = order.equals("<") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        double[] values = {0, -0.0, 1.5, -2.25, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE,
            Double.MAX_VALUE};
        NpyArray source = NpyArray.of(values);
        for (String type : new String[] {"f2", "f4", "f8", "c8", "c16"}) {
            NpyDType dtype = NpyDType.of(order + type);
            NpyArray back = Npy.fromBytes(Npy.toBytes(source.astype(dtype)));
            assertThat(back.dtype().byteOrder()).isEqualTo(bo);
            for (int i = 0; i < values.length; i++) {
                double expected = type.equals("f2") ? Float16.toFloat(Float16.fromDouble(values[i]))
                        : type.equals("f4") || type.equals("c8") ? (float) values[i] : values[i];
                assertThat(Double.doubleToLongBits(back.getReal(i))).as("%s[%d]", dtype, i)
                        .isEqualTo(Double.doubleToLongBits(expected));
            }
        }
        long[] ints = {0, 1, -1, 127, -128, 255, 32767, -32768, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Long.MAX_VALUE, Long.MIN_VALUE};
        NpyArray longs = NpyArray.of(ints);
        for (String type : new String[] {"i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8"}) {
            NpyDType dtype = NpyDType.of(order + type);
            NpyArray back = Npy.fromBytes(Npy.toBytes(longs.astype(dtype)));
            int bits = dtype.itemSize() * 8;
            for (int i = 0; i < ints.length; i++) {
                long wrapped = bits == 64 ? ints[i]
                        : dtype.isUnsigned() ? ints[i] & ((1L << bits) - 1) : (ints[i] << (64 - bits)) >> (64 - bits);
                assertThat(back.getLong(i)).as("%s[%d]", dtype, i).isEqualTo(wrapped);
            }
        }
    }

    @Test
    void read_fortranOrderTrue_givesRowMajorFlatIndexes() {
        // [[0, 1, 2], [3, 4, 5]] stored column by column
        ByteBuffer data = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : new float[] {0, 3, 1, 4, 2, 5}) {
            data.putFloat(v);
        }
        byte[] file = npyFile(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }", data.array());

        NpyArray a = Npy.fromBytes(file);

        assertThat(a.fortranOrder()).isTrue();
        assertThat(a.toFloatArray()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(a.toDouble2D()).isDeepEqualTo(new double[][] {{0, 1, 2}, {3, 4, 5}});
        assertThat(a).isEqualTo(NpyArray.of(new float[][] {{0, 1, 2}, {3, 4, 5}}));
        assertThat(new String(Npy.toBytes(a), ISO_8859_1)).contains("'fortran_order': True");
        assertThat(Npy.toBytes(a)).as("written back as stored").isEqualTo(file);
    }

    @Test
    void read_versions2And3_useFourByteHeaderLength() {
        byte[] v2 = npyFile(2, "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", littleEndianLongs(7, 8));
        byte[] v3 = npyFile(3, "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", littleEndianLongs(9, 10));
        assertThat(Npy.fromBytes(v2).toLongArray()).containsExactly(7, 8);
        assertThat(Npy.fromBytes(v3).toLongArray()).containsExactly(9, 10);
    }

    @Test
    void write_headerTooLongForVersion1_usesVersion2() {
        long[] shape = new long[22_000];
        Arrays.fill(shape, 1);
        NpyArray a = NpyArray.of(NpyDType.INT8, shape, ByteBuffer.wrap(new byte[] {42}));
        byte[] file = Npy.toBytes(a);
        assertThat(file[6]).isEqualTo((byte) 2);
        int headerLength = ByteBuffer.wrap(file, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat((12 + headerLength) % 64).isZero();
        NpyArray back = Npy.fromBytes(file);
        assertThat(back.ndim()).isEqualTo(22_000);
        assertThat(back.getLong(0)).isEqualTo(42);
    }

    @Test
    void read_lenientHeaders_asAstLiteralEvalReadsThem() {
        String[] headers = {
            "{\"descr\": \"<i8\", \"fortran_order\": False, \"shape\": (2,)}",
            "{'shape': (2L,), 'fortran_order': False, 'descr': '<i8'}",
            "{ 'descr' : '<i8' , 'fortran_order' : False , 'shape' : ( 2 , ) , }",
        };
        for (String header : headers) {
            assertThat(Npy.fromBytes(npyFile(1, header, littleEndianLongs(5, 6))).toLongArray())
                    .as(header).containsExactly(5, 6);
        }
    }

    @Test
    void read_twoArraysInOneStream_readsThemInTurn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(NpyArray.of(new int[] {1, 2}), out);
        Npy.write(NpyArray.of(new double[] {3.5}), out);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertThat(Npy.read(in).toIntArray()).containsExactly(1, 2);
        assertThat(Npy.read(in).toDoubleArray()).containsExactly(3.5);
        assertThat(in.available()).isZero();
    }

    @Test
    void read_badMagic_isRejectedAtOffsetZero() {
        assertThatThrownBy(() -> Npy.fromBytes("PK\u0003\u0004rest of a zip".getBytes(ISO_8859_1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("magic")
                .hasMessageContaining("byte offset 0")
                .hasMessageContaining("application/x-npy");
    }

    @Test
    void read_unknownVersion_isRejected() {
        byte[] file = npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }", littleEndianLongs(1));
        file[6] = 4;
        assertThatThrownBy(() -> Npy.fromBytes(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("1.0, 2.0 and 3.0")
                .satisfies(e -> assertThat(((ValidationException) e).value()).isEqualTo("4.0"));
    }

    @Test
    void read_truncatedData_namesTheByteOffset() {
        byte[] file = npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }", littleEndianLongs(1, 2));
        assertThatThrownBy(() -> Npy.fromBytes(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("truncated")
                .hasMessageContaining("byte offset " + file.length)
                .hasMessageContaining("array data");
        assertThatThrownBy(() -> Npy.fromBytes(Arrays.copyOf(file, 30))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("inside the header");
    }

    @Test
    void read_headerClaimingGigabytes_failsOnTheMissingBytesWithoutAllocatingThem() {
        byte[] file = npyFile(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (200000000,), }",
                new byte[100]);
        assertThatThrownBy(() -> Npy.fromBytes(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("100 of 1600000000 bytes");
    }

    @Test
    void read_headerWithMissingOrExtraKeys_isRejected() {
        byte[] missing = npyFile(1, "{'descr': '<i8', 'shape': (1,), }", littleEndianLongs(1));
        byte[] extra = npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), 'x': 1}",
                littleEndianLongs(1));
        for (byte[] file : List.of(missing, extra)) {
            assertThatThrownBy(() -> Npy.fromBytes(file)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("exactly the keys");
        }
    }

    @Test
    void read_brokenHeaderSyntax_namesTheByteOffset() {
        byte[] file = npyFile(1, "{'descr': '<i8', 'fortran_order': Maybe, 'shape': (1,), }", littleEndianLongs(1));
        assertThatThrownBy(() -> Npy.fromBytes(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("byte offset " + (10 + "{'descr': '<i8', 'fortran_order': ".length()))
                .hasMessageContaining("unexpected character 'M'");
    }

    @Test
    void read_unsupportedDTypes_sayWhy() {
        assertThatThrownBy(() -> Npy.fromBytes(npyFile(1, "{'descr': '<f16', 'fortran_order': False, 'shape': (1,), }",
                new byte[16]))).isInstanceOf(ValidationException.class).hasMessageContaining("long double");
        assertThatThrownBy(() -> Npy.fromBytes(npyFile(1, "{'descr': '<c32', 'fortran_order': False, 'shape': (1,), }",
                new byte[32]))).isInstanceOf(ValidationException.class).hasMessageContaining("long double");
        assertThatThrownBy(() -> Npy.fromBytes(npyFile(1, "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }",
                new byte[8]))).isInstanceOf(ValidationException.class).hasMessageContaining("pickle");
        assertThatThrownBy(() -> Npy.fromBytes(npyFile(1,
                "{'descr': [('a', '<i4'), ('b', '<f8')], 'fortran_order': False, 'shape': (1,), }", new byte[12])))
                .isInstanceOf(ValidationException.class).hasMessageContaining("structured");
    }

    /** Found while fuzzing the header parser: it recursed once per bracket, so 200 000 of them overflowed the stack. */
    @Test
    void read_deeplyNestedHeader_isAValidationExceptionNotAStackOverflow() {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        byte[] file = npyFile(2, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), 'x': " + nested + "}",
                littleEndianLongs(1));
        assertThatThrownBy(() -> Npy.fromBytes(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("nested deeper than");
    }
}
