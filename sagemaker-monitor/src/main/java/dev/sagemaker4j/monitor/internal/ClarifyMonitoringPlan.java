/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;

/**
 * What a {@code ModelBias} or {@code ModelExplainability} job definition adds to the plan of an execution (see
 * {@link LocalMonitoring}): the execution runs the definition's image (the Clarify program, in its monitoring mode)
 * with the analysis config's URI ({@code ConfigUri}), the monitoring type, the endpoint input's features,
 * inference, probability and threshold attributes in its environment, the ground truth ({@code GroundTruthS3Input})
 * as an input, and the baseline's {@code analysis.json} (the {@code ConstraintsResource}, else the baselining job's
 * output) as its constraints.
 */
final class ClarifyMonitoringPlan {
    private final Map<String, String> environment;
    private final String constraintsUri;
    private final String groundTruthUri;

    private ClarifyMonitoringPlan(Map<String, String> environment, String constraintsUri, String groundTruthUri) {
        this.environment = environment;
        this.constraintsUri = constraintsUri;
        this.groundTruthUri = groundTruthUri;
    }

    /**
     * Whether this plan runs the type.
     *
     * @param type the monitoring type ({@code MonitoringType})
     * @return true for {@code ModelBias} and {@code ModelExplainability}
     */
    static boolean runs(String type) {
        return "ModelBias".equals(type) || "ModelExplainability".equals(type);
    }

    /**
     * The plan's additions for a job definition.
     *
     * @param type       {@code ModelBias} or {@code ModelExplainability}
     * @param definition the job definition, as DescribeModel*JobDefinition answers it
     * @param jobs       the processing jobs, to find a baselining job's output
     * @return the additions
     * @throws ValidationException when the definition lacks its ConfigUri, or a bias definition its ground truth
     */
    static ClarifyMonitoringPlan of(String type, JsonNode definition, ProcessingJobsApi jobs) {
        JsonNode app = definition.path(type + "AppSpecification");
        String configUri = app.path("ConfigUri").asText(null);
        if (configUri == null || configUri.isBlank()) {
            throw new ValidationException(type + "AppSpecification.ConfigUri", configUri, "is missing",
                    "give the job definition its analysis config");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("sagemaker4j_config_uri", configUri);
        env.put("analysis_type", "ModelBias".equals(type) ? "MODEL_BIAS" : "MODEL_EXPLAINABILITY");
        JsonNode input = definition.path(type + "JobInput");
        JsonNode source = input.has("EndpointInput") ? input.path("EndpointInput") : input.path("BatchTransformInput");
        put(env, "features_attribute", source.path("FeaturesAttribute"));
        put(env, "inference_attribute", source.path("InferenceAttribute"));
        put(env, "probability_attribute", source.path("ProbabilityAttribute"));
        put(env, "probability_threshold_attribute", source.path("ProbabilityThresholdAttribute"));
        String groundTruth = input.path("GroundTruthS3Input").path("S3Uri").asText(null);
        if ("ModelBias".equals(type) && groundTruth == null) {
            throw new ValidationException("ModelBiasJobInput.GroundTruthS3Input", null, "is missing",
                    "give the bias job definition the S3 URI of its ground truth");
        }
        JsonNode baseline = definition.path(type + "BaselineConfig");
        String constraints = baseline.path("ConstraintsResource").path("S3Uri").asText(null);
        String baseliningJob = baseline.path("BaseliningJobName").asText(null);
        if (constraints == null && baseliningJob != null) {
            DescribeProcessingJobResponse d = jobs.describeProcessingJob(DescribeProcessingJobRequest.builder()
                    .processingJobName(baseliningJob).build());
            if (!"Completed".equals(d.processingJobStatusAsString())) {
                throw new ValidationException("BaseliningJobName", baseliningJob, "is "
                        + d.processingJobStatusAsString() + ", not Completed: its analysis.json is the baseline",
                        "wait for the baselining job (suggestBaseline with wait(true)) before running the schedule");
            }
            if (d.processingOutputConfig() != null && !d.processingOutputConfig().outputs().isEmpty()) {
                constraints = d.processingOutputConfig().outputs().get(0).s3Output().s3Uri().replaceAll("/+$", "")
                        + "/analysis.json";
            }
        }
        return new ClarifyMonitoringPlan(env, constraints, groundTruth);
    }

    private static void put(Map<String, String> env, String name, JsonNode value) {
        if (value != null && !value.isMissingNode() && !value.isNull()) {
            env.put(name, value.asText());
        }
    }

    /**
     * The environment the Clarify program reads in its monitoring mode.
     *
     * @return the variables
     */
    Map<String, String> environment() {
        return environment;
    }

    /**
     * The baseline's analysis.json.
     *
     * @return its URI, or null without a baseline
     */
    String constraintsUri() {
        return constraintsUri;
    }

    /**
     * The ground truth's prefix.
     *
     * @return its URI, or null (explainability)
     */
    String groundTruthUri() {
        return groundTruthUri;
    }
}
