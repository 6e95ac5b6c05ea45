/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.arrow.vector.VectorSchemaRoot;

/** The Jackson mapper of the JSON serializers: NpyArray as nested lists; NaN and infinities refused. */
final class JsonSupport {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .addModule(new SimpleModule("sagemaker4j-npy").addSerializer(NpyArray.class, new NpySerializer()))
            .build();

    private JsonSupport() {
    }

    /** The JSON text of one value, as {@code json.dumps} would give it (nd-arrays as {@code tolist()}). */
    static byte[] write(Object value, String serializer) {
        if (value instanceof VectorSchemaRoot) {
            throw new ValidationException("data", Payloads.typeName(value),
                    "an Arrow VectorSchemaRoot is not supported by " + serializer,
                    "use ArrowSerializer or CSVSerializer for tables");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator gen = new FiniteNumbers(MAPPER.createGenerator(out))) {
            MAPPER.writeValue(gen, value);
        } catch (JsonProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ValidationException) {
                    throw (ValidationException) t;
                }
            }
            throw new ValidationException("data", Payloads.typeName(value),
                    "cannot be written as JSON by " + serializer + ": " + e.getOriginalMessage(),
                    "pass Maps, Lists, arrays, Strings, numbers, booleans, NpyArrays or records/beans Jackson can"
                            + " write", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    /** The JSON text of the sub-array below one index of the first axis, starting at a flat index. */
    static String npyRowText(NpyArray array, long[] shape, long start) {
        rejectComplex(array);
        StringWriter w = new StringWriter();
        try (JsonGenerator gen = new FiniteNumbers(MAPPER.createGenerator(w))) {
            writeNpy(gen, array, shape, 1, start);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private static void rejectComplex(NpyArray array) {
        if (array.dtype().isComplex()) {
            throw new ValidationException("data", array.dtype().name(),
                    "complex numbers have no JSON form (Python's json.dumps rejects them too)",
                    "send real and imaginary parts as separate arrays, or use NumpySerializer");
        }
    }

    /** Writes the sub-array of {@code array} starting at a flat index with the dims from {@code depth}. */
    static void writeNpy(JsonGenerator gen, NpyArray array, long[] shape, int depth, long start) throws IOException {
        if (depth == shape.length) {
            writeElement(gen, array, start);
            return;
        }
        long stride = 1;
        for (int k = depth + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        gen.writeStartArray();
        for (long i = 0; i < shape[depth]; i++) {
            writeNpy(gen, array, shape, depth + 1, start + i * stride);
        }
        gen.writeEndArray();
    }

    private static void writeElement(JsonGenerator gen, NpyArray array, long i) throws IOException {
        NpyDType t = array.dtype();
        if (t.isBool()) {
            gen.writeBoolean(array.getLong(i) != 0);
        } else if (t.isInteger()) {
            long v = array.getLong(i);
            if (t.isUnsigned() && v < 0) {
                gen.writeNumber(new BigInteger(Long.toUnsignedString(v)));
            } else {
                gen.writeNumber(v);
            }
        } else if (t.itemSize() == 8) {
            gen.writeNumber(array.getDouble(i));
        } else {
            gen.writeNumber((float) array.getDouble(i));
        }
    }

    private static final class NpySerializer extends StdSerializer<NpyArray> {
        private static final long serialVersionUID = 1L;

        NpySerializer() {
            super(NpyArray.class);
        }

        @Override
        public void serialize(NpyArray value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            rejectComplex(value);
            writeNpy(gen, value, value.shape(), 0, 0);
        }
    }

    /**
     * Refuses NaN and infinities: JSON (RFC 8259) has no form for them. Python's {@code json.dumps}
     * writes them bare ({@code NaN}), which strict parsers (Jackson by default, Go, JavaScript's
     * {@code JSON.parse}) reject, so a model server would fail on the whole request.
     */
    private static final class FiniteNumbers extends com.fasterxml.jackson.core.util.JsonGeneratorDelegate {
        FiniteNumbers(JsonGenerator d) {
            super(d, false);
        }

        @Override
        public void writeNumber(double v) throws IOException {
            if (!Double.isFinite(v)) {
                throw notFinite(v);
            }
            super.writeNumber(v);
        }

        @Override
        public void writeNumber(float v) throws IOException {
            if (!Float.isFinite(v)) {
                throw notFinite(v);
            }
            super.writeNumber(v);
        }

        @Override
        public void writeArray(double[] array, int offset, int length) throws IOException {
            // Jackson writes a double[] in one call that bypasses writeNumber
            for (int i = offset; i < offset + length; i++) {
                if (!Double.isFinite(array[i])) {
                    throw notFinite(array[i]);
                }
            }
            super.writeArray(array, offset, length);
        }

        private static ValidationException notFinite(double v) {
            return new ValidationException("data", v, "holds a number JSON has no form for (RFC 8259 has no NaN or"
                    + " Infinity; strict parsers reject the whole body)", "replace NaN and infinities with null or"
                    + " finite numbers, or send the data with CSVSerializer or NumpySerializer");
        }
    }
}
