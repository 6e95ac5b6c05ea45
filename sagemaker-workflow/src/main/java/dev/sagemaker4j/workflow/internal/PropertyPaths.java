/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;

/**
 * Step property paths ({@code ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri},
 * {@code FinalMetricDataList['validation:rmse'].Value}, {@code TrainingJobSummaries[0].TrainingJobName}): checked
 * against the shape of the step's Describe response (the AWS SDK's model), and read from a finished step's
 * properties. A {@code ['key']} on a list picks the element whose {@code ...Name} member is the key, as SageMaker
 * does for outputs and metrics.
 */
final class PropertyPaths {
    private static final Pattern TOKEN = Pattern.compile("\\.?([A-Za-z0-9_]+)|\\[(\\d+)]|\\['([^']*)']|\\[\"([^\"]*)\"]");
    private static final Map<String, Supplier<?>> SHAPES = Map.of(
            "Processing", DescribeProcessingJobResponse::builder,
            "Training", DescribeTrainingJobResponse::builder,
            "Tuning", DescribeHyperParameterTuningJobResponse::builder,
            "Transform", DescribeTransformJobResponse::builder,
            "Model", DescribeModelResponse::builder,
            "RegisterModel", DescribeModelPackageResponse::builder);

    private PropertyPaths() {
    }

    /** One token of a path: a member name, a list index or a key. */
    static final class Token {
        final String name;
        final Integer index;
        final String key;

        Token(String name, Integer index, String key) {
            this.name = name;
            this.index = index;
            this.key = key;
        }
    }

    static List<Token> tokens(String path) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(path);
        int at = 0;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            if (m.group(1) != null) {
                out.add(new Token(m.group(1), null, null));
            } else if (m.group(2) != null) {
                out.add(new Token(null, Integer.parseInt(m.group(2)), null));
            } else {
                out.add(new Token(null, null, m.group(3) != null ? m.group(3) : m.group(4)));
            }
            at = m.end();
        }
        return out;
    }

    /** An example property of a step, for error messages. */
    static String example(PipelineDefinition.Step step) {
        switch (step.type) {
            case "Processing":
                return "ProcessingOutputConfig.Outputs['<name>'].S3Output.S3Uri";
            case "Training":
                return "ModelArtifacts.S3ModelArtifacts";
            case "Tuning":
                return "TrainingJobSummaries[0].TrainingJobName";
            case "Transform":
                return "TransformOutput.S3OutputPath";
            case "Model":
                return "ModelName";
            case "RegisterModel":
                return "ModelPackageArn";
            case "Condition":
                return "Outcome";
            case "Lambda":
                return "OutputParameters['<name>']";
            case "QualityCheck":
            case "ClarifyCheck":
                return "CalculatedBaselineConstraints";
            default:
                return "(a Fail step has no properties)";
        }
    }

    /**
     * Checks a path against the step's properties.
     *
     * @param step the step referred to
     * @param path the path after the step's name
     * @return what is wrong, or null
     */
    static String check(PipelineDefinition.Step step, String path) {
        List<Token> tokens = tokens(path);
        if (tokens == null || tokens.isEmpty() || tokens.get(0).name == null) {
            return "'" + path + "' is not a property path";
        }
        switch (step.type) {
            case "Condition":
                return path.equals("Outcome") ? null : "a condition step has only Outcome";
            case "Fail":
                return "a Fail step has no properties";
            case "QualityCheck":
                return Set.of("CalculatedBaselineStatistics", "CalculatedBaselineConstraints",
                        "BaselineUsedForDriftCheckStatistics", "BaselineUsedForDriftCheckConstraints").contains(path)
                        ? null : "a QualityCheck step has CalculatedBaselineStatistics, CalculatedBaselineConstraints,"
                        + " BaselineUsedForDriftCheckStatistics and BaselineUsedForDriftCheckConstraints";
            case "ClarifyCheck":
                return Set.of("CalculatedBaselineConstraints", "BaselineUsedForDriftCheckConstraints").contains(path)
                        ? null : "a ClarifyCheck step has CalculatedBaselineConstraints and"
                        + " BaselineUsedForDriftCheckConstraints";
            case "Lambda": {
                if (!tokens.get(0).name.equals("OutputParameters") || tokens.size() != 2 || tokens.get(1).key == null) {
                    return "a Lambda step has only OutputParameters['<name>']";
                }
                for (JsonNode o : step.node.path("OutputParameters")) {
                    if (o.path("OutputName").asText().equals(tokens.get(1).key)) {
                        return null;
                    }
                }
                return "no output parameter " + tokens.get(1).key + " is declared in its OutputParameters";
            }
            default:
                break;
        }
        if (step.type.equals("Tuning") && tokens.get(0).name.equals("TrainingJobSummaries")) {
            if (tokens.size() == 1) {
                return null;
            }
            if (tokens.get(1).index == null) {
                return "TrainingJobSummaries takes an index, e.g. TrainingJobSummaries[0]";
            }
            return walk(((SdkPojo) HyperParameterTrainingJobSummary.builder()).sdkFields(), tokens.subList(2,
                    tokens.size()), "TrainingJobSummaries[i]");
        }
        SdkPojo shape = (SdkPojo) SHAPES.get(step.type).get();
        return walk(shape.sdkFields(), tokens, "");
    }

    private static String walk(List<SdkField<?>> fields, List<Token> tokens, String at) {
        if (tokens.isEmpty()) {
            return null;
        }
        Token t = tokens.get(0);
        if (t.name == null) {
            return at + " is not a list or map";
        }
        for (SdkField<?> f : fields) {
            if (f.locationName().equals(t.name)) {
                return walkField(f, tokens.subList(1, tokens.size()), at.isEmpty() ? t.name : at + "." + t.name);
            }
        }
        return (at.isEmpty() ? "" : at + " has no member ") + t.name + (at.isEmpty() ? " is not a member" : "");
    }

    private static String walkField(SdkField<?> f, List<Token> tokens, String at) {
        if (tokens.isEmpty()) {
            return null;
        }
        MarshallingType<?> type = f.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return walk(f.constructor().get().sdkFields(), tokens, at);
        }
        Token t = tokens.get(0);
        if (type == MarshallingType.LIST) {
            if (t.name != null) {
                return at + " is a list: index it, e.g. " + at + "[0]";
            }
            return walkField(f.getTrait(ListTrait.class).memberFieldInfo(), tokens.subList(1, tokens.size()),
                    at + "[" + (t.index != null ? t.index : "'" + t.key + "'") + "]");
        }
        if (type == MarshallingType.MAP) {
            if (t.key == null) {
                return at + " is a map: give a key, e.g. " + at + "['name']";
            }
            return walkField(f.getTrait(MapTrait.class).valueFieldInfo(), tokens.subList(1, tokens.size()),
                    at + "['" + t.key + "']");
        }
        return at + " is a value and has no members";
    }

    /**
     * Reads a path from a step's properties.
     *
     * @param properties the step's properties (its Describe response in the service's JSON)
     * @param path       the path
     * @return the value, or a missing node
     */
    static JsonNode read(JsonNode properties, String path) {
        List<Token> tokens = tokens(path);
        JsonNode at = properties;
        if (tokens == null) {
            return MissingNode.getInstance();
        }
        for (Token t : tokens) {
            if (t.name != null) {
                at = at.path(t.name);
            } else if (t.index != null) {
                at = at.path(t.index);
            } else if (at.isArray()) {
                JsonNode found = MissingNode.getInstance();
                for (JsonNode item : at) {
                    for (Map.Entry<String, JsonNode> e : item.properties()) {
                        if (e.getKey().endsWith("Name") && e.getValue().asText().equals(t.key)) {
                            found = item;
                            break;
                        }
                    }
                    if (!found.isMissingNode()) {
                        break;
                    }
                }
                at = found;
            } else {
                at = at.path(t.key);
            }
        }
        return at;
    }
}
