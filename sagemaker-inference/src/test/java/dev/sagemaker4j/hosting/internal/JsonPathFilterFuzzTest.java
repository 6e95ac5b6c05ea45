/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import static dev.sagemaker4j.testsupport.FuzzChecks.typedOnly;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Fuzz target for the batch transform's JSONPath filter ({@code DataProcessing.InputFilter} and
 * {@code OutputFilter}). Contract: an expression outside the supported subset is a
 * {@link ValidationException} at parse time; applying a parsed filter to a record it selects nothing
 * from is an {@link IllegalArgumentException} (the transform reports it for that record); the time is
 * bounded by the lengths of expression and record.
 */
class JsonPathFilterFuzzTest {
    /** The expression up to the first line feed, then the record (as CSV and, when it is JSON, as JSON). */
    @FuzzTest(maxDuration = "10m")
    void filter(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String expression = newline < 0 ? text : text.substring(0, newline);
        String record = newline < 0 ? "" : text.substring(newline + 1);
        typedOnly(expression.length() + record.length(), () -> {
            JsonPathFilter filter = JsonPathFilter.parse("DataProcessing.InputFilter", expression);
            try {
                filter.applyCsv(Arrays.asList(record.split(",", -1)));
            } catch (IllegalArgumentException selectsNothing) {
                // documented: the transform fails that record with this message
            }
            JsonNode node;
            try {
                node = SdkJson.MAPPER.readTree(record);
            } catch (IOException notJson) {
                return;
            }
            if (node != null) {
                filter.applyJson(node);
            }
        }, ValidationException.class, IllegalArgumentException.class);
    }
}
