/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.clarify.SageMakerClarifyProcessor;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.utils.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;

/**
 * What the Clarify monitors share, as Python's {@code sagemaker.model_monitor.clarify_model_monitoring
 * .ClarifyModelMonitor} (v2.257.6): the {@code sagemaker-clarify-processing} image, baselines suggested by a
 * {@link SageMakerClarifyProcessor} job (its {@code analysis.json} is the baseline's constraints), and the job
 * definition Python's {@code _build_create_job_definition_request} builds: the analysis config
 * ({@code ConfigUri}, uploaded next to the output when given as an object), the image, the environment with
 * {@code publish_cloudwatch_metrics}, the baseline (constraints, or the latest baselining job), the endpoint or
 * batch transform input with the features, inference and probability attributes of the latest baselining job
 * filled in, the ground truth, the output, the cluster, role, network and runtime. Its subclasses are
 * {@link ModelBiasMonitor} and {@link ModelExplainabilityMonitor}.
 *
 * <p>Clarify monitors write no statistics: {@link #latestMonitoringStatistics()} is refused, as in Python.
 */
public abstract class ClarifyModelMonitor extends ModelMonitor {
    /** Python's {@code _SUGGESTION_JOB_BASE_NAME}. */
    static final String SUGGESTION_JOB_BASE_NAME = "baseline-suggestion-job";
    static final String OUTPUT_LOCAL_PATH = "/opt/ml/processing/output";

    private final List<ProcessingJob> baseliningJobs = Collections.synchronizedList(new ArrayList<>());
    private volatile ProcessingJob latestBaseliningJob;
    private volatile BaseliningConfig latestBaseliningJobConfig;

    ClarifyModelMonitor(Builder<?> b) {
        super(clarifyImage(b));
    }

    private static Builder<?> clarifyImage(Builder<?> b) {
        if (b.imageUri == null && b.session != null) {
            b.imageUri = ImageUris.retrieve("clarify", b.session.region());
        }
        return b;
    }

    /**
     * The latest baselining job (Python's {@code latest_baselining_job}).
     *
     * @return the Clarify processing job, or null before {@code suggestBaseline}
     */
    public ProcessingJob latestBaseliningJob() {
        return latestBaseliningJob;
    }

    /**
     * The latest baselining job's name (Python's {@code latest_baselining_job_name}).
     *
     * @return the name, or null
     */
    public String latestBaseliningJobName() {
        ProcessingJob job = latestBaseliningJob;
        return job == null ? null : job.name();
    }

    /**
     * The baselining jobs this monitor ran (Python's {@code baselining_jobs}).
     *
     * @return the jobs, oldest first
     */
    public List<ProcessingJob> baseliningJobs() {
        synchronized (baseliningJobs) {
            return List.copyOf(baseliningJobs);
        }
    }

    /**
     * The latest baselining job's {@code analysis.json} as the baseline's constraints, as Python's
     * {@code suggested_constraints()} (a {@code ClarifyBaseliningJob} reads {@code analysis.json}).
     *
     * @return the file
     * @throws ValidationException when no baselining job ran
     */
    public Constraints suggestedConstraints() {
        ProcessingJob job = latestBaseliningJob;
        if (job == null || job.outputs().isEmpty()) {
            throw new ValidationException("latest_baselining_job", null, "is missing",
                    "call suggestBaseline first");
        }
        String out = job.outputs().get(0).destination().replaceAll("/+$", "");
        return Constraints.fromS3Uri(out + "/analysis.json", session);
    }

    /**
     * Refused, as in Python: Clarify monitoring executions write no statistics.
     *
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public Statistics latestMonitoringStatistics() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " doesn't support statistics.");
    }

    /** Python's {@code ClarifyBaseliningConfig}: what a baselining job leaves for the schedule. */
    static final class BaseliningConfig {
        final ObjectNode analysisConfig;
        final String featuresAttribute;
        final String inferenceAttribute;
        final String probabilityAttribute;
        final Double probabilityThresholdAttribute;

        BaseliningConfig(ObjectNode analysisConfig, String featuresAttribute, String inferenceAttribute,
                String probabilityAttribute, Double probabilityThresholdAttribute) {
            this.analysisConfig = analysisConfig;
            this.featuresAttribute = featuresAttribute;
            this.inferenceAttribute = inferenceAttribute;
            this.probabilityAttribute = probabilityAttribute;
            this.probabilityThresholdAttribute = probabilityThresholdAttribute;
        }
    }

    /** Records a finished {@code suggestBaseline}. */
    final void baselined(ProcessingJob job, BaseliningConfig config) {
        this.latestBaseliningJob = job;
        this.latestBaseliningJobConfig = config;
        baseliningJobs.add(job);
    }

    /** Python's {@code _generate_baselining_job_name}. */
    final String baseliningJobName(String given) {
        if (given != null) {
            return given;
        }
        return Names.nameFromBase(baseJobName != null ? baseJobName : SUGGESTION_JOB_BASE_NAME);
    }

    /** Python's {@code _create_baselining_processor}: a Clarify processor with this monitor's settings. */
    final SageMakerClarifyProcessor baseliningProcessor() {
        SageMakerClarifyProcessor.Builder b = SageMakerClarifyProcessor.builder().role(role)
                .instanceCount(instanceCount).instanceType(instanceType).volumeSizeInGB(volumeSizeInGB)
                .volumeKmsKey(volumeKmsKey).outputKmsKey(outputKmsKey).maxRuntimeInSeconds(maxRuntimeInSeconds)
                .session(session).imageUri(imageUri).baseJobName(baseJobName);
        if (env != null) {
            b.env(env);
        }
        if (tags != null) {
            b.tags(tags);
        }
        if (networkConfig != null) {
            b.networkConfig(networkConfig);
        }
        return b.build();
    }

    /** The arguments of Python's {@code _build_create_job_definition_request}. */
    static final class DefinitionArgs extends DefinitionValues {
        String scheduleName;
        String definitionName;
        boolean fromLatestBaseline;
        ObjectNode existing;
        String groundTruthInput;
        String analysisConfigUri;
        ObjectNode analysisConfig;
        boolean tags;
    }

    /** Creates the job definition of this monitor's type from the request's JSON. */
    abstract void createJobDefinition(ObjectNode request);

    /** Describes a job definition of this monitor's type, as its JSON. */
    abstract ObjectNode describeJobDefinition(String definitionName);

    /**
     * The arguments of a create call: this monitor's settings and its latest baseline.
     *
     * @param scheduleName the schedule
     * @return the arguments
     */
    final DefinitionArgs createArgs(String scheduleName) {
        DefinitionArgs a = new DefinitionArgs();
        a.scheduleName = scheduleName;
        a.fromLatestBaseline = true;
        a.fromMonitor(this);
        a.tags = true;
        return a;
    }

    /** Python's {@code create_monitoring_schedule} after its checks: the definition, then the schedule. */
    final void createSchedule(DefinitionArgs a, String baseName, String cron, String start, String end) {
        if (jobDefinitionName() != null || monitoringScheduleName() != null) {
            throw new ValidationException("monitor_schedule_name", monitoringScheduleName(),
                    "is set: this monitor already created a monitoring schedule",
                    "delete it first with deleteMonitoringSchedule(), or use another monitor");
        }
        if ((a.batchTransformInput != null) == (a.endpointInput != null)) {
            throw new ValidationException("endpoint_input", a.endpointInput,
                    "and batch_transform_input: exactly one is needed",
                    "give endpointInput(...) or batchTransformInput(...), not both");
        }
        checkCron(cron, start, end);
        a.definitionName = Names.nameFromBase(baseName);
        if (a.outputS3Uri == null) {
            a.outputS3Uri = s3Join("model-monitor", "monitoring", a.scheduleName, "results");
        }
        createJobDefinition(definitionRequest(a));
        try {
            createScheduleFromJobDefinition(a.scheduleName, a.definitionName, cron, start, end);
        } catch (RuntimeException e) {
            try {
                deleteJobDefinition(a.definitionName);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        scheduled(a.scheduleName, a.definitionName);
    }

    /**
     * Python's {@code update_monitoring_schedule}: the cron alone updates the schedule; any other keyword creates
     * a new job definition from the current one with the changes, and points the schedule at it (the old
     * definition stays, as in Python); then the monitor takes the given settings (role, cluster, keys, runtime,
     * environment, network config), as Python sets them on itself.
     */
    final void updateSchedule(DefinitionArgs a, boolean cronOnly, boolean nothing, String baseName, String cron,
            String start, String end) {
        if (nothing) {
            return;
        }
        if (a.batchTransformInput != null && a.endpointInput != null) {
            throw new ValidationException("endpoint_input", a.endpointInput,
                    "and batch_transform_input: only one may be given", "give endpointInput(...) or "
                    + "batchTransformInput(...), not both");
        }
        if (monitoringScheduleName() == null || jobDefinitionName() == null) {
            throw new ValidationException("monitoring_schedule_name", null, "is missing: this monitor has no schedule",
                    "call createMonitoringSchedule first, or attach to a schedule");
        }
        if (cronOnly) {
            updateSchedule(jobDefinitionName(), cron, null, null);
            return;
        }
        a.scheduleName = monitoringScheduleName();
        a.existing = describeJobDefinition(jobDefinitionName());
        a.definitionName = Names.nameFromBase(baseName);
        createJobDefinition(definitionRequest(a));
        try {
            updateSchedule(a.definitionName, cron, start, end);
        } catch (RuntimeException e) {
            try {
                deleteJobDefinition(a.definitionName);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        scheduled(monitoringScheduleName(), a.definitionName);
        adopt(a);
    }

    /** Python's {@code _build_create_job_definition_request}, as the request's JSON. */
    final ObjectNode definitionRequest(DefinitionArgs a) {
        String t = monitoringType();
        ObjectNode app;
        ObjectNode baseline;
        ObjectNode input;
        ObjectNode output;
        ObjectNode cluster;
        ObjectNode stop;
        JsonNode existingNetwork = null;
        String roleArn = a.role;
        if (a.existing != null) {
            app = object(a.existing.get(t + "AppSpecification"));
            baseline = object(a.existing.get(t + "BaselineConfig"));
            input = object(a.existing.get(t + "JobInput"));
            output = object(a.existing.get(t + "JobOutputConfig"));
            cluster = object(a.existing.path("JobResources").get("ClusterConfig"));
            if (roleArn == null) {
                roleArn = a.existing.path("RoleArn").asText(null);
            }
            existingNetwork = a.existing.get("NetworkConfig");
            stop = object(a.existing.get("StoppingCondition"));
        } else {
            app = SdkJson.MAPPER.createObjectNode();
            baseline = SdkJson.MAPPER.createObjectNode();
            input = SdkJson.MAPPER.createObjectNode();
            output = SdkJson.MAPPER.createObjectNode();
            cluster = SdkJson.MAPPER.createObjectNode();
            stop = SdkJson.MAPPER.createObjectNode();
        }
        if (a.outputS3Uri != null) {
            output.putArray("MonitoringOutputs").add(SdkJson.toJson(MonitoringOutput.builder()
                    .source(OUTPUT_LOCAL_PATH).destination(a.outputS3Uri).build().toRequest()));
        }
        if (a.outputKmsKey != null) {
            output.put("KmsKeyId", a.outputKmsKey);
        }
        BaseliningConfig latest = a.fromLatestBaseline ? latestBaseliningJobConfig : null;
        String configUri = a.analysisConfigUri;
        ObjectNode analysis = a.analysisConfig;
        if (configUri == null && analysis == null) {
            if (latest != null) {
                analysis = latest.analysisConfig;
            } else if (app.hasNonNull("ConfigUri")) {
                configUri = app.get("ConfigUri").asText();
            } else {
                throw new ValidationException("analysis_config", null, "is mandatory",
                        "give analysisConfig(...) or call suggestBaseline first");
            }
        }
        if (configUri == null) {
            String base = a.outputS3Uri != null ? a.outputS3Uri
                    : output.path("MonitoringOutputs").path(0).path("S3Output").path("S3Uri").asText(null);
            if (base == null) {
                throw new ValidationException("output_s3_uri", null, "is missing: the analysis config is uploaded"
                        + " next to the output", "give outputS3Uri(...)");
            }
            configUri = base.replaceAll("/+$", "") + "/" + a.definitionName + "/" + UUID.randomUUID()
                    + "/analysis_config.json";
            session.objectStore().put(configUri, new java.io.ByteArrayInputStream(analysis.toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        app.put("ConfigUri", configUri);
        app.put("ImageUri", imageUri);
        Map<String, String> environment = new LinkedHashMap<>();
        if (a.env != null) {
            environment.putAll(a.env);
        }
        if (a.enableCloudwatchMetrics != null) {
            environment.put("publish_cloudwatch_metrics", a.enableCloudwatchMetrics ? "Enabled" : "Disabled");
        }
        if (!environment.isEmpty()) {
            app.set("Environment", SdkJson.MAPPER.valueToTree(environment));
        }
        if (a.constraints != null) {
            baseline.putObject("ConstraintsResource").put("S3Uri", a.constraints);
        } else if (a.fromLatestBaseline && latestBaseliningJobName() != null) {
            baseline.put("BaseliningJobName", latestBaseliningJobName());
        }
        if (a.endpointInput != null) {
            EndpointInput ei = a.endpointInput;
            if (latest != null) {
                EndpointInput.Builder b = ei.toBuilder();
                if (ei.featuresAttribute() == null) {
                    b.featuresAttribute(latest.featuresAttribute);
                }
                if (ei.inferenceAttribute() == null) {
                    b.inferenceAttribute(latest.inferenceAttribute);
                }
                if (ei.probabilityAttribute() == null) {
                    b.probabilityAttribute(latest.probabilityAttribute);
                }
                if (ei.probabilityThresholdAttribute() == null) {
                    b.probabilityThresholdAttribute(latest.probabilityThresholdAttribute);
                }
                ei = b.build();
            }
            input = SdkJson.MAPPER.createObjectNode();
            input.set("EndpointInput", SdkJson.toJson(ei.toRequest()));
        } else if (a.batchTransformInput != null) {
            BatchTransformInput bi = a.batchTransformInput;
            if (latest != null) {
                BatchTransformInput.Builder b = bi.toBuilder();
                if (bi.featuresAttribute() == null) {
                    b.featuresAttribute(latest.featuresAttribute);
                }
                if (bi.inferenceAttribute() == null) {
                    b.inferenceAttribute(latest.inferenceAttribute);
                }
                if (bi.probabilityAttribute() == null) {
                    b.probabilityAttribute(latest.probabilityAttribute);
                }
                if (bi.probabilityThresholdAttribute() == null) {
                    b.probabilityThresholdAttribute(latest.probabilityThresholdAttribute);
                }
                bi = b.build();
            }
            input = SdkJson.MAPPER.createObjectNode();
            input.set("BatchTransformInput", SdkJson.toJson(bi.toRequest()));
        }
        if (a.groundTruthInput != null) {
            input.putObject("GroundTruthS3Input").put("S3Uri", a.groundTruthInput);
        }
        if (a.instanceCount != null) {
            cluster.put("InstanceCount", a.instanceCount);
        }
        if (a.instanceType != null) {
            cluster.put("InstanceType", a.instanceType);
        }
        if (a.volumeSizeInGB != null) {
            cluster.put("VolumeSizeInGB", a.volumeSizeInGB);
        }
        if (a.volumeKmsKey != null) {
            cluster.put("VolumeKmsKeyId", a.volumeKmsKey);
        }
        if (a.maxRuntimeInSeconds != null) {
            stop.put("MaxRuntimeInSeconds", a.maxRuntimeInSeconds);
        }
        ObjectNode request = SdkJson.MAPPER.createObjectNode();
        request.put("JobDefinitionName", a.definitionName);
        request.set(t + "AppSpecification", app);
        request.set(t + "JobInput", input);
        request.set(t + "JobOutputConfig", output);
        request.putObject("JobResources").set("ClusterConfig", cluster);
        request.put("RoleArn", roleArn);
        if (!baseline.isEmpty()) {
            request.set(t + "BaselineConfig", baseline);
        }
        if (a.networkConfig != null) {
            request.set("NetworkConfig", SdkJson.toJson(a.networkConfig));
        } else if (existingNetwork != null && !existingNetwork.isNull()) {
            request.set("NetworkConfig", existingNetwork);
        }
        if (!stop.isEmpty()) {
            request.set("StoppingCondition", stop);
        }
        if (a.tags && tags != null) {
            request.set("Tags", SdkJson.MAPPER.valueToTree(tagList().stream()
                    .map(tag -> Map.of("Key", tag.key(), "Value", tag.value())).toList()));
        }
        return request;
    }

    private static ObjectNode object(JsonNode n) {
        return n != null && n.isObject() ? ((ObjectNode) n).deepCopy() : SdkJson.MAPPER.createObjectNode();
    }

    /** The settings of an attached schedule's job definition, as Python's {@code ModelMonitor._attach}. */
    static void fromJobDefinition(Builder<?> b, ObjectNode d, String type) {
        JsonNode cluster = d.path("JobResources").path("ClusterConfig");
        b.role(d.path("RoleArn").asText(null));
        b.imageUri(d.path(type + "AppSpecification").path("ImageUri").asText(null));
        if (cluster.hasNonNull("InstanceCount")) {
            b.instanceCount(cluster.get("InstanceCount").asInt());
        }
        b.instanceType(cluster.path("InstanceType").asText(null));
        if (cluster.hasNonNull("VolumeSizeInGB")) {
            b.volumeSizeInGB(cluster.get("VolumeSizeInGB").asInt());
        }
        b.volumeKmsKey(cluster.path("VolumeKmsKeyId").asText(null));
        b.outputKmsKey(d.path(type + "JobOutputConfig").path("KmsKeyId").asText(null));
        JsonNode stop = d.path("StoppingCondition").path("MaxRuntimeInSeconds");
        b.maxRuntimeInSeconds(stop.isNumber() ? stop.asInt() : null);
        JsonNode env = d.path(type + "AppSpecification").get("Environment");
        if (env != null && env.isObject()) {
            Map<String, String> m = new LinkedHashMap<>();
            env.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
            b.env(m);
        }
        if (d.hasNonNull("NetworkConfig")) {
            b.networkConfig(SdkJson.fromJson(d.get("NetworkConfig"), NetworkConfig::builder));
        }
    }

    /**
     * The keywords of the Clarify monitors' constructors: {@link ModelMonitor.Builder}'s and
     * {@code network_config}. The image is image_uris' {@code clarify} for the session's region.
     *
     * @param <B> the subclass's builder
     */
    public abstract static class Builder<B extends Builder<B>> extends ModelMonitor.Builder<B> {
        /** Creates the builder with Python's defaults. */
        protected Builder() {
        }
    }
}
