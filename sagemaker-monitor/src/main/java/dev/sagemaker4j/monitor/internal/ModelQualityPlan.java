/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sagemaker.model.ProcessingInput;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3Input;

/**
 * What an execution of a {@code ModelQuality} schedule adds to a DataQuality one ({@link LocalMonitoring}'s plan):
 * the analyzer's {@code analysis_type=MODEL_QUALITY} environment from the job definition
 * ({@code ModelQualityAppSpecification.ProblemType}, and the {@code InferenceAttribute}, {@code ProbabilityAttribute}
 * and {@code ProbabilityThresholdAttribute} of its endpoint or batch-transform input), and the ground truth of the
 * execution, staged next to the capture of its window and given to the job at {@code /opt/ml/processing/groundtruth}
 * ({@code ground_truth_source}), where the analyzer merges the two by event id.
 *
 * <p>The ground truth of an execution is what was collected from the start of its window (its hour folder) up to
 * the execution's time: the files under {@code <GroundTruthS3Input.S3Uri>/yyyy/MM/dd/HH/} of those hours (the hour
 * the labels were collected, as the service documents it; it need not be the inference's hour). Labels of records
 * the endpoint captured outside the window (traffic another execution analyses) are left out; labels whose event id
 * the endpoint never captured stay, so that the analyzer fails the execution naming them. No ground truth at all
 * in those hours, or none for the window's records, fails the execution with the hours it looked at.
 */
final class ModelQualityPlan {
    static final String GROUND_TRUTH_PATH = "/opt/ml/processing/groundtruth";

    private final String groundTruthUri;
    private final Map<String, String> environment = new LinkedHashMap<>();

    private ModelQualityPlan(String groundTruthUri) {
        this.groundTruthUri = groundTruthUri;
    }

    /**
     * The plan's model-quality part, from a stored CreateModelQualityJobDefinition.
     *
     * @param definition the job definition, in the service's JSON
     * @return the part
     * @throws ValidationException when the definition lacks its ground truth input or problem type
     */
    static ModelQualityPlan of(JsonNode definition) {
        JsonNode input = definition.path("ModelQualityJobInput");
        String groundTruth = input.path("GroundTruthS3Input").path("S3Uri").asText(null);
        if (groundTruth == null || groundTruth.isBlank()) {
            throw new ValidationException("ModelQualityJobInput.GroundTruthS3Input.S3Uri", groundTruth,
                    "is missing from job definition " + definition.path("JobDefinitionName").asText(),
                    "create the job definition with the S3 URI the ground truth is uploaded under");
        }
        String problemType = definition.path("ModelQualityAppSpecification").path("ProblemType").asText(null);
        if (problemType == null || problemType.isBlank()) {
            throw new ValidationException("ModelQualityAppSpecification.ProblemType", problemType,
                    "is missing from job definition " + definition.path("JobDefinitionName").asText(),
                    "give Regression, BinaryClassification or MulticlassClassification");
        }
        ModelQualityPlan p = new ModelQualityPlan(groundTruth.replaceAll("/+$", ""));
        p.environment.put("analysis_type", ModelQualityAnalysis.ANALYSIS_TYPE);
        p.environment.put("problem_type", problemType);
        JsonNode source = input.has("EndpointInput") ? input.path("EndpointInput") : input.path("BatchTransformInput");
        attribute(p.environment, "inference_attribute", source.path("InferenceAttribute"));
        attribute(p.environment, "probability_attribute", source.path("ProbabilityAttribute"));
        attribute(p.environment, "probability_threshold_attribute", source.path("ProbabilityThresholdAttribute"));
        p.environment.put("ground_truth_source", GROUND_TRUTH_PATH);
        return p;
    }

    private static void attribute(Map<String, String> env, String name, JsonNode value) {
        if (!value.isMissingNode() && !value.isNull()) {
            env.put(name, value.asText());
        }
    }

    /**
     * Stages the execution's ground truth under {@code <staging>groundtruth/}.
     *
     * @param store              where capture, ground truth and staging are
     * @param captureDestination the capture's destination (an endpoint's DestinationS3Uri, or a batch transform's
     *                           DataCapturedDestinationS3Uri)
     * @param endpoint           the endpoint, or null for a batch transform's capture
     * @param staging            the execution's staging prefix (ends with {@code /})
     * @param start              the window's start
     * @param end                the window's end, exclusive
     * @param executionTime      the time the execution stands for
     * @throws ValidationException when there is no ground truth for the window's records (the execution fails
     *                             with this reason)
     */
    void stage(ObjectStore store, String captureDestination, String endpoint, String staging, Instant start,
            Instant end, Instant executionTime) {
        Instant from = start.truncatedTo(ChronoUnit.HOURS);
        Instant to = executionTime.isAfter(end) ? executionTime : end;
        List<String> files = store.listAll(groundTruthUri + "/").filter(o -> {
            Instant hour = CaptureRecords.hourOf(o.key());
            return hour != null && !hour.isBefore(from) && !hour.isAfter(to);
        }).map(o -> o.uri()).sorted().collect(Collectors.toList());
        String hours = "collected between " + from + " and "
                + to.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS) + " (" + groundTruthUri + "/yyyy/MM/dd/HH/)";
        if (files.isEmpty()) {
            throw new ValidationException("GroundTruthS3Input.S3Uri", groundTruthUri, "has no ground truth " + hours,
                    "upload JSON Lines {\"groundTruthData\": {\"data\": ..., \"encoding\": \"CSV\"}, \"eventMetadata\":"
                    + " {\"eventId\": ...}, \"eventVersion\": \"0\"} for the captured records, under the hour they"
                    + " were collected");
        }
        Set<String> outside = capturedOutside(store, captureDestination, endpoint, from, to, start, end);
        StringBuilder kept = new StringBuilder();
        int total = 0;
        int left = 0;
        for (String uri : files) {
            for (String line : lines(store, uri)) {
                if (line.isBlank()) {
                    continue;
                }
                total++;
                if (outside.contains(eventId(line))) {
                    left++;
                    continue;
                }
                kept.append(line).append('\n');
            }
        }
        if (kept.length() == 0) {
            throw new ValidationException("GroundTruthS3Input.S3Uri", groundTruthUri, "has no ground truth for the"
                    + " records captured between " + start + " and " + end + ": the " + total + " ground-truth"
                    + " record(s) " + hours + " are all for records captured outside the window (" + left + ")",
                    "upload the labels of the window's records, or widen the window (StartTimeOffset, EndTimeOffset)");
        }
        store.put(staging + "groundtruth/groundtruth.jsonl",
                new ByteArrayInputStream(kept.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Event ids the endpoint captured in the ground truth's hours but outside the window. */
    private static Set<String> capturedOutside(ObjectStore store, String destination, String endpoint, Instant from,
            Instant to, Instant start, Instant end) {
        Instant until = to.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        List<String> files;
        if (endpoint != null) {
            files = CaptureRecords.files(store, destination, endpoint, null, from, until);
        } else {
            files = store.listAll(destination.replaceAll("/+$", "") + "/").filter(o -> {
                Instant hour = CaptureRecords.hourOf(o.key());
                return hour != null && !hour.isBefore(from) && hour.isBefore(until);
            }).map(o -> o.uri()).collect(Collectors.toList());
        }
        Set<String> outside = new HashSet<>();
        Set<String> inside = new HashSet<>();
        for (String uri : files) {
            for (CaptureRecords.CaptureRecord r : CaptureRecords.read(store, uri)) {
                String id = r.inferenceId() != null ? r.inferenceId() : r.eventId();
                Instant t = r.inferenceTime();
                if (id == null) {
                    continue;
                }
                if (t != null && (t.isBefore(start) || !t.isBefore(end))) {
                    outside.add(id);
                } else {
                    inside.add(id);
                }
            }
        }
        outside.removeAll(inside);
        return outside;
    }

    private static String eventId(String line) {
        try {
            return SdkJson.MAPPER.readTree(line).path("eventMetadata").path("eventId").asText(null);
        } catch (IOException e) {
            return null; // the analyzer reports the line
        }
    }

    private static List<String> lines(ObjectStore store, String uri) {
        try (InputStream in = store.get(uri)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        } catch (IOException e) {
            throw new ValidationException("GroundTruthS3Input.S3Uri", uri, "can not be read: " + e.getMessage(),
                    "check the ground truth file");
        }
    }

    /**
     * Adds the model-quality environment and the ground-truth input to an execution's processing job.
     *
     * @param env     the job's environment
     * @param inputs  the job's inputs
     * @param staging the execution's staging prefix
     */
    void apply(Map<String, String> env, List<ProcessingInput> inputs, String staging) {
        env.putAll(environment);
        inputs.add(ProcessingInput.builder().inputName("ground_truth_input").s3Input(ProcessingS3Input.builder()
                .s3Uri(staging + "groundtruth/").localPath(GROUND_TRUTH_PATH).s3DataType("S3Prefix")
                .s3InputMode("File").s3DataDistributionType("FullyReplicated").build()).build());
    }
}
