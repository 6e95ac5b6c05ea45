/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.processing.LocalContainerProgram;
import dev.sagemaker4j.processing.ProcessingScript;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in for the Clarify container (image repository {@code test-clarify-check}, so it never shadows the real
 * program) that tests the engine's ClarifyCheck plumbing: it writes {@code analysis.json} with one pre-training bias
 * metric (CI = the environment's {@code CI_VALUE}) and, given {@code baseline_constraints}, a
 * {@code constraint_violations.json} with a violation when CI moved by more than 0.1.
 */
public final class FakeClarifyProgram implements LocalContainerProgram {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Creates the program (ServiceLoader). */
    public FakeClarifyProgram() {
    }

    @Override
    public String imageRepository() {
        return "test-clarify-check";
    }

    @Override
    public ProcessingScript newScript() {
        return env -> {
            if (!Files.isRegularFile(env.path("/opt/ml/processing/input/config/analysis_config.json"))) {
                throw new IllegalStateException("no analysis_config.json");
            }
            double ci = Double.parseDouble(env.environment().get("CI_VALUE"));
            ObjectNode analysis = JSON.createObjectNode();
            analysis.putObject("pre_training_bias_metrics").putArray("facets").addObject().putArray("metrics")
                    .addObject().put("name", "CI").put("value", ci);
            Path out = env.path("/opt/ml/processing/output");
            Files.createDirectories(out);
            Files.writeString(out.resolve("analysis.json"), JSON.writeValueAsString(analysis));
            String baseline = env.environment().get("baseline_constraints");
            if (baseline != null) {
                JsonNode before = JSON.readTree(env.path(baseline).toFile());
                double was = before.path("pre_training_bias_metrics").path("facets").path(0).path("metrics")
                        .path(0).path("value").asDouble();
                ObjectNode report = JSON.createObjectNode();
                if (Math.abs(was - ci) > 0.1) {
                    report.putArray("violations").addObject().put("metric_name", "CI")
                            .put("constraint_check_type", "bias_drift_check")
                            .put("description", "CI moved from " + was + " to " + ci);
                } else {
                    report.putArray("violations");
                }
                Files.writeString(out.resolve("constraint_violations.json"), JSON.writeValueAsString(report));
            }
        };
    }
}
