/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.deserializers.NumpyDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.ByteArrayInputStream;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumpySerializerTest {

    private static NpyArray roundTrip(Serializer serializer, Object data) {
        return new NumpyDeserializer().deserialize(new ByteArrayInputStream(serializer.serialize(data)),
                serializer.contentType());
    }

    @Test
    void contentType_defaultsToApplicationXNpy() {
        assertThat(new NumpySerializer().contentType()).isEqualTo("application/x-npy");
        assertThat(new NumpySerializer().dtype()).isEmpty();
        NumpySerializer custom = new NumpySerializer(NpyDType.FLOAT32, "application/octet-stream");
        assertThat(custom.contentType()).isEqualTo("application/octet-stream");
        assertThat(custom.dtype()).contains(NpyDType.FLOAT32);
        assertThat(custom.toString()).isEqualTo("NumpySerializer[dtype=<f4, contentType=application/octet-stream]");
    }

    @Test
    void serialize_npyArray_writesTheBytesNpyWrites() {
        NpyArray a = NpyArray.of(new float[][] {{1, 2}, {3, 4}});
        assertThat(new NumpySerializer().serialize(a)).isEqualTo(Npy.toBytes(a));
    }

    @Test
    void serialize_primitiveArraysAndLists_roundTripWithTheirDType() {
        NumpySerializer numpy = new NumpySerializer();
        assertThat(roundTrip(numpy, new double[][] {{1, 2}, {3, 4}}))
                .isEqualTo(NpyArray.of(new double[][] {{1, 2}, {3, 4}}));
        assertThat(roundTrip(numpy, new int[] {1, 2})).isEqualTo(NpyArray.of(new int[] {1, 2}));
        assertThat(roundTrip(numpy, new long[][] {{5}})).isEqualTo(NpyArray.of(new long[][] {{5}}));
        assertThat(roundTrip(numpy, List.of(List.of(1.5, 2.5)))).isEqualTo(NpyArray.of(new double[][] {{1.5, 2.5}}));
        assertThat(roundTrip(numpy, 7L).shape()).isEmpty();
        assertThat(roundTrip(numpy, true).dtype()).isEqualTo(NpyDType.BOOL);
    }

    @Test
    void serialize_withDType_convertsJavaDataButNotNpyArrays() {
        NumpySerializer f4 = new NumpySerializer(NpyDType.FLOAT32);
        NpyArray fromList = roundTrip(f4, List.of(1, 2, 3));
        assertThat(fromList.dtype()).isEqualTo(NpyDType.FLOAT32);
        assertThat(fromList.toFloatArray()).containsExactly(1, 2, 3);
        NpyArray bigEndian = roundTrip(new NumpySerializer(NpyDType.INT16.withByteOrder(ByteOrder.BIG_ENDIAN)),
                new double[] {1.9, -300});
        assertThat(bigEndian.dtype().descr()).isEqualTo(">i2");
        assertThat(bigEndian.toLongArray()).containsExactly(1, -300);
        NpyArray doubles = NpyArray.of(new double[] {0.5});
        assertThat(roundTrip(f4, doubles).dtype()).as("an ndarray keeps its dtype, as in Python")
                .isEqualTo(NpyDType.FLOAT64);
    }

    @Test
    void serialize_passThroughInputs_areSentAsTheyAre() {
        byte[] npy = Npy.toBytes(NpyArray.of(new int[] {1}));
        assertThat(new NumpySerializer().serialize(npy)).isSameAs(npy);
        TrackingInputStream in = new TrackingInputStream("not really npy");
        assertThat(new NumpySerializer().serialize(in)).hasSize(14);
        assertThat(in.isClosed()).isFalse();
    }

    @Test
    void serialize_empty_isRejectedAsInPython() {
        for (Object empty : new Object[] {new double[0], List.of(), NpyArray.of(new float[0][])}) {
            assertThatThrownBy(() -> new NumpySerializer().serialize(empty)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Cannot serialize empty array");
        }
    }

    @Test
    void serialize_unsupported_isRejected() {
        assertThatThrownBy(() -> new NumpySerializer().serialize("1,2,3")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("java.lang.String is not supported by NumpySerializer")
                .satisfies(e -> assertThat(((ValidationException) e).fix()).contains("NpyArray"));
        assertThatThrownBy(() -> new NumpySerializer().serialize(List.of("a"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("data[0]");
    }
}
