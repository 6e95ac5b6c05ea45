/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.RuntimeApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;

/**
 * Clarify's shadow endpoint: for the config's {@code predictor} with a {@code model_name}, an endpoint config and an
 * endpoint the job creates (and deletes on {@link #close()}); with an {@code endpoint_name}, that endpoint, kept. Rows
 * go as CSV in batches of at most {@value #BATCH_ROWS} rows; the answer (CSV lines, JSON Lines, or JSON with a
 * {@code predictions} array) becomes one JSON node per row: an array of the line's values, or the row's object.
 */
public final class ShadowEndpoint implements AutoCloseable {
    /** Rows per InvokeEndpoint call. */
    public static final int BATCH_ROWS = 500;
    private static final Duration WAIT = Duration.ofMinutes(15);

    private final ProcessingEnvironment env;
    private final HostingApi hosting;
    private final RuntimeApi runtime;
    private final String endpointName;
    private final boolean created;
    private final String contentType;
    private final String accept;
    private final String customAttributes;
    private final String targetModel;

    private ShadowEndpoint(ProcessingEnvironment env, JsonNode predictor, String datasetType) {
        this.env = env;
        this.hosting = env.api(HostingApi.CAPABILITY);
        this.runtime = env.api(RuntimeApi.CAPABILITY);
        this.contentType = predictor.path("content_type").asText(datasetType);
        this.accept = predictor.path("accept_type").asText(contentType);
        this.customAttributes = predictor.has("custom_attributes") ? predictor.get("custom_attributes").asText()
                : null;
        this.targetModel = predictor.has("target_model") ? predictor.get("target_model").asText() : null;
        if (!"text/csv".equals(contentType)) {
            throw new ClientError("the local Clarify program sends text/csv to the model, not " + contentType
                    + ": set ModelConfig.contentType(\"text/csv\"), or run the job on the sagemaker backend");
        }
        if (predictor.hasNonNull("endpoint_name")) {
            this.endpointName = predictor.get("endpoint_name").asText();
            this.created = false;
            return;
        }
        String model = predictor.path("model_name").asText(null);
        if (model == null) {
            throw new ClientError("the predictor names neither model_name nor endpoint_name");
        }
        String prefix = predictor.path("endpoint_name_prefix").asText("sm-clarify-" + model);
        String suffix = "-" + System.currentTimeMillis() + "-"
                + Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        String name = (prefix.length() + suffix.length() > 63 ? prefix.substring(0, 63 - suffix.length()) : prefix)
                + suffix;
        this.endpointName = name.replaceAll("[^a-zA-Z0-9-]", "-");
        env.log("Creating the shadow endpoint " + endpointName + " for the model " + model);
        hosting.createEndpointConfig(CreateEndpointConfigRequest.builder().endpointConfigName(endpointName)
                .productionVariants(ProductionVariant.builder().variantName("AllTraffic").modelName(model)
                        .initialInstanceCount(predictor.path("initial_instance_count").asInt(1))
                        .instanceType(predictor.path("instance_type").asText("ml.m5.xlarge")).build()).build());
        this.created = true;
        try {
            hosting.createEndpoint(CreateEndpointRequest.builder().endpointName(endpointName)
                    .endpointConfigName(endpointName).build());
            waitInService();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Opens (creates, for a model) the endpoint of a config's predictor.
     *
     * @param env         the job's environment (its backend serves the endpoint)
     * @param predictor   the config's {@code predictor}
     * @param datasetType the data set's type, the default content type
     * @return the endpoint, in service
     */
    public static ShadowEndpoint open(ProcessingEnvironment env, JsonNode predictor, String datasetType) {
        return new ShadowEndpoint(env, predictor, datasetType);
    }

    /**
     * The endpoint's name.
     *
     * @return the name
     */
    public String endpointName() {
        return endpointName;
    }

    private void waitInService() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            DescribeEndpointResponse d = hosting.describeEndpoint(
                    DescribeEndpointRequest.builder().endpointName(endpointName).build());
            String status = d.endpointStatusAsString();
            if ("InService".equals(status)) {
                return;
            }
            if ("Failed".equals(status)) {
                throw new ClientError("the shadow endpoint " + endpointName + " failed: " + d.failureReason());
            }
            if (System.nanoTime() > deadline || env.stopRequested()) {
                throw new ClientError("the shadow endpoint " + endpointName + " was not InService within "
                        + WAIT.toMinutes() + " minutes (" + status + ")");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClientError("interrupted while waiting for the shadow endpoint " + endpointName);
            }
        }
    }

    /**
     * Predicts rows of CSV cells.
     *
     * @param rows the feature cells of each row
     * @return one node per row
     */
    public List<JsonNode> predict(List<String[]> rows) {
        List<JsonNode> out = new ArrayList<>(rows.size());
        for (int start = 0; start < rows.size(); start += BATCH_ROWS) {
            List<String[]> batch = rows.subList(start, Math.min(rows.size(), start + BATCH_ROWS));
            StringBuilder body = new StringBuilder();
            for (String[] r : batch) {
                body.append(String.join(",", r)).append('\n');
            }
            InvokeEndpointRequest.Builder req = InvokeEndpointRequest.builder().endpointName(endpointName)
                    .contentType(contentType).accept(accept)
                    .body(SdkBytes.fromString(body.toString(), StandardCharsets.UTF_8));
            if (customAttributes != null) {
                req.customAttributes(customAttributes);
            }
            if (targetModel != null) {
                req.targetModel(targetModel);
            }
            String answer = runtime.invokeEndpoint(req.build()).body().asUtf8String();
            List<JsonNode> parsed = parse(answer, batch.size());
            if (parsed.size() != batch.size()) {
                throw new ClientError("the model answered " + parsed.size() + " prediction(s) for " + batch.size()
                        + " row(s) (" + accept + "): check ModelConfig's accept_type and the model's output");
            }
            out.addAll(parsed);
        }
        return out;
    }

    /**
     * A {@link ModelInvoker} over this endpoint: each row's numbers, or the {@code probability} the config
     * locates.
     *
     * @param labelConfig the predictor config (its {@code probability}, {@code label})
     * @return the invoker
     */
    public ModelInvoker invoker(JsonNode labelConfig) {
        return rows -> {
            List<String[]> cells = new ArrayList<>(rows.length);
            for (double[] r : rows) {
                String[] c = new String[r.length];
                for (int i = 0; i < r.length; i++) {
                    c[i] = Double.isNaN(r[i]) ? "" : Predictions.format(r[i]);
                }
                cells.add(c);
            }
            List<JsonNode> answers = predict(cells);
            double[][] out = new double[answers.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = Predictions.scores(answers.get(i), labelConfig);
            }
            return out;
        };
    }

    static List<JsonNode> parse(String answer, int expected) {
        String text = answer.trim();
        List<JsonNode> out = new ArrayList<>();
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                if (text.startsWith("{") && text.contains("\n")) {
                    for (String line : text.split("\r?\n")) {
                        if (!line.isBlank()) {
                            out.add(Json.MAPPER.readTree(line));
                        }
                    }
                    if (out.size() == expected) {
                        return out;
                    }
                    out.clear();
                }
                JsonNode doc = Json.MAPPER.readTree(text);
                JsonNode list = doc.isArray() ? doc : doc.path("predictions");
                if (!list.isArray()) {
                    list = doc.path("probabilities");
                }
                if (list.isArray()) {
                    for (JsonNode n : list) {
                        out.add(n);
                    }
                } else {
                    out.add(doc);
                }
                return out;
            } catch (IOException e) {
                throw new ClientError("the model's answer is not JSON: " + e.getMessage());
            }
        }
        String[] lines = text.split("\r?\n");
        if (lines.length == 1 && expected > 1) {
            for (String v : ClarifyDataset.split(lines[0])) {
                ArrayNode a = Json.F.arrayNode();
                a.add(value(v));
                out.add(a);
            }
            return out;
        }
        for (String line : lines) {
            ArrayNode a = Json.F.arrayNode();
            for (String v : ClarifyDataset.split(line)) {
                a.add(value(v));
            }
            out.add(a);
        }
        return out;
    }

    private static JsonNode value(String v) {
        double d = ClarifyDataset.number(v);
        return Double.isNaN(d) ? Json.F.textNode(v) : Json.F.numberNode(d);
    }

    /** Deletes the endpoint and its config when this job created them. */
    @Override
    public void close() {
        if (!created) {
            return;
        }
        try {
            hosting.deleteEndpoint(DeleteEndpointRequest.builder().endpointName(endpointName).build());
        } catch (RuntimeException e) {
            env.log("Could not delete the shadow endpoint " + endpointName + ": " + e.getMessage());
        }
        try {
            hosting.deleteEndpointConfig(
                    DeleteEndpointConfigRequest.builder().endpointConfigName(endpointName).build());
        } catch (RuntimeException e) {
            env.log("Could not delete the shadow endpoint config " + endpointName + ": " + e.getMessage());
        }
        env.log("Deleted the shadow endpoint " + endpointName);
    }
}
