/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpyDTypeTest {

    @ParameterizedTest
    @CsvSource({
        "bool, |b1", "int8, |i1", "int16, <i2", "int32, <i4", "int64, <i8",
        "uint8, |u1", "uint16, <u2", "uint32, <u4", "uint64, <u8",
        "float16, <f2", "float32, <f4", "float64, <f8", "complex64, <c8", "complex128, <c16",
        "float, <f8", "double, <f8", "single, <f4", "half, <f2", "int, <i8", "complex, <c16",
    })
    void of_numpyName_givesLittleEndianDescr(String name, String descr) {
        assertThat(NpyDType.of(name).descr()).isEqualTo(descr);
    }

    @ParameterizedTest
    @CsvSource({
        "<f8, float64, 8", ">i4, int32, 4", "|u1, uint8, 1", "<u1, uint8, 1", "|b1, bool, 1",
        ">c16, complex128, 16", "<f2, float16, 2", ">u8, uint64, 8",
    })
    void of_descr_givesNameAndItemSize(String descr, String name, int size) {
        NpyDType t = NpyDType.of(descr);
        assertThat(t.name()).isEqualTo(name);
        assertThat(t.itemSize()).isEqualTo(size);
    }

    @Test
    void of_bigEndianDescr_keepsOrder() {
        NpyDType t = NpyDType.of(">f4");
        assertThat(t.byteOrder()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(t.descr()).isEqualTo(">f4");
        assertThat(t).isNotEqualTo(NpyDType.FLOAT32);
        assertThat(t.withByteOrder(ByteOrder.LITTLE_ENDIAN)).isSameAs(NpyDType.FLOAT32);
    }

    @Test
    void of_nativeOrderMarks_useThePlatformOrder() {
        NpyDType t = NpyDType.of("=i8");
        assertThat(t.byteOrder()).isEqualTo(ByteOrder.nativeOrder());
        assertThat(NpyDType.of("i8").byteOrder()).isEqualTo(ByteOrder.nativeOrder());
    }

    @Test
    void equals_oneByteTypes_ignoreByteOrder() {
        assertThat(NpyDType.UINT8.withByteOrder(ByteOrder.BIG_ENDIAN)).isEqualTo(NpyDType.UINT8);
        assertThat(NpyDType.of(">i1")).isEqualTo(NpyDType.INT8);
        assertThat(NpyDType.of(">i1").descr()).isEqualTo("|i1");
    }

    @Test
    void kindQueries_matchTheType() {
        assertThat(NpyDType.BOOL.isBool()).isTrue();
        assertThat(NpyDType.INT16.isInteger()).isTrue();
        assertThat(NpyDType.INT16.isUnsigned()).isFalse();
        assertThat(NpyDType.UINT16.isUnsigned()).isTrue();
        assertThat(NpyDType.FLOAT16.isFloatingPoint()).isTrue();
        assertThat(NpyDType.FLOAT16.isInteger()).isFalse();
        assertThat(NpyDType.COMPLEX64.isComplex()).isTrue();
        assertThat(NpyDType.COMPLEX64.isFloatingPoint()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<f16", ">f16", "<c32", "<f12", "g"})
    void of_longDouble_isRejectedWithReason(String descr) {
        assertThatThrownBy(() -> NpyDType.of(descr))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("long double")
                .hasMessageContaining("not supported")
                .hasMessageContaining("80-bit")
                .satisfies(e -> assertThat(((ValidationException) e).fix()).contains("astype(np.float64)"));
    }

    @Test
    void of_objectDType_isRejectedAsPickle() {
        assertThatThrownBy(() -> NpyDType.of("|O"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("object array")
                .hasMessageContaining("pickle")
                .hasMessageContaining("allow_pickle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<U3", "|S5", "<M8[ns]", "<m8[s]", "|V16"})
    void of_nonNumericDType_isRejected(String descr) {
        assertThatThrownBy(() -> NpyDType.of(descr))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not supported")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("dtype"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "float128x", "<i3", "<", "q8", "<f"})
    void of_garbage_isRejectedWithTheSupportedList(String descr) {
        assertThatThrownBy(() -> NpyDType.of(descr))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fix()).contains("float64"));
    }
}
