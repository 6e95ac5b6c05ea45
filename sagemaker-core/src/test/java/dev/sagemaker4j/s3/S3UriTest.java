/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import org.junit.jupiter.api.Test;

class S3UriTest {
    @Test
    void parse_splitsBucketAndKey() {
        S3Uri uri = S3Uri.parse("s3://my-bucket/a/b c.csv");
        assertThat(uri.bucket()).isEqualTo("my-bucket");
        assertThat(uri.key()).isEqualTo("a/b c.csv");
        assertThat(S3Uri.parse("s3://my-bucket").key()).isEmpty();
        assertThat(uri.toString()).isEqualTo("s3://my-bucket/a/b c.csv");
        assertThat(S3Uri.parse("s3://my-bucket/data").resolve("x.csv").key()).isEqualTo("data/x.csv");
    }

    @Test
    void parse_notS3_isValidationError() {
        assertThatThrownBy(() -> S3Uri.parse("https://bucket/key"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("uri");
                    assertThat(e.fix()).contains("s3://bucket/key");
                });
        assertThatThrownBy(() -> S3Uri.parse(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void relativeKey_followsDownloadData() {
        assertThat(S3Uri.relativeKey("data/a/b.csv", "data/")).isEqualTo("a/b.csv");
        assertThat(S3Uri.relativeKey("data/a/b.csv", "data")).isEqualTo("a/b.csv");
        assertThat(S3Uri.relativeKey("data/train.csv", "data/train.csv")).isEqualTo("train.csv");
        assertThat(S3Uri.relativeKey("data/train.csv", "data/tr")).isEqualTo("train.csv");
    }
}
