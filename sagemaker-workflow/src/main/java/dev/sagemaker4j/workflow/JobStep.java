/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkPojo;

/**
 * A step that starts one SageMaker job or resource from an AWS SDK request; its arguments are the request as JSON
 * without the name member (the pipeline names the job), without {@code ExperimentConfig} (the pipeline's
 * experiment configuration applies) and without the SDK's generated idempotency tokens, placeholders turned into
 * expressions.
 */
abstract class JobStep extends Step {

    private final SdkPojo request;
    private final List<String> dropped;

    JobStep(String name, String type, SdkPojo request, StepOptions options, String... dropped) {
        super(name, type, options);
        this.request = java.util.Objects.requireNonNull(request, "request");
        this.dropped = List.of(dropped);
    }

    /** The members that name the job a step starts: kept as its name prefix with a custom job prefix. */
    private static final Set<String> JOB_KEYS = Set.of("TrainingJobName", "ProcessingJobName", "TransformJobName",
            "HyperParameterTuningJobName", "ModelName", "ModelPackageName");
    /** Python's {@code base_from_name}: the timestamp {@code name_from_base} appends. */
    private static final Pattern TIMESTAMPED = Pattern.compile(
            "^(.+)-(\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{3}|\\d{6}-\\d{4})");
    /** The definition configuration of the pipeline whose definition is being written on this thread. */
    private static final ThreadLocal<PipelineDefinitionConfig> DEFINITION_CONFIG = new ThreadLocal<>();

    /** Writes a definition with a configuration (Python's pipeline-config context around {@code definition()}). */
    static <T> T withDefinitionConfig(PipelineDefinitionConfig config, java.util.function.Supplier<T> write) {
        PipelineDefinitionConfig before = DEFINITION_CONFIG.get();
        DEFINITION_CONFIG.set(config);
        try {
            return write.get();
        } finally {
            if (before == null) {
                DEFINITION_CONFIG.remove();
            } else {
                DEFINITION_CONFIG.set(before);
            }
        }
    }

    static String baseFromName(String name) {
        Matcher m = TIMESTAMPED.matcher(name);
        return m.find() ? m.group(1) : name;
    }

    @Override
    public Object arguments() {
        ObjectNode json = SdkJson.toJson(request);
        PipelineDefinitionConfig config = DEFINITION_CONFIG.get();
        boolean customPrefix = config != null && config.useCustomJobPrefix();
        for (String member : dropped) {
            if (customPrefix && JOB_KEYS.contains(member)) {
                JsonNode value = json.get(member);
                if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                    throw new ValidationException("Steps." + name() + ".Arguments." + member, null,
                            "is not set, but the pipeline's definition config sets useCustomJobPrefix",
                            "give the step's request a " + member + " (its prefix), or leave useCustomJobPrefix off");
                }
                json.put(member, baseFromName(value.asText()));
                continue;
            }
            json.remove(member);
        }
        // the AWS SDK fills idempotency tokens with a fresh UUID: a definition must not change from one write to
        // the next (caching compares arguments)
        json.remove("ClientToken");
        json.remove("ClientRequestToken");
        JsonNode experiment = json.get("ExperimentConfig");
        if (experiment != null) {
            JsonNode display = experiment.get("TrialComponentDisplayName");
            json.remove("ExperimentConfig");
            if (display != null) {
                json.putObject("ExperimentConfig").set("TrialComponentDisplayName", display);
            }
        }
        JsonNode hyperParameters = json.get("HyperParameters");
        if (hyperParameters instanceof ObjectNode h) {
            h.remove("sagemaker_job_name");
        }
        return Json.resolve(json);
    }

    /**
     * The request the step was made from.
     *
     * @return the request
     */
    SdkPojo request() {
        return request;
    }
}
