/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.hosting.internal.TransformRun.TransformFailure;
import dev.sagemaker4j.local.SdkJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-record data processing of a transform job: the InputFilter applied to each record before it is
 * sent, and each answer turned into output: split into its records to apply JoinSource and the
 * OutputFilter, and ended by a line break when AssembleWith is Line. JSON content types are read as JSON,
 * all others as CSV. Stateless after construction, so the model workers call it concurrently.
 */
final class TransformAssembler {
    private final JsonPathFilter inputFilter;
    private final JsonPathFilter outputFilter;
    private final boolean join;
    private final boolean json;
    private final boolean assembleLines;
    /** Whether answers are split into records (to join or filter them); otherwise each is written whole. */
    private final boolean perRecord;

    TransformAssembler(TransformSettings settings) {
        this.inputFilter = settings.inputFilter;
        this.outputFilter = settings.outputFilter;
        this.join = settings.join;
        this.json = settings.json;
        this.assembleLines = settings.assembleLines;
        this.perRecord = settings.perRecordOutput();
    }

    /** The record as sent to the model: the InputFilter's selection of it, or the record itself. */
    byte[] filterInput(byte[] record, TransformItem item, long index) {
        if (inputFilter.isAll()) {
            return record;
        }
        try {
            if (json) {
                return inputFilter.applyJson(SdkJson.MAPPER.readTree(record)).toString()
                        .getBytes(StandardCharsets.UTF_8);
            }
            return inputFilter.applyCsv(Arrays.asList(new String(record, StandardCharsets.UTF_8).split(",", -1)))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            throw new TransformFailure("ClientError: object " + item.uri + ", record " + index + ": the InputFilter "
                    + inputFilter + " cannot be applied: " + e.getMessage(), e);
        }
    }

    /**
     * The output of one answered request. Called on the model worker, so the output is ready by the time the
     * object's writer takes it in request order; a record count that differs from the batch's fails the job.
     */
    byte[] assemble(TransformBatch batch, byte[] response, TransformItem item) {
        if (!perRecord) {
            // the fast path: the answer is the output, neither split nor parsed (copied only to end its line)
            if (assembleLines && (response.length == 0 || response[response.length - 1] != '\n')) {
                byte[] line = Arrays.copyOf(response, response.length + 1);
                line[response.length] = '\n';
                return line;
            }
            return response;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(response.length + 64);
        List<String> outputs = splitOutputs(response, batch.raw.size());
        if (outputs.size() != batch.raw.size()) {
            throw new TransformFailure("ClientError: object " + item.uri + ", records " + batch.firstRecord + "-"
                    + (batch.firstRecord + batch.raw.size() - 1) + ": the model answered " + outputs.size()
                    + " output record(s) for " + batch.raw.size() + " input record(s), so they cannot be joined"
                    + " or filtered per record; use BatchStrategy SingleRecord or a line-per-record Accept type",
                    null);
        }
        for (int i = 0; i < outputs.size(); i++) {
            String record;
            try {
                record = json ? jsonRecord(batch.raw.get(i), outputs.get(i)) : csvRecord(batch.raw.get(i),
                        outputs.get(i));
            } catch (IllegalArgumentException e) {
                throw new TransformFailure("ClientError: object " + item.uri + ", record " + (batch.firstRecord + i)
                        + ": " + e.getMessage(), e);
            }
            out.writeBytes(record.getBytes(StandardCharsets.UTF_8));
            if (assembleLines) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static List<String> splitOutputs(byte[] response, int expected) {
        String text = new String(response, StandardCharsets.UTF_8);
        if (expected == 1) {
            return List.of(stripNewline(text));
        }
        List<String> lines = new ArrayList<>();
        for (String line : stripNewline(text).split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }

    private static String stripNewline(String s) {
        String t = s;
        while (t.endsWith("\n") || t.endsWith("\r")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private String csvRecord(byte[] raw, String output) {
        String joined = join ? new String(raw, StandardCharsets.UTF_8) + "," + output : output;
        if (outputFilter.isAll()) {
            return joined;
        }
        return outputFilter.applyCsv(Arrays.asList(joined.split(",", -1)));
    }

    private String jsonRecord(byte[] raw, String output) {
        try {
            JsonNode out;
            try {
                out = SdkJson.MAPPER.readTree(output);
            } catch (IOException e) {
                out = SdkJson.MAPPER.getNodeFactory().textNode(output);
            }
            JsonNode record = out;
            if (join) {
                JsonNode in = SdkJson.MAPPER.readTree(raw);
                ObjectNode joined;
                if (in.isObject()) {
                    joined = ((ObjectNode) in).deepCopy();
                } else {
                    joined = SdkJson.MAPPER.createObjectNode();
                    joined.set("SageMakerInput", in);
                }
                joined.set("SageMakerOutput", out);
                record = joined;
            }
            return outputFilter.applyJson(record).toString();
        } catch (IOException e) {
            throw new IllegalArgumentException("the input record is not JSON: " + e.getMessage(), e);
        }
    }
}
