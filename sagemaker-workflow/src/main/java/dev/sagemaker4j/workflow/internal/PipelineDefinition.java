/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pipeline definition (schema {@code 2020-12-01}, as the Python SDK's {@code pipeline.definition()} writes it)
 * read and checked: its parameters, and its steps flattened (the steps of a condition's {@code IfSteps} and
 * {@code ElseSteps} with the condition and the branch they belong to), each with the steps it depends on
 * ({@code DependsOn} and every {@code Get: Steps.X...} reference in it). Bad input is refused with a
 * {@link ValidationException} naming the step and the field: a cycle, a reference to a step, parameter, property
 * file or property that does not exist, an unknown step or parameter type, a comparison of a string with a number.
 */
final class PipelineDefinition {
    /** The step types the local engine runs. */
    static final Set<String> LOCAL_TYPES = Set.of("Processing", "Training", "Tuning", "Transform", "Model",
            "RegisterModel", "Condition", "Fail", "Lambda", "QualityCheck", "ClarifyCheck");
    /** Step types of the service that the local engine does not run. */
    private static final Set<String> SERVICE_ONLY_TYPES = Set.of("EMR", "AutoML",
            "Callback", "NotebookJob", "EMRServerless");
    private static final Set<String> PARAMETER_TYPES = Set.of("String", "Integer", "Float", "Boolean");
    static final Set<String> EXECUTION_VARIABLES = Set.of("PipelineExecutionId", "PipelineExecutionArn",
            "PipelineName", "PipelineArn", "StartDateTime", "CurrentDateTime", "PipelineExecutionDisplayName");

    /** One parameter. */
    static final class Parameter {
        final String name;
        final String type;
        final JsonNode defaultValue;
        final List<String> enumValues;

        Parameter(String name, String type, JsonNode defaultValue, List<String> enumValues) {
            this.name = name;
            this.type = type;
            this.defaultValue = defaultValue;
            this.enumValues = enumValues;
        }
    }

    /** One step, flattened out of the condition branches. */
    static final class Step {
        final String name;
        final String type;
        final ObjectNode node;
        /** The steps it waits for: DependsOn, references, and the condition of its branch. */
        final Set<String> dependsOn = new LinkedHashSet<>();
        /** The condition step whose branch holds it, or null for a top-level step. */
        String condition;
        /** Whether it is in the condition's IfSteps (else ElseSteps). */
        boolean ifBranch;
        /** Property file name to {OutputName, FilePath}. */
        final Map<String, ObjectNode> propertyFiles = new LinkedHashMap<>();

        Step(String name, String type, ObjectNode node) {
            this.name = name;
            this.type = type;
            this.node = node;
        }

        JsonNode arguments() {
            return node.path("Arguments");
        }
    }

    final String json;
    final ObjectNode root;
    final Map<String, Parameter> parameters = new LinkedHashMap<>();
    final Map<String, Step> steps = new LinkedHashMap<>();

    private PipelineDefinition(String json, ObjectNode root) {
        this.json = json;
        this.root = root;
    }

    /**
     * Reads and checks a definition.
     *
     * @param json the definition
     * @return the definition
     * @throws ValidationException naming the step and the field of what is wrong
     */
    static PipelineDefinition parse(String json) {
        if (json == null || json.isBlank()) {
            throw new ValidationException("PipelineDefinition", json, "is missing",
                    "give the definition JSON (pipeline.definition()) or its S3 location");
        }
        JsonNode node;
        try {
            node = SdkJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ValidationException("PipelineDefinition", abbreviate(json), "is not JSON: "
                    + e.getOriginalMessage(), "send the JSON that pipeline.definition() writes", e);
        }
        if (!(node instanceof ObjectNode)) {
            throw new ValidationException("PipelineDefinition", abbreviate(json), "is not a JSON object",
                    "send the JSON that pipeline.definition() writes");
        }
        PipelineDefinition d = new PipelineDefinition(json, (ObjectNode) node);
        d.readParameters();
        JsonNode steps = node.path("Steps");
        if (!steps.isArray() || steps.isEmpty()) {
            throw new ValidationException("PipelineDefinition.Steps", steps.isMissingNode() ? null
                    : abbreviate(steps.toString()), "must be a non-empty list of steps",
                    "give the pipeline at least one step");
        }
        d.readSteps(steps, null, false, "Steps");
        d.checkReferences();
        d.checkCycles();
        return d;
    }

    private void readParameters() {
        JsonNode list = root.path("Parameters");
        if (list.isMissingNode() || list.isNull()) {
            return;
        }
        for (JsonNode p : list) {
            String name = p.path("Name").asText(null);
            String type = p.path("Type").asText(null);
            String field = "PipelineDefinition.Parameters[" + name + "]";
            if (name == null || name.isEmpty()) {
                throw new ValidationException("PipelineDefinition.Parameters.Name", abbreviate(p.toString()),
                        "is missing", "give every parameter a Name");
            }
            if (!PARAMETER_TYPES.contains(type)) {
                throw new ValidationException(field + ".Type", type, "is not a parameter type",
                        "use one of " + new java.util.TreeSet<>(PARAMETER_TYPES));
            }
            if (parameters.containsKey(name)) {
                throw new ValidationException(field + ".Name", name, "is defined twice", "give each parameter "
                        + "its own name");
            }
            List<String> enums = null;
            if (p.has("EnumValues")) {
                enums = new ArrayList<>();
                for (JsonNode v : p.get("EnumValues")) {
                    enums.add(v.asText());
                }
            }
            JsonNode def = p.get("DefaultValue");
            Parameter parameter = new Parameter(name, type, def == null || def.isNull() ? null : def, enums);
            if (parameter.defaultValue != null) {
                typed(parameter, parameter.defaultValue.asText(), field + ".DefaultValue");
            }
            parameters.put(name, parameter);
        }
    }

    /**
     * A parameter's value as the engine uses it: a number for Integer and Float, a boolean for Boolean.
     *
     * @param p     the parameter
     * @param value its value as text (as StartPipelineExecution carries it)
     * @param field the field to name when the value is ill-typed
     * @return the value
     */
    static JsonNode typed(Parameter p, String value, String field) {
        switch (p.type) {
            case "Integer":
                try {
                    return SdkJson.MAPPER.getNodeFactory().numberNode(Long.parseLong(value.trim()));
                } catch (NumberFormatException e) {
                    throw new ValidationException(field, value, "is not an Integer, the type of parameter "
                            + p.name, "give a whole number");
                }
            case "Float":
                try {
                    return SdkJson.MAPPER.getNodeFactory().numberNode(Double.parseDouble(value.trim()));
                } catch (NumberFormatException e) {
                    throw new ValidationException(field, value, "is not a Float, the type of parameter " + p.name,
                            "give a number");
                }
            case "Boolean":
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new ValidationException(field, value, "is not a Boolean, the type of parameter "
                            + p.name, "give true or false");
                }
                return SdkJson.MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
            default:
                if (p.enumValues != null && !p.enumValues.contains(value)) {
                    throw new ValidationException(field, value, "is not one of the EnumValues of parameter "
                            + p.name + " " + p.enumValues, "give one of " + p.enumValues);
                }
                return SdkJson.MAPPER.getNodeFactory().textNode(value);
        }
    }

    private void readSteps(JsonNode list, String condition, boolean ifBranch, String where) {
        for (JsonNode s : list) {
            String name = s.path("Name").asText(null);
            if (name == null || name.isEmpty() || !(s instanceof ObjectNode)) {
                throw new ValidationException(where + ".Name", abbreviate(s.toString()), "is missing",
                        "give every step a Name");
            }
            String type = s.path("Type").asText(null);
            String field = "Steps[" + name + "].Type";
            if (type == null || SERVICE_ONLY_TYPES.contains(type)) {
                throw new ValidationException(field, type, type == null ? "is missing"
                        : "is a step type the local engine does not run", "use one of "
                        + new java.util.TreeSet<>(LOCAL_TYPES) + " locally, or run the pipeline on SageMaker");
            }
            if (!LOCAL_TYPES.contains(type)) {
                throw new ValidationException(field, type, "is not a step type", "use one of "
                        + new java.util.TreeSet<>(LOCAL_TYPES));
            }
            if (steps.containsKey(name)) {
                throw new ValidationException("Steps[" + name + "].Name", name, "names two steps",
                        "give each step its own name");
            }
            Step step = new Step(name, type, (ObjectNode) s);
            step.condition = condition;
            step.ifBranch = ifBranch;
            if (condition != null) {
                step.dependsOn.add(condition);
            }
            for (JsonNode d : s.path("DependsOn")) {
                step.dependsOn.add(d.asText());
            }
            for (JsonNode pf : s.path("PropertyFiles")) {
                step.propertyFiles.put(pf.path("PropertyFileName").asText(), (ObjectNode) pf);
            }
            steps.put(name, step);
            if (type.equals("Condition")) {
                JsonNode args = s.path("Arguments");
                readSteps(args.path("IfSteps"), name, true, "Steps[" + name + "].Arguments.IfSteps");
                readSteps(args.path("ElseSteps"), name, false, "Steps[" + name + "].Arguments.ElseSteps");
            }
        }
    }

    /** The step's own JSON without the nested branch steps (which are steps of their own). */
    static JsonNode ownArguments(Step step) {
        if (!step.type.equals("Condition")) {
            return step.arguments();
        }
        ObjectNode copy = step.arguments().deepCopy();
        copy.remove("IfSteps");
        copy.remove("ElseSteps");
        return copy;
    }

    private void checkReferences() {
        for (Step step : steps.values()) {
            for (String d : step.dependsOn) {
                if (!steps.containsKey(d)) {
                    throw new ValidationException("Steps[" + step.name + "].DependsOn", d,
                            "names a step that does not exist", "name one of " + steps.keySet());
                }
                if (d.equals(step.name)) {
                    throw new ValidationException("Steps[" + step.name + "].DependsOn", d,
                            "names the step itself", "remove it");
                }
            }
            String field = "Steps[" + step.name + "].Arguments";
            walk(step, ownArguments(step), field);
            if (step.type.equals("QualityCheck") || step.type.equals("ClarifyCheck")) {
                for (String check : List.of("ModelPackageGroupName", "SkipCheck", "FailOnViolation",
                        "RegisterNewBaseline", "SuppliedBaselineStatistics", "SuppliedBaselineConstraints")) {
                    walk(step, step.node.path(check), "Steps[" + step.name + "]." + check);
                }
            }
            if (step.type.equals("Condition")) {
                int i = 0;
                for (JsonNode c : step.arguments().path("Conditions")) {
                    checkCondition(step, c, field + ".Conditions[" + i++ + "]");
                }
            }
            if (step.type.equals("Lambda") && !step.node.path("FunctionArn").isTextual()) {
                throw new ValidationException("Steps[" + step.name + "].FunctionArn", null, "is missing",
                        "give the function, e.g. java:com.example.MyFunction");
            }
            if (step.type.equals("Lambda") && !step.node.path("FunctionArn").asText().startsWith("java:")) {
                throw new ValidationException("Steps[" + step.name + "].FunctionArn", step.node.path("FunctionArn")
                        .asText(), "names a Lambda function, which the local engine does not call",
                        "give a Java function (java:<class name>, a PipelineFunction) or run the pipeline on"
                                + " SageMaker");
            }
        }
    }

    /** Finds every reference in a value, checks it and records the step it depends on. */
    private void walk(Step step, JsonNode node, String field) {
        if (node.isObject()) {
            if (node.size() == 1 && node.has("Get") && node.get("Get").isTextual()) {
                checkGet(step, node.get("Get").asText(), field, false);
                return;
            }
            if (node.size() == 1 && node.has("Std:JsonGet")) {
                JsonNode jg = node.get("Std:JsonGet");
                JsonNode pf = jg.path("PropertyFile");
                if (pf.isObject() && pf.path("Get").isTextual()) {
                    checkGet(step, pf.path("Get").asText(), field + ".Std:JsonGet.PropertyFile", true);
                } else if (pf.isTextual()) {
                    throw new ValidationException(field + ".Std:JsonGet.PropertyFile", pf.asText(),
                            "is not a reference", "use {\"Get\": \"Steps.<step>.PropertyFiles.<name>\"}");
                } else {
                    walk(step, jg.path("S3Uri"), field + ".Std:JsonGet.S3Uri");
                }
                if (!jg.path("Path").isTextual()) {
                    throw new ValidationException(field + ".Std:JsonGet.Path", null, "is missing",
                            "give the JSON path, e.g. regression_metrics.mse.value");
                }
                return;
            }
            node.properties().forEach(e -> walk(step, e.getValue(), field + "." + e.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(step, node.get(i), field + "[" + i + "]");
            }
        }
    }

    private void checkGet(Step step, String get, String field, boolean propertyFile) {
        if (get.startsWith("Parameters.")) {
            String name = get.substring("Parameters.".length());
            if (!parameters.containsKey(name)) {
                throw new ValidationException(field, get, "refers to a parameter that does not exist",
                        "define parameter " + name + " or use one of " + parameters.keySet());
            }
            return;
        }
        if (get.startsWith("Execution.")) {
            String name = get.substring("Execution.".length());
            if (!EXECUTION_VARIABLES.contains(name)) {
                throw new ValidationException(field, get, "is not an execution variable",
                        "use one of " + new java.util.TreeSet<>(EXECUTION_VARIABLES));
            }
            return;
        }
        if (!get.startsWith("Steps.")) {
            throw new ValidationException(field, get, "is not a reference the engine knows",
                    "use Parameters.<name>, Execution.<variable> or Steps.<step>.<property>");
        }
        String rest = get.substring("Steps.".length());
        int dot = indexOfPathStart(rest);
        String target = dot < 0 ? rest : rest.substring(0, dot);
        Step referenced = steps.get(target);
        if (referenced == null) {
            throw new ValidationException(field, get, "refers to a step that does not exist (" + target + ")",
                    "name one of " + steps.keySet());
        }
        if (target.equals(step.name)) {
            throw new ValidationException(field, get, "refers to the step itself", "refer to another step");
        }
        String path = dot < 0 ? "" : rest.substring(dot + 1);
        if (propertyFile) {
            String prefix = "PropertyFiles.";
            String file = path.startsWith(prefix) ? path.substring(prefix.length()) : null;
            if (file == null || !referenced.propertyFiles.containsKey(file)) {
                throw new ValidationException(field, get, "refers to a property file that step " + target
                        + " does not declare", "declare it in the step's PropertyFiles, or use one of "
                        + referenced.propertyFiles.keySet());
            }
        } else {
            String problem = PropertyPaths.check(referenced, path);
            if (problem != null) {
                throw new ValidationException(field, get, "refers to a property that step " + target + " ("
                        + referenced.type + ") does not have: " + problem,
                        "use a member of the step's Describe response, e.g. " + PropertyPaths.example(referenced));
            }
        }
        step.dependsOn.add(target);
    }

    private static int indexOfPathStart(String rest) {
        return rest.indexOf('.');
    }

    /** The static kind of a condition operand: "number", "string", "boolean" or null when known only at run time. */
    private String kind(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isTextual()) {
            return "string";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        if (v.isObject() && v.has("Std:Join")) {
            return "string";
        }
        if (v.isObject() && v.path("Get").isTextual()) {
            String get = v.get("Get").asText();
            if (get.startsWith("Execution.")) {
                return "string";
            }
            if (get.startsWith("Parameters.")) {
                Parameter p = parameters.get(get.substring("Parameters.".length()));
                if (p == null) {
                    return null;
                }
                return p.type.equals("String") ? "string" : p.type.equals("Boolean") ? "boolean" : "number";
            }
        }
        return null;
    }

    private void checkCondition(Step step, JsonNode c, String field) {
        String type = c.path("Type").asText(null);
        Set<String> comparisons = Set.of("Equals", "GreaterThan", "GreaterThanOrEqualTo", "LessThan",
                "LessThanOrEqualTo");
        if (comparisons.contains(type)) {
            String left = kind(c.get("LeftValue"));
            String right = kind(c.get("RightValue"));
            if (left != null && right != null && !left.equals(right)) {
                throw new ValidationException(field, type + "(" + abbreviate(String.valueOf(c.get("LeftValue")))
                        + ", " + abbreviate(String.valueOf(c.get("RightValue"))) + ")", "compares a " + left
                        + " with a " + right + " in step " + step.name, "compare values of the same type");
            }
        } else if ("In".equals(type)) {
            String q = kind(c.get("QueryValue"));
            for (JsonNode v : c.path("Values")) {
                String k = kind(v);
                if (q != null && k != null && !q.equals(k)) {
                    throw new ValidationException(field + ".Values", abbreviate(v.toString()), "is a " + k
                            + " but the QueryValue is a " + q + " in step " + step.name, "give values of one type");
                }
            }
        } else if ("Not".equals(type)) {
            checkCondition(step, c.path("Condition"), field + ".Condition");
        } else if ("Or".equals(type)) {
            int i = 0;
            for (JsonNode inner : c.path("Conditions")) {
                checkCondition(step, inner, field + ".Conditions[" + i++ + "]");
            }
        } else {
            throw new ValidationException(field + ".Type", type, "is not a condition type in step " + step.name,
                    "use Equals, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, In, Not or Or");
        }
    }

    private void checkCycles() {
        Map<String, Integer> state = new HashMap<>();
        for (String name : steps.keySet()) {
            List<String> path = new ArrayList<>();
            visit(name, state, path);
        }
    }

    private void visit(String name, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(name);
        if (s != null && s == 2) {
            return;
        }
        path.add(name);
        if (s != null && s == 1) {
            List<String> cycle = path.subList(path.indexOf(name), path.size());
            throw new ValidationException("Steps[" + name + "].DependsOn", String.join(" -> ", cycle),
                    "forms a cycle: step " + name + " depends, through these steps, on itself",
                    "remove one of the dependencies");
        }
        state.put(name, 1);
        for (String d : steps.get(name).dependsOn) {
            visit(d, state, path);
        }
        path.remove(path.size() - 1);
        state.put(name, 2);
    }

    static String abbreviate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
