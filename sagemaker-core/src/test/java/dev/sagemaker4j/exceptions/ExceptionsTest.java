/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExceptionsTest {
    @Test
    void validationException_namesFieldValueAndFix() {
        ValidationException e = new ValidationException("instanceCount", 0, "must be at least 1", "ask for 1 or more");
        assertThat(e).hasMessage("instanceCount: must be at least 1 (got '0'). ask for 1 or more")
                .isInstanceOf(ClientException.class);
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void validationException_invisibleCharacters_shownAsEscapes() {
        String bom = new String(new char[] {0xFEFF}) + "customer_id";
        ValidationException e = new ValidationException(bom, "a" + (char) 0xD800 + "b\u200Bc", "is bad", "fix it");
        assertThat(e.getMessage()).startsWith("\\uFEFFcustomer_id: is bad (got 'a\\uD800b\\u200Bc')")
                .doesNotContain(String.valueOf((char) 0xFEFF)).doesNotContain("\u200B");
        assertThat(e.field()).isEqualTo(bom);
        assertThat(new ResourceNotFoundException("FeatureGroup", bom, null))
                .hasMessageContaining("'\\uFEFFcustomer_id'");
        assertThat(new ValidationException("f", "caf\u00e9 \uD83D\uDE00", "p", null).getMessage())
                .contains("caf\u00e9 \uD83D\uDE00");
    }

    @Test
    void serviceExceptions_carryRetryability() {
        assertThat(new WaiterTimeoutException("Training job", "j", java.time.Duration.ofSeconds(1), "InProgress")
                .retryable()).isTrue();
        UnexpectedStatusException failed = new UnexpectedStatusException("Training job", "j", "Completed", "Failed",
                "AlgorithmError: x");
        assertThat(failed.retryable()).isFalse();
        assertThat(failed).hasMessageContaining("Failed").hasMessageContaining("AlgorithmError: x");
        assertThat(new OperationNotSupportedException("CreateProcessingJob", "local"))
                .hasMessageContaining("CreateProcessingJob").hasMessageContaining("'local'");
    }
}
