/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricsSource;
import software.amazon.awssdk.services.sagemaker.model.StopProcessingJobRequest;

/**
 * The local engine's {@code QualityCheck} and {@code ClarifyCheck} steps, as the service runs them (the baseline
 * lifecycle of SageMaker Pipelines' check steps):
 * <ol>
 *   <li>the step's processing job (the Model Monitor analyzer's baselining job; the Clarify job) calculates a new
 *       baseline: {@code CalculatedBaselineStatistics} / {@code CalculatedBaselineConstraints};</li>
 *   <li>the previous baseline is {@code SuppliedBaseline*}, else the latest {@code Approved} version's
 *       {@code DriftCheckBaselines} of the check type in {@code ModelPackageGroupName};</li>
 *   <li>unless {@code SkipCheck}, the data is checked against the previous baseline (a QualityCheck step runs the
 *       analyzer once more with {@code baseline_statistics}/{@code baseline_constraints}; a ClarifyCheck step's job
 *       gets {@code baseline_constraints}); a violation fails the step unless {@code FailOnViolation} is false;</li>
 *   <li>{@code BaselineUsedForDriftCheck*} are the new baseline with {@code RegisterNewBaseline}, else the
 *       previous one, which must then exist.</li>
 * </ol>
 */
final class CheckSteps {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BASE = "/opt/ml/processing";

    private CheckSteps() {
    }

    /** Runs one check step; fills the step's properties and metadata. */
    static void run(Execution execution, Execution.StepRun r, JsonNode args, LocalContext context)
            throws Execution.StepFailed {
        boolean quality = r.step.type.equals("QualityCheck");
        ObjectNode node = r.step.node;
        Resolver resolver = new Resolver(execution, context);
        String checkType = text(resolver, node, "CheckType");
        boolean skip = flag(resolver, node, "SkipCheck", false);
        boolean failOnViolation = flag(resolver, node, "FailOnViolation", true);
        boolean registerNew = flag(resolver, node, "RegisterNewBaseline", false);
        String group = text(resolver, node, "ModelPackageGroupName");
        String suppliedStatistics = quality ? text(resolver, node, "SuppliedBaselineStatistics") : null;
        String suppliedConstraints = text(resolver, node, "SuppliedBaselineConstraints");
        if (checkType == null) {
            throw failed("the step has no CheckType");
        }

        String[] previous = previousBaseline(context, checkType, group, suppliedStatistics, suppliedConstraints);
        if (!skip && previous[1] == null) {
            throw failed("there is no baseline to check against: give SuppliedBaselineConstraints, or register an"
                    + " Approved model version with DriftCheckBaselines for " + checkType + " in "
                    + (group == null ? "a ModelPackageGroupName" : "the group " + group)
                    + ", or set SkipCheck (and RegisterNewBaseline) for the first run");
        }
        if (!registerNew && previous[1] == null) {
            throw failed("RegisterNewBaseline is false but there is no previous " + checkType + " baseline (no"
                    + " SuppliedBaselineConstraints and no Approved version with DriftCheckBaselines in "
                    + (group == null ? "a ModelPackageGroupName" : "the group " + group)
                    + "): set RegisterNewBaseline for the first run");
        }

        ObjectNode request = args.deepCopy();
        String output = firstOutput(request);
        ObjectNode meta = NODES.objectNode();
        meta.put("CheckType", checkType);
        String violationReport = null;
        int violations = 0;
        String checkJobArn;
        if (quality) {
            // 1. the baseline; 2. the check of the same data against the previous baseline
            DescribeProcessingJobResponse baseline = runJob(execution, r, context, request,
                    execution.generatedName(r.step.name));
            checkJobArn = baseline.processingJobArn();
            if (!skip) {
                ObjectNode check = request.deepCopy();
                String checkOutput = output + "/drift_check";
                withBaseline(check, previous[0], previous[1]);
                ((ObjectNode) check.path("ProcessingOutputConfig").path("Outputs").get(0).path("S3Output"))
                        .put("S3Uri", checkOutput);
                DescribeProcessingJobResponse checked = runJob(execution, r, context, check,
                        execution.generatedName(r.step.name + "-check"));
                checkJobArn = checked.processingJobArn();
                violationReport = checkOutput + "/constraint_violations.json";
                violations = count(execution, violationReport);
            }
        } else {
            // one Clarify job: with the previous baseline to check against unless skipped
            String modelName = text(resolver, node, "ModelName");
            if (modelName != null) {
                withModelName(execution, context, request, modelName, execution.generatedName(r.step.name));
            }
            if (!skip) {
                withBaseline(request, null, previous[1]);
            }
            DescribeProcessingJobResponse job = runJob(execution, r, context, request,
                    execution.generatedName(r.step.name));
            checkJobArn = job.processingJobArn();
            String report = output + "/constraint_violations.json";
            if (!skip && context.objectStore().exists(report)) {
                violationReport = report;
                violations = count(execution, report);
            }
        }
        String calculatedStatistics = quality ? output + "/statistics.json" : null;
        String calculatedConstraints = output + (quality ? "/constraints.json" : "/analysis.json");
        ObjectNode props = NODES.objectNode();
        if (quality) {
            props.put("CalculatedBaselineStatistics", calculatedStatistics);
        }
        props.put("CalculatedBaselineConstraints", calculatedConstraints);
        String usedStatistics = registerNew ? calculatedStatistics : previous[0];
        String usedConstraints = registerNew ? calculatedConstraints : previous[1];
        if (quality && usedStatistics != null) {
            props.put("BaselineUsedForDriftCheckStatistics", usedStatistics);
        }
        if (usedConstraints != null) {
            props.put("BaselineUsedForDriftCheckConstraints", usedConstraints);
        }
        r.properties = props;
        if (quality && usedStatistics != null) {
            meta.put("BaselineUsedForDriftCheckStatistics", usedStatistics);
        }
        if (usedConstraints != null) {
            meta.put("BaselineUsedForDriftCheckConstraints", usedConstraints);
        }
        if (quality) {
            meta.put("CalculatedBaselineStatistics", calculatedStatistics);
        }
        meta.put("CalculatedBaselineConstraints", calculatedConstraints);
        if (group != null) {
            meta.put("ModelPackageGroupName", group);
        }
        if (violationReport != null) {
            meta.put("ViolationReport", violationReport);
        }
        meta.put("CheckJobArn", checkJobArn);
        meta.put("SkipCheck", skip);
        meta.put("RegisterNewBaseline", registerNew);
        r.metadata = NODES.objectNode();
        r.metadata.set(r.step.type, meta);
        if (violations > 0 && failOnViolation) {
            throw failed(checkType + " check failed: " + violations + " constraint violation(s) against the"
                    + " baseline " + previous[1] + "; see " + violationReport + ": " + describe(execution,
                    violationReport));
        }
    }

    /** {statistics, constraints} of the previous baseline, or nulls. */
    private static String[] previousBaseline(LocalContext context, String checkType, String group,
            String suppliedStatistics, String suppliedConstraints) {
        if (suppliedConstraints != null || suppliedStatistics != null) {
            return new String[] {suppliedStatistics, suppliedConstraints};
        }
        if (group == null) {
            return new String[2];
        }
        DescribeModelPackageResponse latest = latestApproved(context, group);
        DriftCheckBaselines d = latest == null ? null : latest.driftCheckBaselines();
        if (d == null) {
            return new String[2];
        }
        switch (checkType) {
            case "DATA_QUALITY":
                return d.modelDataQuality() == null ? new String[2] : new String[] {
                    uri(d.modelDataQuality().statistics()), uri(d.modelDataQuality().constraints())};
            case "MODEL_QUALITY":
                return d.modelQuality() == null ? new String[2] : new String[] {
                    uri(d.modelQuality().statistics()), uri(d.modelQuality().constraints())};
            case "DATA_BIAS":
                return new String[] {null, d.bias() == null ? null : uri(d.bias().preTrainingConstraints())};
            case "MODEL_BIAS":
                return new String[] {null, d.bias() == null ? null : uri(d.bias().postTrainingConstraints())};
            case "MODEL_EXPLAINABILITY":
                return new String[] {null, d.explainability() == null ? null
                        : uri(d.explainability().constraints())};
            default:
                return new String[2];
        }
    }

    private static String uri(MetricsSource s) {
        return s == null ? null : s.s3Uri();
    }

    private static DescribeModelPackageResponse latestApproved(LocalContext context, String group) {
        ModelPackagesApi api = context.api(ModelPackagesApi.CAPABILITY);
        String token = null;
        do {
            ListModelPackagesResponse page;
            try {
                page = api.listModelPackages(ListModelPackagesRequest.builder()
                        .modelPackageGroupName(group).modelApprovalStatus("Approved").sortBy("CreationTime")
                        .sortOrder("Descending").nextToken(token).build());
            } catch (ResourceNotFoundException e) {
                // a group that does not exist yet holds no baseline
                return null;
            }
            if (!page.modelPackageSummaryList().isEmpty()) {
                return api.describeModelPackage(DescribeModelPackageRequest.builder().modelPackageName(
                        page.modelPackageSummaryList().get(0).modelPackageArn()).build());
            }
            token = page.nextToken();
        } while (token != null);
        return null;
    }

    /** Adds the previous baseline's files as inputs and tells the container where they are. */
    private static void withBaseline(ObjectNode request, String statistics, String constraints) {
        ArrayNode inputs = request.get("ProcessingInputs") instanceof ArrayNode a ? a
                : request.putArray("ProcessingInputs");
        ObjectNode env = request.get("Environment") instanceof ObjectNode o ? o : request.putObject("Environment");
        if (constraints != null) {
            inputs.add(input("constraints", constraints, BASE + "/baseline/constraints"));
            env.put("baseline_constraints", BASE + "/baseline/constraints/" + fileName(constraints));
        }
        if (statistics != null) {
            inputs.add(input("baseline", statistics, BASE + "/baseline/stats"));
            env.put("baseline_statistics", BASE + "/baseline/stats/" + fileName(statistics));
        }
    }

    /**
     * A model check's {@code ModelName} in its analysis configuration's {@code predictor}, as the service fills it
     * in (the SDK leaves {@code model_name} out of the uploaded file): a copy of the file next to it, per run.
     */
    private static void withModelName(Execution execution, LocalContext context, ObjectNode request,
            String modelName, String runName) throws Execution.StepFailed {
        for (JsonNode in : request.path("ProcessingInputs")) {
            if (!"analysis_config".equals(in.path("InputName").asText())) {
                continue;
            }
            ObjectNode s3 = (ObjectNode) in.path("S3Input");
            String uri = s3.path("S3Uri").asText();
            String file = uri.endsWith(".json") ? uri : uri.replaceAll("/+$", "") + "/analysis_config.json";
            JsonNode config;
            try {
                config = execution.readJson(file, "analysis configuration");
            } catch (Resolver.Unresolved e) {
                throw failed(e.getMessage());
            }
            if (!(config instanceof ObjectNode c) || !(c.get("predictor") instanceof ObjectNode predictor)
                    || predictor.has("model_name") || predictor.has("endpoint_name")) {
                return;
            }
            predictor.put("model_name", modelName);
            String copy = file.substring(0, file.lastIndexOf('/')) + "/" + runName + "/analysis_config.json";
            context.objectStore().putString(copy, c.toString());
            s3.put("S3Uri", copy);
        }
    }

    private static ObjectNode input(String name, String uri, String localPath) {
        ObjectNode in = NODES.objectNode();
        in.put("InputName", name);
        in.put("AppManaged", false);
        ObjectNode s3 = in.putObject("S3Input");
        s3.put("S3Uri", uri);
        s3.put("LocalPath", localPath);
        s3.put("S3DataType", "S3Prefix");
        s3.put("S3InputMode", "File");
        s3.put("S3DataDistributionType", "FullyReplicated");
        s3.put("S3CompressionType", "None");
        return in;
    }

    private static String fileName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String firstOutput(ObjectNode request) throws Execution.StepFailed {
        JsonNode uri = request.path("ProcessingOutputConfig").path("Outputs").path(0).path("S3Output").path("S3Uri");
        if (!uri.isTextual()) {
            throw failed("the check job has no output");
        }
        return uri.asText().replaceAll("/+$", "");
    }

    /** Runs a processing job to its end; a failed or stopped job fails the step with the job's reason. */
    private static DescribeProcessingJobResponse runJob(Execution execution, Execution.StepRun r,
            LocalContext context, ObjectNode request, String name) throws Execution.StepFailed {
        ProcessingJobsApi api = context.api(ProcessingJobsApi.CAPABILITY);
        ObjectNode named = request.deepCopy();
        named.put("ProcessingJobName", name);
        try {
            api.createProcessingJob(SdkJson.fromJson(named, CreateProcessingJobRequest::builder));
        } catch (RuntimeException e) {
            throw Execution.invocationFailure(e);
        }
        r.stopJob = () -> api.stopProcessingJob(StopProcessingJobRequest.builder().processingJobName(name).build());
        DescribeProcessingJobRequest describe = DescribeProcessingJobRequest.builder().processingJobName(name).build();
        DescribeProcessingJobResponse d = api.describeProcessingJob(describe);
        try {
            while (!Set.of("Completed", "Failed", "Stopped").contains(d.processingJobStatusAsString())) {
                context.jobs().awaitChange(250);
                d = api.describeProcessingJob(describe);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Execution.StepFailed("Stopped: the engine was interrupted", null, null, true);
        }
        r.stopJob = null;
        if (d.processingJobStatusAsString().equals("Stopped")) {
            throw new Execution.StepFailed("Stopped: the job " + name + " was stopped", null, null, true);
        }
        if (d.processingJobStatusAsString().equals("Failed")) {
            String reason = d.failureReason();
            throw new Execution.StepFailed(reason == null ? "the job " + name + " failed" : reason, null,
                    Execution.failureReasonType(reason), false);
        }
        return d;
    }

    private static int count(Execution execution, String report) throws Execution.StepFailed {
        try {
            return execution.readJson(report, "violation report").path("violations").size();
        } catch (Resolver.Unresolved e) {
            throw failed(e.getMessage());
        }
    }

    private static String describe(Execution execution, String report) {
        StringBuilder b = new StringBuilder();
        try {
            int shown = 0;
            for (JsonNode v : execution.readJson(report, "violation report").path("violations")) {
                if (shown++ == 3) {
                    b.append("; ...");
                    break;
                }
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(v.path("feature_name").asText("?")).append(' ')
                        .append(v.path("constraint_check_type").asText("?")).append(": ")
                        .append(v.path("description").asText(""));
            }
        } catch (Resolver.Unresolved e) {
            b.append(e.getMessage());
        }
        return b.toString();
    }

    private static String text(Resolver resolver, ObjectNode node, String field) throws Execution.StepFailed {
        JsonNode v = resolve(resolver, node, field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        String t = Resolver.text(v);
        return t.isEmpty() ? null : t;
    }

    private static boolean flag(Resolver resolver, ObjectNode node, String field, boolean dflt)
            throws Execution.StepFailed {
        JsonNode v = resolve(resolver, node, field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return dflt;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        String t = v.asText();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(t);
        }
        throw failed(field + " is " + t + ", not a boolean");
    }

    private static JsonNode resolve(Resolver resolver, ObjectNode node, String field) throws Execution.StepFailed {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        try {
            return resolver.resolve(v);
        } catch (Resolver.Unresolved e) {
            throw failed(e.getMessage());
        }
    }

    private static Execution.StepFailed failed(String message) {
        return new Execution.StepFailed("ClientError: " + message, null, null, false);
    }
}
