/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.deserializers.BytesDeserializer;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IdentitySerializer, StringSerializer and LibSVMSerializer. */
class SimpleSerializersTest {

    @Test
    void identity_contentTypeDefaultsToOctetStream() {
        assertThat(new IdentitySerializer().contentType()).isEqualTo("application/octet-stream");
        assertThat(new IdentitySerializer("image/png").contentType()).isEqualTo("image/png");
    }

    @Test
    void identity_serialize_passesBytesThrough() {
        byte[] raw = {1, 2, 3};
        IdentitySerializer identity = new IdentitySerializer();
        assertThat(identity.serialize(raw)).isSameAs(raw);
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 8, 7});
        buffer.get();
        assertThat(identity.serialize(buffer)).containsExactly(8, 7);
        assertThat(buffer.position()).isEqualTo(1);
        TrackingInputStream in = new TrackingInputStream("abc");
        assertThat(identity.serialize(in)).containsExactly('a', 'b', 'c');
        assertThat(in.isClosed()).isFalse();
        assertThat(identity.serialize("\u00e9")).containsExactly(0xC3, 0xA9);
    }

    @Test
    void identity_serializeThenBytesDeserializer_roundTrips() {
        byte[] raw = new byte[256];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) i;
        }
        byte[] back = new BytesDeserializer().deserialize(new ByteArrayInputStream(new IdentitySerializer()
                .serialize(raw)), "application/octet-stream");
        assertThat(back).isEqualTo(raw);
    }

    @Test
    void identity_serialize_otherTypes_areRejected() {
        assertThatThrownBy(() -> new IdentitySerializer().serialize(List.of(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not supported by IdentitySerializer");
    }

    @Test
    void string_serialize_writesUtf8AndRoundTrips() {
        StringSerializer s = new StringSerializer();
        assertThat(s.contentType()).isEqualTo("text/plain");
        String text = "Gr\u00fc\u00dfe, \u4e16\u754c";
        String back = new StringDeserializer(UTF_8, "text/plain").deserialize(
                new ByteArrayInputStream(s.serialize(text)), "text/plain");
        assertThat(back).isEqualTo(text);
    }

    @Test
    void string_serialize_nonString_isRejectedNamingTheType() {
        assertThatThrownBy(() -> new StringSerializer().serialize(42))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("java.lang.Integer is not supported by StringSerializer")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("data"));
        assertThatThrownBy(() -> new StringSerializer().serialize(new byte[] {1}))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("[B");
    }

    @Test
    void libsvm_serialize_passesTextThrough() {
        LibSVMSerializer libsvm = new LibSVMSerializer();
        assertThat(libsvm.contentType()).isEqualTo("text/libsvm");
        assertThat(new String(libsvm.serialize("1 1:0.5 3:1"), UTF_8)).isEqualTo("1 1:0.5 3:1");
        byte[] raw = "0 2:1".getBytes(UTF_8);
        assertThat(libsvm.serialize(raw)).isSameAs(raw);
        assertThat(new String(libsvm.serialize(new TrackingInputStream("1 4:2")), UTF_8)).isEqualTo("1 4:2");
        assertThatThrownBy(() -> libsvm.serialize(new double[] {1})).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fix()).contains("String, byte[] or InputStream"));
    }

    @Test
    void constructor_blankContentType_isRejected() {
        assertThatThrownBy(() -> new CSVSerializer(" ")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("contentType"));
        assertThatThrownBy(() -> new IdentitySerializer(null)).isInstanceOf(ValidationException.class);
    }
}
