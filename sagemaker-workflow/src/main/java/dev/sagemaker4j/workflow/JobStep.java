/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.local.SdkJson;
import java.util.List;
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

    @Override
    public Object arguments() {
        ObjectNode json = SdkJson.toJson(request);
        for (String member : dropped) {
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
