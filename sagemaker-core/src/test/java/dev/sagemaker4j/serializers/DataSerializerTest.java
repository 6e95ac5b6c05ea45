/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSerializerTest {
    @TempDir
    Path tmp;

    @Test
    void serialize_filePathOrBytes_sendsTheFilesBytesAsPythonsDataSerializer() throws Exception {
        Path file = Files.write(tmp.resolve("sample.wav"), new byte[] {1, 2, 3, (byte) 0xff});
        DataSerializer s = new DataSerializer();
        assertThat(s.contentType()).isEqualTo("file-path/raw-bytes");
        assertThat(s.serialize(file.toString())).containsExactly(1, 2, 3, 0xff);
        assertThat(s.serialize(file)).containsExactly(1, 2, 3, 0xff);
        assertThat(s.serialize(new byte[] {9})).containsExactly(9);
        assertThat(new DataSerializer("audio/wav").contentType()).isEqualTo("audio/wav");
    }

    @Test
    void serialize_missingFileOrOtherType_errorsNamingThem() {
        assertThatThrownBy(() -> new DataSerializer().serialize(tmp.resolve("missing.wav").toString()))
                .isInstanceOf(StorageException.class).hasMessageContaining("missing.wav");
        assertThatThrownBy(() -> new DataSerializer().serialize(42)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("DataSerializer");
    }
}
