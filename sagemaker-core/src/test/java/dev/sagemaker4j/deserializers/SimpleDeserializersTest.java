/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deserializer, SimpleBaseDeserializer, BytesDeserializer, StringDeserializer and StreamDeserializer. */
class SimpleDeserializersTest {

    /** A deserializer asking for two types, as Python's PandasDeserializer does. */
    static final class TwoTypes extends SimpleBaseDeserializer<String> {
        TwoTypes() {
            super(List.of("text/csv", "application/json"));
        }

        @Override
        public String deserialize(InputStream stream, String contentType) {
            return contentType;
        }
    }

    @Test
    void accept_severalTypes_areJoinedWithCommaSpaceAsPredictorDoes() {
        TwoTypes d = new TwoTypes();
        assertThat(d.accept()).isEqualTo("text/csv, application/json");
        assertThat(d.acceptTypes()).containsExactly("text/csv", "application/json");
        assertThatThrownBy(() -> d.acceptTypes().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(d.toString()).isEqualTo("TwoTypes[accept=text/csv, application/json]");
    }

    @Test
    void constructor_emptyOrBlankAccept_isRejected() {
        assertThatThrownBy(() -> new JSONDeserializer(" ")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("accept"));
        assertThatThrownBy(() -> new BytesDeserializer(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void defaults_matchThePythonSdk() {
        assertThat(new BytesDeserializer().accept()).isEqualTo("*/*");
        assertThat(new StringDeserializer().accept()).isEqualTo("application/json");
        assertThat(new StringDeserializer().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(new StreamDeserializer().accept()).isEqualTo("*/*");
        assertThat(new CSVDeserializer().accept()).isEqualTo("text/csv");
        assertThat(new JSONDeserializer().accept()).isEqualTo("application/json");
        assertThat(new JSONLinesDeserializer().accept()).isEqualTo("application/jsonlines");
        assertThat(new NumpyDeserializer().accept()).isEqualTo("application/x-npy");
        assertThat(new NumpyDeserializer().dtype()).isEmpty();
        assertThat(new BytesDeserializer("image/png").accept()).isEqualTo("image/png");
    }

    @Test
    void bytes_deserialize_returnsTheBodyAndClosesTheStream() {
        TrackingInputStream body = new TrackingInputStream(new byte[] {0, -1, 42});
        assertThat(new BytesDeserializer().deserialize(body, "application/octet-stream")).containsExactly(0, -1, 42);
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void bytes_deserialize_brokenStream_isAStorageExceptionAndStillCloses() {
        boolean[] closed = {false};
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThatThrownBy(() -> new BytesDeserializer().deserialize(broken, "image/png"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("connection reset")
                .hasMessageContaining("image/png");
        assertThat(closed[0]).isTrue();
    }

    @Test
    void string_deserialize_decodesWithTheEncodingAndCloses() {
        TrackingInputStream body = new TrackingInputStream("{\"a\": \"\u00e9\"}");
        assertThat(new StringDeserializer().deserialize(body, "application/json")).isEqualTo("{\"a\": \"\u00e9\"}");
        assertThat(body.isClosed()).isTrue();
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};
        assertThat(new StringDeserializer(StandardCharsets.ISO_8859_1, "text/plain")
                .deserialize(new TrackingInputStream(latin1), "text/plain")).isEqualTo("caf\u00e9");
    }

    @Test
    void string_deserialize_invalidUtf8_namesTheByteOffset() {
        byte[] bad = {'o', 'k', (byte) 0xC3, '('};
        assertThatThrownBy(() -> new StringDeserializer().deserialize(new TrackingInputStream(bad), "text/plain"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("text/plain body is malformed at byte offset 2")
                .hasMessageContaining("UTF-8")
                .satisfies(e -> assertThat(((ValidationException) e).value()).isEqualTo("c328"));
    }

    @Test
    void stream_deserialize_returnsTheOpenStreamForTheCallerToClose() throws IOException {
        TrackingInputStream body = new TrackingInputStream("data");
        StreamDeserializer.Result result = new StreamDeserializer().deserialize(body, "application/json");
        assertThat(result.contentType()).isEqualTo("application/json");
        assertThat(result.stream()).isSameAs(body);
        assertThat(body.isClosed()).isFalse();
        assertThat(result.stream().readAllBytes()).containsExactly('d', 'a', 't', 'a');
        result.close();
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void deserialize_nullStream_isRejected() {
        assertThatThrownBy(() -> new BytesDeserializer().deserialize(null, "x/y"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("stream"));
    }
}
