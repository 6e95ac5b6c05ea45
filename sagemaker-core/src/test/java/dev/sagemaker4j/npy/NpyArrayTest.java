/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpyArrayTest {

    @Test
    void of_doubleMatrix_hasShapeAndRowMajorValues() {
        NpyArray a = NpyArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(a.dtype()).isEqualTo(NpyDType.FLOAT64);
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.intShape()).containsExactly(2, 3);
        assertThat(a.ndim()).isEqualTo(2);
        assertThat(a.size()).isEqualTo(6);
        assertThat(a.getDouble(4)).isEqualTo(5.0);
        assertThat(a.toDoubleArray()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(a.toDouble2D()).isDeepEqualTo(new double[][] {{1, 2, 3}, {4, 5, 6}});
    }

    @Test
    void wrap_takesAFreshHeapBufferAsItIs_andCopiesAnyOther() {
        ByteBuffer fresh = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).putFloat(-2f);
        fresh.rewind();
        NpyArray a = NpyArray.wrap(NpyDType.FLOAT32, new long[] {2}, fresh);
        assertThat(a.toFloatArray()).containsExactly(1.5f, -2f);
        assertThat(a.rawBytes()).isSameAs(fresh.array());

        ByteBuffer direct = ByteBuffer.allocateDirect(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(3f).putFloat(4f);
        direct.rewind();
        assertThat(NpyArray.wrap(NpyDType.FLOAT32, new long[] {1, 2}, direct).toFloatArray()).containsExactly(3f, 4f);
        ByteBuffer slice = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(9f).putFloat(5f)
                .putFloat(6f).position(4).slice().order(ByteOrder.LITTLE_ENDIAN);
        NpyArray copied = NpyArray.wrap(NpyDType.FLOAT32, new long[] {2}, slice);
        assertThat(copied.toFloatArray()).containsExactly(5f, 6f);
        assertThat(copied.rawBytes()).isNotSameAs(slice.array());

        assertThatThrownBy(() -> NpyArray.wrap(NpyDType.FLOAT32, new long[] {3}, ByteBuffer.allocate(8)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("which needs 12 bytes");
    }

    @Test
    void of_primitiveArrays_pickTheMatchingDType() {
        assertThat(NpyArray.of(new float[] {1}).dtype()).isEqualTo(NpyDType.FLOAT32);
        assertThat(NpyArray.of(new float[][] {{1}}).dtype()).isEqualTo(NpyDType.FLOAT32);
        assertThat(NpyArray.of(new int[] {1}).dtype()).isEqualTo(NpyDType.INT32);
        assertThat(NpyArray.of(new int[][] {{1}}).dtype()).isEqualTo(NpyDType.INT32);
        assertThat(NpyArray.of(new long[] {1}).dtype()).isEqualTo(NpyDType.INT64);
        assertThat(NpyArray.of(new long[][] {{1}}).dtype()).isEqualTo(NpyDType.INT64);
        assertThat(NpyArray.of(new short[] {1}).dtype()).isEqualTo(NpyDType.INT16);
        assertThat(NpyArray.of(new short[][] {{1}}).dtype()).isEqualTo(NpyDType.INT16);
        assertThat(NpyArray.of(new byte[] {1}).dtype()).isEqualTo(NpyDType.INT8);
        assertThat(NpyArray.of(new byte[][] {{1}}).dtype()).isEqualTo(NpyDType.INT8);
        assertThat(NpyArray.of(new boolean[] {true}).dtype()).isEqualTo(NpyDType.BOOL);
        assertThat(NpyArray.of(new boolean[][] {{true}}).dtype()).isEqualTo(NpyDType.BOOL);
    }

    @Test
    void of_primitiveMatrices_keepValues() {
        assertThat(NpyArray.of(new float[][] {{1.5f, -2}, {3, 4}}).toFloatArray()).containsExactly(1.5f, -2, 3, 4);
        assertThat(NpyArray.of(new int[][] {{1, -2}, {3, 4}}).toIntArray()).containsExactly(1, -2, 3, 4);
        assertThat(NpyArray.of(new long[][] {{Long.MIN_VALUE}, {Long.MAX_VALUE}}).toLongArray())
                .containsExactly(Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(NpyArray.of(new short[][] {{-3, 4}}).toLongArray()).containsExactly(-3, 4);
        assertThat(NpyArray.of(new byte[][] {{-128, 127}}).toLongArray()).containsExactly(-128, 127);
        assertThat(NpyArray.of(new boolean[][] {{true, false}}).toLongArray()).containsExactly(1, 0);
        assertThat(NpyArray.of(new boolean[] {false, true}).getBoolean(1)).isTrue();
    }

    @Test
    void of_raggedRows_isRejectedNamingTheRow() {
        assertThatThrownBy(() -> NpyArray.of(new double[][] {{1, 2}, {3}}))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("rows[1]"))
                .hasMessageContaining("same number");
        assertThatThrownBy(() -> NpyArray.of(new int[][] {{1}, null}))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("rows[1]");
    }

    @Test
    void of_rawBytes_readsInTheDTypeByteOrder() {
        ByteBuffer be = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(7).putInt(-1).flip();
        NpyArray a = NpyArray.of(NpyDType.INT32.withByteOrder(ByteOrder.BIG_ENDIAN), new long[] {2}, be);
        assertThat(a.toLongArray()).containsExactly(7, -1);
        assertThat(be.position()).as("the caller's buffer is not moved").isZero();
        assertThat(a.data().isReadOnly()).isTrue();
    }

    @Test
    void of_rawBytesOfWrongLength_isRejected() {
        assertThatThrownBy(() -> NpyArray.of(NpyDType.FLOAT64, new long[] {2, 2}, ByteBuffer.allocate(24)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("needs 32 bytes");
        assertThatThrownBy(() -> NpyArray.of(NpyDType.FLOAT64, new long[] {-1}, ByteBuffer.allocate(0)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void of_isACopy_soLaterChangesToTheSourceDoNotShow() {
        double[] values = {1, 2};
        NpyArray a = NpyArray.of(values);
        values[0] = 99;
        assertThat(a.getDouble(0)).isEqualTo(1.0);
    }

    @Test
    void getDouble_unsignedTypes_keepUnsignedValue() {
        NpyArray u8 = NpyArray.of(new byte[] {(byte) 200}).astype(NpyDType.UINT8);
        assertThat(u8.getDouble(0)).isEqualTo(200.0);
        NpyArray u32 = NpyArray.of(new int[] {-1}).astype(NpyDType.UINT32);
        assertThat(u32.getLong(0)).isEqualTo(4_294_967_295L);
        NpyArray u64 = NpyArray.of(new long[] {-1}).astype(NpyDType.UINT64);
        assertThat(u64.getDouble(0)).isEqualTo(0x1p64);
        assertThat(Long.toUnsignedString(u64.getLong(0))).isEqualTo("18446744073709551615");
    }

    @Test
    void getDouble_complex_isRejectedButRealAndImagWork() {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(1.5).putDouble(-2).flip();
        NpyArray z = NpyArray.of(NpyDType.COMPLEX128, new long[0], b);
        assertThat(z.getReal(0)).isEqualTo(1.5);
        assertThat(z.getImag(0)).isEqualTo(-2.0);
        assertThatThrownBy(() -> z.getDouble(0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("imaginary");
        assertThatThrownBy(z::toDoubleArray).isInstanceOf(ValidationException.class);
        assertThat(NpyArray.of(new double[] {3}).getImag(0)).isZero();
    }

    @Test
    void getDouble_outsideTheArray_throwsIndexOutOfBounds() {
        NpyArray a = NpyArray.of(new double[] {1, 2});
        assertThatThrownBy(() -> a.getDouble(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.getDouble(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void getLong_float_truncatesTowardZero() {
        NpyArray a = NpyArray.of(new double[] {2.9, -2.9, Double.NaN});
        assertThat(a.toLongArray()).containsExactly(2, -2, 0);
    }

    @Test
    void toIntArray_valueBeyondInt_isRejected() {
        NpyArray a = NpyArray.of(new long[] {1, 1L << 40});
        assertThatThrownBy(a::toIntArray).isInstanceOf(ValidationException.class)
                .hasMessageContaining(Long.toString(1L << 40));
    }

    @Test
    void toDouble2D_notTwoDimensional_isRejected() {
        assertThatThrownBy(() -> NpyArray.of(new double[] {1}).toDouble2D())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("(1,)");
    }

    @Test
    void astype_narrowingIntegers_wrapAsNumpy() {
        NpyArray a = NpyArray.of(new int[] {300, -1, 127}).astype(NpyDType.INT8);
        assertThat(a.toLongArray()).containsExactly(44, -1, 127);
        assertThat(NpyArray.of(new int[] {-1}).astype(NpyDType.UINT16).getLong(0)).isEqualTo(65535);
    }

    @Test
    void astype_floatToIntegerAndBool_followNumpy() {
        NpyArray f = NpyArray.of(new double[] {-1.7, 0.0, 2.5, Double.NaN});
        assertThat(f.astype(NpyDType.INT32).toLongArray()).containsExactly(-1, 0, 2, 0);
        assertThat(f.astype(NpyDType.BOOL).toLongArray()).containsExactly(1, 0, 1, 1);
        NpyArray big = NpyArray.of(new double[] {0x1p63 + 2048}).astype(NpyDType.UINT64);
        assertThat(Long.toUnsignedString(big.getLong(0))).isEqualTo("9223372036854777856");
    }

    @Test
    void astype_complexAndFloat16_convertBothWays() {
        NpyArray d = NpyArray.of(new double[] {0.1, -3});
        NpyArray z = d.astype(NpyDType.COMPLEX64);
        assertThat(z.getReal(0)).isEqualTo((float) 0.1);
        assertThat(z.getImag(1)).isZero();
        assertThat(z.astype(NpyDType.FLOAT64).getDouble(1)).isEqualTo(-3.0);
        NpyArray h = d.astype(NpyDType.FLOAT16);
        assertThat(h.data().getShort(0)).isEqualTo((short) 0x2E66);
        assertThat(h.getDouble(1)).isEqualTo(-3.0);
    }

    @Test
    void astype_byteOrder_changesBytesNotValues() {
        NpyArray le = NpyArray.of(new int[] {1, 256});
        NpyArray be = le.astype(NpyDType.INT32.withByteOrder(ByteOrder.BIG_ENDIAN));
        assertThat(be.toLongArray()).containsExactly(1, 256);
        assertThat(be.data().get(3)).isEqualTo((byte) 1);
        assertThat(le.data().get(0)).isEqualTo((byte) 1);
        assertThat(be).isNotEqualTo(le);
        assertThat(le.astype(NpyDType.INT32)).isSameAs(le);
    }

    @Test
    void fortranOrder_flatIndexIsStillRowMajor() {
        // column-major storage of [[0, 1, 2], [3, 4, 5]]
        ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : new long[] {0, 3, 1, 4, 2, 5}) {
            b.putLong(v);
        }
        b.flip();
        NpyArray f = NpyArray.of(NpyDType.INT64, new long[] {2, 3}, true, b);
        assertThat(f.fortranOrder()).isTrue();
        assertThat(f.getLong(1)).isEqualTo(1);
        assertThat(f.getLong(3)).isEqualTo(3);
        assertThat(f.toLongArray()).containsExactly(0, 1, 2, 3, 4, 5);
        NpyArray c = NpyArray.of(new long[][] {{0, 1, 2}, {3, 4, 5}});
        assertThat(f).isEqualTo(c);
        assertThat(f.hashCode()).isEqualTo(c.hashCode());
        assertThat(f.toCOrder().fortranOrder()).isFalse();
        assertThat(f.toCOrder().data().getLong(8)).isEqualTo(1);
    }

    @Test
    void fortranOrder_threeDimensions_mapsEveryIndex() {
        long[] shape = {2, 3, 4};
        ByteBuffer b = ByteBuffer.allocate(24 * 4).order(ByteOrder.LITTLE_ENDIAN);
        // element (i, j, k) = 100i + 10j + k, stored with i fastest
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < 2; i++) {
                    b.putInt(100 * i + 10 * j + k);
                }
            }
        }
        b.flip();
        NpyArray f = NpyArray.of(NpyDType.INT32, shape, true, b);
        int[] values = f.toIntArray();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++) {
                    int flat = (i * 3 + j) * 4 + k;
                    assertThat(values[flat]).isEqualTo(100 * i + 10 * j + k);
                    assertThat(f.getLong(flat)).isEqualTo(100 * i + 10 * j + k);
                }
            }
        }
    }

    @Test
    void reshape_keepsRowMajorOrderAndInfersMinusOne() {
        NpyArray a = NpyArray.of(new long[] {0, 1, 2, 3, 4, 5}).reshape(2, -1);
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.getLong(5)).isEqualTo(5);
    }

    @Test
    void reshape_wrongSize_isRejected() {
        NpyArray a = NpyArray.of(new long[] {0, 1, 2, 3, 4, 5});
        assertThatThrownBy(() -> a.reshape(4, 2)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("product is 6");
        assertThatThrownBy(() -> a.reshape(4, -1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> a.reshape()).as("6 elements into a scalar").isInstanceOf(ValidationException.class);
    }

    @Test
    void equals_comparesDTypeShapeAndValues() {
        NpyArray a = NpyArray.of(new double[] {1, 2, 3, 4});
        assertThat(a).isEqualTo(NpyArray.of(new double[] {1, 2, 3, 4}));
        assertThat(a.hashCode()).isEqualTo(NpyArray.of(new double[] {1, 2, 3, 4}).hashCode());
        assertThat(a).isNotEqualTo(NpyArray.of(new double[] {1, 2, 3, 5}));
        assertThat(a).isNotEqualTo(NpyArray.of(new float[] {1, 2, 3, 4}));
        assertThat(a).isNotEqualTo(a.reshape(2, 2));
    }

    @Test
    void toString_showsDTypeShapeAndFirstValues() {
        assertThat(NpyArray.of(new boolean[] {true, false}).toString())
                .isEqualTo("NpyArray[dtype=|b1, shape=(2,), values=[True, False]]");
        assertThat(NpyArray.of(new double[12]).toString()).contains("shape=(12,)").endsWith(", ...]]");
    }

    @Test
    void fromNested_listsOfIntegers_giveInt32Matrix() {
        NpyArray a = NpyArray.fromNested(List.of(List.of(1, 2), List.of(3, 4)));
        assertThat(a.dtype()).isEqualTo(NpyDType.INT32);
        assertThat(a.shape()).containsExactly(2, 2);
        assertThat(a.toIntArray()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void fromNested_mixedNumbers_promoteAsNumpy() {
        assertThat(NpyArray.fromNested(List.of(1, 2.5)).dtype()).isEqualTo(NpyDType.FLOAT64);
        assertThat(NpyArray.fromNested(List.of((short) 1, 2.5f)).dtype()).isEqualTo(NpyDType.FLOAT32);
        assertThat(NpyArray.fromNested(List.of(1, 2.5f)).dtype()).isEqualTo(NpyDType.FLOAT64);
        assertThat(NpyArray.fromNested(List.of(true, 3L)).dtype()).isEqualTo(NpyDType.INT64);
        assertThat(NpyArray.fromNested(List.of(true, false)).dtype()).isEqualTo(NpyDType.BOOL);
        assertThat(NpyArray.fromNested(List.of((byte) 1, (short) 2)).dtype()).isEqualTo(NpyDType.INT16);
        assertThat(NpyArray.fromNested(List.of(BigInteger.TWO.pow(70))).dtype()).isEqualTo(NpyDType.FLOAT64);
        assertThat(NpyArray.fromNested(List.of(true, 3L)).toLongArray()).containsExactly(1, 3);
    }

    @Test
    void fromNested_scalarsArraysAndEmpties_haveNumpyShapes() {
        NpyArray scalar = NpyArray.fromNested(7L);
        assertThat(scalar.shape()).isEmpty();
        assertThat(scalar.size()).isEqualTo(1);
        assertThat(scalar.getLong(0)).isEqualTo(7);
        NpyArray listOfArrays = NpyArray.fromNested(List.of(new float[] {1, 2}, new float[] {3, 4}));
        assertThat(listOfArrays.dtype()).isEqualTo(NpyDType.FLOAT32);
        assertThat(listOfArrays.shape()).containsExactly(2, 2);
        assertThat(NpyArray.fromNested(List.of()).shape()).containsExactly(0);
        assertThat(NpyArray.fromNested(List.of()).dtype()).isEqualTo(NpyDType.FLOAT64);
        assertThat(NpyArray.fromNested(new int[0]).dtype()).isEqualTo(NpyDType.INT32);
        assertThat(NpyArray.fromNested(List.of(List.of(), List.of())).shape()).containsExactly(2, 0);
        assertThat(NpyArray.fromNested(new Double[][] {{1.0}, {2.0}}).shape()).containsExactly(2, 1);
    }

    @Test
    void fromNested_ragged_isRejectedWithThePath() {
        assertThatThrownBy(() -> NpyArray.fromNested(List.of(List.of(1, 2), List.of(3))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("data[1]"))
                .hasMessageContaining("ragged");
        assertThatThrownBy(() -> NpyArray.fromNested(List.of(List.of(1), 2)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("data[1]"));
        assertThatThrownBy(() -> NpyArray.fromNested(List.of(1, List.of(2))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("data[1]"));
    }

    @Test
    void fromNested_nonNumbers_areRejectedWithThePath() {
        assertThatThrownBy(() -> NpyArray.fromNested(List.of(List.of(1, "x"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("data[0][1]"))
                .hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> NpyArray.fromNested(java.util.Arrays.asList(1.0, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("data[1]")
                .hasMessageContaining("null");
    }
}
