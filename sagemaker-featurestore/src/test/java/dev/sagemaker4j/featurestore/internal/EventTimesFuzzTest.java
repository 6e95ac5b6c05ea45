/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import static dev.sagemaker4j.testsupport.FuzzChecks.typedOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for event time parsing (Fractional epoch seconds and ISO-8601 strings). Contract: a
 * value that is not an event time is a {@link ValidationException} naming the feature, in time
 * bounded by the value's length; an ISO value that parses writes back to the same instant.
 */
class EventTimesFuzzTest {
    /** The first byte says Fractional (odd) or String (even), the rest is the value in UTF-8. */
    @FuzzTest(maxDuration = "10m")
    void parseMicros(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        boolean fractional = (input[0] & 1) == 1;
        String value = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
        typedOnly(value.length(), () -> {
            long micros = EventTimes.parseMicros("EventTime", value, fractional);
            if (!fractional) {
                assertThat(EventTimes.parseMicros("EventTime", EventTimes.iso(micros), false)).isEqualTo(micros);
            }
        }, ValidationException.class);
    }
}
