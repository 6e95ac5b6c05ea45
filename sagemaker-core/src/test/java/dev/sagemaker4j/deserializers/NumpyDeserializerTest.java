/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serializers.JSONSerializer;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class NumpyDeserializerTest {
    private final NumpyDeserializer numpy = new NumpyDeserializer();

    private NpyArray read(String body, String contentType) {
        return numpy.deserialize(new TrackingInputStream(body), contentType);
    }

    @Test
    void deserialize_npyBody_readsTheArrayAndClosesTheStream() {
        NpyArray a = NpyArray.of(new float[][] {{1, 2}, {3, 4}});
        TrackingInputStream body = new TrackingInputStream(Npy.toBytes(a));
        assertThat(numpy.deserialize(body, "application/x-npy")).isEqualTo(a);
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void deserialize_npyBody_ignoresDTypeAsNpLoadDoes() {
        NpyArray a = NpyArray.of(new int[] {1, 2});
        assertThat(new NumpyDeserializer(NpyDType.FLOAT32).deserialize(new TrackingInputStream(Npy.toBytes(a)),
                "application/x-npy").dtype()).isEqualTo(NpyDType.INT32);
    }

    @Test
    void deserialize_csv_readsFloat64MatrixAsGenfromtxt() {
        NpyArray a = read("1,2,3\n4,5,6\n", "text/csv");
        assertThat(a.dtype()).isEqualTo(NpyDType.FLOAT64);
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.toDoubleArray()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void deserialize_csv_squeezesLikeGenfromtxt() {
        assertThat(read("1,2,3", "text/csv").shape()).containsExactly(3);
        assertThat(read("1\n2\n3\n", "text/csv").shape()).containsExactly(3);
        NpyArray scalar = read("4.5", "text/csv");
        assertThat(scalar.shape()).isEmpty();
        assertThat(scalar.getDouble(0)).isEqualTo(4.5);
        assertThat(read("", "text/csv").shape()).containsExactly(0);
    }

    @Test
    void deserialize_csv_missingNanInfCommentsAndBlankLines() {
        NpyArray a = read("# header comment\n1, ,nan\r\n\r\n-inf,Infinity,2e-3 # trailing\n", "text/csv");
        assertThat(a.shape()).containsExactly(2, 3);
        double[] v = a.toDoubleArray();
        assertThat(v[0]).isEqualTo(1.0);
        assertThat(v[1]).isNaN();
        assertThat(v[2]).isNaN();
        assertThat(v[3]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(v[4]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(v[5]).isEqualTo(0.002);
    }

    @Test
    void deserialize_csvWithParametersInContentType_isStillCsv() {
        assertThat(read("1,2", "Text/CSV; charset=utf-8").toDoubleArray()).containsExactly(1, 2);
    }

    @Test
    void deserialize_csvWithDType_convertsTheResult() {
        NpyArray a = new NumpyDeserializer(NpyDType.INT32).deserialize(new TrackingInputStream("1,2\n3,4"), "text/csv");
        assertThat(a.dtype()).isEqualTo(NpyDType.INT32);
        assertThat(a.toIntArray()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void deserialize_csvNotANumber_namesLineAndColumn() {
        assertThatThrownBy(() -> read("1,2\n3,abc\n", "text/csv"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("text/csv body is malformed at line 2, column 3")
                .hasMessageContaining("'abc' is not a number");
        assertThatThrownBy(() -> read("1d", "text/csv")).as("Java-only number syntax is refused as Python does")
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> read("0x10", "text/csv")).isInstanceOf(ValidationException.class);
    }

    @Test
    void deserialize_csvRagged_namesTheLine() {
        assertThatThrownBy(() -> read("1,2\n3,4\n5\n", "text/csv"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("1 fields but line 1 has 2");
    }

    @Test
    void deserialize_json_nestedListsBecomeInt64OrFloat64OrBool() {
        NpyArray ints = read("[[1, 2], [3, 4]]", "application/json");
        assertThat(ints.dtype()).isEqualTo(NpyDType.INT64);
        assertThat(ints.shape()).containsExactly(2, 2);
        assertThat(ints.toLongArray()).containsExactly(1, 2, 3, 4);
        NpyArray floats = read("[1, 2.5, NaN]", "application/json");
        assertThat(floats.dtype()).isEqualTo(NpyDType.FLOAT64);
        assertThat(floats.getDouble(1)).isEqualTo(2.5);
        assertThat(read("[true, false]", "application/json").dtype()).isEqualTo(NpyDType.BOOL);
        assertThat(read("7", "application/json").shape()).isEmpty();
        NpyArray f4 = new NumpyDeserializer(NpyDType.FLOAT32).deserialize(new TrackingInputStream("[1, 2]"),
                "application/json");
        assertThat(f4.dtype()).isEqualTo(NpyDType.FLOAT32);
    }

    @Test
    void deserialize_jsonNotAnArray_isRejectedWithThePath() {
        assertThatThrownBy(() -> read("[[1, 2], [3]]", "application/json"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("application/json body is not an array of numbers")
                .hasMessageContaining("data[1]");
        assertThatThrownBy(() -> read("{\"a\": 1}", "application/json"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("LinkedHashMap");
        assertThatThrownBy(() -> read("[1, 2", "application/json"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("application/json body is malformed at line 1");
    }

    @Test
    void deserialize_otherContentType_isRejectedAndTheStreamClosed() {
        TrackingInputStream body = new TrackingInputStream("x");
        assertThatThrownBy(() -> numpy.deserialize(body, "application/x-npz"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("NumpyDeserializer cannot read content type application/x-npz")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("contentType"));
        assertThat(body.isClosed()).isTrue();
        assertThatThrownBy(() -> numpy.deserialize(new TrackingInputStream("x"), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("(no content type)");
    }

    @Test
    void deserialize_truncatedNpy_namesTheByteOffset() {
        byte[] npy = Npy.toBytes(NpyArray.of(new double[] {1, 2}));
        byte[] cut = java.util.Arrays.copyOf(npy, npy.length - 3);
        assertThatThrownBy(() -> numpy.deserialize(new ByteArrayInputStream(cut), "application/x-npy"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("application/x-npy")
                .hasMessageContaining("byte offset " + cut.length);
    }

    @Test
    void csvAndJsonSerializersThenNumpyDeserializer_roundTripExactly() {
        double[][] values = {{0.1, -2.5e-300}, {1.7976931348623157e308, Double.MIN_VALUE}};
        NpyArray expected = NpyArray.of(values);
        NpyArray fromCsv = numpy.deserialize(new ByteArrayInputStream(new CSVSerializer().serialize(values)),
                "text/csv");
        assertThat(fromCsv).isEqualTo(expected);
        NpyArray fromJson = numpy.deserialize(new ByteArrayInputStream(new JSONSerializer().serialize(values)),
                "application/json");
        assertThat(fromJson).isEqualTo(expected);
    }
}
