/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A step of a pipeline, as in the Python SDK's {@code sagemaker.workflow.steps.Step}: a name, a type, the
 * arguments of the job it starts, and the {@link StepOptions} (depends-on, caching, retries ...). Subclass it for a
 * step type this library does not offer: {@link #arguments()} returns the JSON of the step's {@code Arguments}
 * (maps, lists, strings, numbers, AWS SDK model objects and {@link PipelineVariable}s).
 */
public abstract class Step {

    private final String name;
    private final String type;
    private StepOptions options;

    /**
     * A step.
     *
     * @param name    the step's name, unique in its pipeline
     * @param type    the definition's step type: {@code Training}, {@code Processing}, {@code Condition} ...
     * @param options the options
     */
    protected Step(String name, String type, StepOptions options) {
        if (name == null || name.isBlank()) {
            throw new dev.sagemaker4j.exceptions.ValidationException("Name", name, "is empty",
                    "give the step a name");
        }
        this.name = name;
        this.type = type;
        this.options = options == null ? StepOptions.builder().build() : options;
    }

    static StepOptions options(Consumer<StepOptions.Builder> options) {
        StepOptions.Builder b = StepOptions.builder();
        options.accept(b);
        return b.build();
    }

    /**
     * The step's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The step's type in the definition.
     *
     * @return e.g. {@code Training}
     */
    public String stepType() {
        return type;
    }

    /**
     * The step's options.
     *
     * @return the options
     */
    public StepOptions options() {
        return options;
    }

    /**
     * The names of the steps this one waits for (Python {@code depends_on}).
     *
     * @return the names
     */
    public List<String> dependsOn() {
        List<String> names = new ArrayList<>();
        for (Object o : options.dependsOn()) {
            names.add(o instanceof Step s ? s.name() : (String) o);
        }
        return names;
    }

    /**
     * Adds steps this one waits for, as Python's {@code add_depends_on}.
     *
     * @param stepNames the names
     */
    public void addDependsOn(String... stepNames) {
        options = options.toBuilder().dependsOn(stepNames).build();
    }

    /**
     * The step's {@code Arguments} in the definition.
     *
     * @return a JSON-convertible value: usually a map or an AWS SDK request
     */
    public abstract Object arguments();

    /**
     * The step's properties: its Describe response, read when the pipeline runs.
     *
     * @return {@code Steps.<name>}
     */
    public Properties properties() {
        return new Properties(name);
    }

    /**
     * The step as written in the definition's {@code Steps}, as JSON text.
     *
     * @return the JSON
     */
    public String toRequestJson() {
        return Json.write(toRequestNode());
    }

    ObjectNode toRequestNode() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("Name", name);
        node.put("Type", type);
        JsonNode arguments = Json.toNode(arguments());
        for (Map.Entry<String, Object> e : options.arguments().entrySet()) {
            if (!(arguments instanceof ObjectNode)) {
                arguments = Json.MAPPER.createObjectNode();
            }
            ObjectNode parent = (ObjectNode) arguments;
            String[] parts = e.getKey().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode child = parent.get(parts[i]);
                parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
            }
            parent.set(parts[parts.length - 1], Json.toNode(e.getValue()));
        }
        node.set("Arguments", arguments);
        if (!options.dependsOn().isEmpty()) {
            node.set("DependsOn", Json.toNode(dependsOn()));
        }
        if (options.displayName() != null) {
            node.put("DisplayName", options.displayName());
        }
        if (options.description() != null) {
            node.put("Description", options.description());
        }
        if (!options.retryPolicies().isEmpty()) {
            List<Object> policies = new ArrayList<>();
            for (RetryPolicy p : options.retryPolicies()) {
                policies.add(p.toRequest());
            }
            node.set("RetryPolicies", Json.toNode(policies));
        }
        if (options.cacheConfig() != null) {
            node.set("CacheConfig", Json.toNode(options.cacheConfig().config()));
        }
        if (!options.propertyFiles().isEmpty()) {
            List<Object> files = new ArrayList<>();
            for (PropertyFile f : options.propertyFiles()) {
                files.add(f.toRequest());
            }
            node.set("PropertyFiles", Json.toNode(files));
        }
        extend(node);
        return node;
    }

    /**
     * Adds a step type's own top-level members (a Lambda step's {@code FunctionArn}).
     *
     * @param node the step's JSON
     */
    void extend(ObjectNode node) {
    }

    @Override
    public String toString() {
        return type + "Step(" + name + ")";
    }
}
