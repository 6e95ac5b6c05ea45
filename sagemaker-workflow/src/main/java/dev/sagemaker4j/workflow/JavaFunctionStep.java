/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A step that calls a function, the analog of the Python SDK's {@code sagemaker.workflow.lambda_step.LambdaStep}.
 * In the definition it is a Lambda step:
 *
 * <pre>{@code
 * {"Name": "Score", "Type": "Lambda",
 *  "Arguments": {"threshold": {"Get": "Parameters.Threshold"}},          // the inputs
 *  "FunctionArn": "java:com.example.ScoreFunction",                      // or a Lambda function's ARN
 *  "OutputParameters": [{"OutputName": "score", "OutputType": "Float"}],
 *  "CacheConfig": {"Enabled": true}}                                     // when given
 * }</pre>
 *
 * <p>A {@code FunctionArn} of the form {@code java:<binary class name>} names a {@link PipelineFunction} (any
 * {@code Function<Map<String, Object>, Map<String, Object>>} with a public no-argument constructor, loaded by the
 * thread's context class loader); the local pipeline engine calls it with the {@code Arguments} (variables
 * resolved) and keeps the returned values named in {@code OutputParameters}, read by {@link #output(String)} as
 * {@code {"Get": "Steps.<name>.OutputParameters['<output>']"}}. An exception fails the step with its message as
 * the failure reason. For SageMaker, give the ARN of a Lambda function that does the same
 * ({@link #lambda(String, String, java.util.function.Consumer)}): the definition is then Python's
 * LambdaStep exactly.
 */
public final class JavaFunctionStep extends Step {

    /** The prefix of a {@code FunctionArn} that names a {@link PipelineFunction} class. */
    public static final String JAVA_FUNCTION_PREFIX = "java:";

    private final String functionArn;
    private final Map<String, Object> inputs;
    private final List<Output> outputs;

    /**
     * An output of the function, as Python's {@code LambdaOutput}.
     *
     * @param outputName the output's name (Python {@code output_name})
     * @param outputType {@code String}, {@code Integer}, {@code Float} or {@code Boolean} (Python
     *                   {@code output_type})
     */
    public record Output(String outputName, String outputType) {

        /**
         * The output.
         *
         * @param outputName the output's name
         * @param outputType its type
         */
        public Output {
            if (!List.of("String", "Integer", "Float", "Boolean").contains(outputType)) {
                throw new dev.sagemaker4j.exceptions.ValidationException("OutputParameters.OutputType", outputType,
                        "is not a Lambda output type", "give String, Integer, Float or Boolean");
            }
        }
    }

    private JavaFunctionStep(String name, String functionArn, Map<String, ?> inputs, List<Output> outputs,
            StepOptions options) {
        super(name, "Lambda", options);
        this.functionArn = Objects.requireNonNull(functionArn, "functionArn");
        this.inputs = new LinkedHashMap<>(inputs);
        this.outputs = List.copyOf(outputs);
    }

    /**
     * A step that calls a Java function in-process (the local pipeline engine).
     *
     * @param name     the step's name
     * @param function the function's class
     * @param inputs   the inputs: literals or variables (Python {@code inputs})
     * @param outputs  the outputs (Python {@code outputs})
     * @return the step
     */
    public static JavaFunctionStep of(String name, Class<? extends PipelineFunction> function,
            Map<String, ?> inputs, List<Output> outputs) {
        return of(name, function, inputs, outputs, StepOptions.builder().build());
    }

    /**
     * A step that calls a Java function, with options.
     *
     * @param name     the step's name
     * @param function the function's class
     * @param inputs   the inputs (Python {@code inputs})
     * @param outputs  the outputs (Python {@code outputs})
     * @param options  displayName, description, dependsOn, cacheConfig
     * @return the step
     */
    public static JavaFunctionStep of(String name, Class<? extends PipelineFunction> function,
            Map<String, ?> inputs, List<Output> outputs, StepOptions options) {
        return new JavaFunctionStep(name, JAVA_FUNCTION_PREFIX + function.getName(), inputs, outputs, options);
    }

    /**
     * A step that calls a Lambda function without inputs or outputs: Python's {@code LambdaStep(name, lambda_func)}
     * with a function ARN.
     *
     * @param name        the step's name (Python {@code name})
     * @param functionArn the Lambda function's ARN (Python {@code lambda_func.function_arn})
     * @return the step
     * @throws dev.sagemaker4j.exceptions.ValidationException when {@code functionArn} is not an ARN
     */
    public static JavaFunctionStep lambda(String name, String functionArn) {
        return lambda(name, functionArn, LambdaOptions.builder().build());
    }

    /**
     * A step that calls a Lambda function, with Python's keywords by name:
     * {@code LambdaStep(name, lambda_func, inputs=..., outputs=..., ...)}.
     *
     * <pre>{@code
     * JavaFunctionStep score = JavaFunctionStep.lambda("Score", "arn:aws:lambda:us-west-2:111122223333:function:score",
     *         l -> l.inputs(Map.of("threshold", threshold)).outputs(new JavaFunctionStep.Output("score", "Float")));
     * }</pre>
     *
     * @param name        the step's name (Python {@code name})
     * @param functionArn the Lambda function's ARN (Python {@code lambda_func.function_arn})
     * @param options     inputs, outputs, displayName, description, dependsOn, cacheConfig
     * @return the step
     * @throws dev.sagemaker4j.exceptions.ValidationException when {@code functionArn} is not an ARN
     */
    public static JavaFunctionStep lambda(String name, String functionArn,
            java.util.function.Consumer<LambdaOptions.Builder> options) {
        LambdaOptions.Builder b = LambdaOptions.builder();
        options.accept(b);
        return lambda(name, functionArn, b.build());
    }

    /**
     * A step that calls a Lambda function, with kept options.
     *
     * @param name        the step's name (Python {@code name})
     * @param functionArn the Lambda function's ARN (Python {@code lambda_func.function_arn})
     * @param options     inputs, outputs, displayName, description, dependsOn, cacheConfig
     * @return the step
     * @throws dev.sagemaker4j.exceptions.ValidationException when {@code functionArn} is not an ARN
     */
    public static JavaFunctionStep lambda(String name, String functionArn, LambdaOptions options) {
        if (functionArn == null || !functionArn.startsWith("arn:")) {
            throw new dev.sagemaker4j.exceptions.ValidationException("FunctionArn", functionArn,
                    "is not a Lambda function's ARN", "give arn:aws:lambda:<region>:<account>:function:<name>, "
                            + "or use JavaFunctionStep.of with a PipelineFunction class");
        }
        Objects.requireNonNull(options, "options");
        StepOptions.Builder step = StepOptions.builder().displayName(options.displayName)
                .description(options.description).cacheConfig(options.cacheConfig);
        for (Object d : options.dependsOn) {
            if (d instanceof Step s) {
                step.dependsOn(s);
            } else {
                step.dependsOn((String) d);
            }
        }
        return new JavaFunctionStep(name, functionArn, options.inputs, options.outputs, step.build());
    }

    /**
     * The function's ARN in the definition.
     *
     * @return {@code java:<class>} or a Lambda ARN
     */
    public String functionArn() {
        return functionArn;
    }

    /**
     * An output, read when the pipeline runs.
     *
     * @param outputName the output's name
     * @return {@code Steps.<name>.OutputParameters['<output>']}
     */
    public Properties output(String outputName) {
        return properties().get("OutputParameters").at(outputName);
    }

    @Override
    public Object arguments() {
        return inputs;
    }

    @Override
    void extend(ObjectNode node) {
        node.put("FunctionArn", functionArn);
        List<Object> params = new ArrayList<>();
        for (Output o : outputs) {
            params.add(Json.map("OutputName", o.outputName(), "OutputType", o.outputType()));
        }
        node.set("OutputParameters", Json.toNode(params));
    }

    /**
     * The optional arguments of {@link JavaFunctionStep#lambda(String, String, LambdaOptions)}: Python
     * {@code LambdaStep}'s keywords.
     * Immutable; {@link #builder()} has Python's defaults (none).
     */
    public static final class LambdaOptions {
        private final Map<String, Object> inputs;
        private final List<Output> outputs;
        private final String displayName;
        private final String description;
        private final List<Object> dependsOn;
        private final CacheConfig cacheConfig;

        private LambdaOptions(Builder b) {
            this.inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.inputs));
            this.outputs = List.copyOf(b.outputs);
            this.displayName = b.displayName;
            this.description = b.description;
            this.dependsOn = List.copyOf(b.dependsOn);
            this.cacheConfig = b.cacheConfig;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.inputs.putAll(inputs);
            b.outputs.addAll(outputs);
            b.displayName = displayName;
            b.description = description;
            b.dependsOn.addAll(dependsOn);
            b.cacheConfig = cacheConfig;
            return b;
        }

        /**
         * Python {@code inputs}.
         *
         * @return the inputs by name (literals or variables)
         */
        public Map<String, Object> inputs() {
            return inputs;
        }

        /**
         * Python {@code outputs}.
         *
         * @return the outputs
         */
        public List<Output> outputs() {
            return outputs;
        }

        /**
         * Python {@code display_name}.
         *
         * @return the display name, or null
         */
        public String displayName() {
            return displayName;
        }

        /**
         * Python {@code description}.
         *
         * @return the description, or null
         */
        public String description() {
            return description;
        }

        /**
         * Python {@code depends_on}.
         *
         * @return step names and steps
         */
        public List<Object> dependsOn() {
            return dependsOn;
        }

        /**
         * Python {@code cache_config}.
         *
         * @return the cache configuration, or null
         */
        public CacheConfig cacheConfig() {
            return cacheConfig;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LambdaOptions l && l.inputs.equals(inputs) && l.outputs.equals(outputs)
                    && Objects.equals(l.displayName, displayName) && Objects.equals(l.description, description)
                    && l.dependsOn.equals(dependsOn) && Objects.equals(l.cacheConfig, cacheConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inputs, outputs, displayName, description, dependsOn, cacheConfig);
        }

        @Override
        public String toString() {
            return "LambdaOptions(inputs=" + inputs.keySet() + ", outputs=" + outputs + ", displayName=" + displayName
                    + ", description=" + description + ", dependsOn=" + dependsOn.size() + " steps, cacheConfig="
                    + cacheConfig + ")";
        }

        /** Builds {@link LambdaOptions}; each method is the Python keyword in camelCase. */
        public static final class Builder {
            private final Map<String, Object> inputs = new LinkedHashMap<>();
            private final List<Output> outputs = new ArrayList<>();
            private String displayName;
            private String description;
            private final List<Object> dependsOn = new ArrayList<>();
            private CacheConfig cacheConfig;

            private Builder() {
            }

            /**
             * Python {@code inputs}, default none: the function's arguments by name.
             *
             * @param inputs literals or variables by name
             * @return this
             */
            public Builder inputs(Map<String, ?> inputs) {
                this.inputs.clear();
                this.inputs.putAll(inputs);
                return this;
            }

            /**
             * Python {@code outputs}, default none.
             *
             * @param outputs the outputs the function returns
             * @return this
             */
            public Builder outputs(List<Output> outputs) {
                this.outputs.clear();
                this.outputs.addAll(outputs);
                return this;
            }

            /**
             * Python {@code outputs}, default none.
             *
             * @param outputs the outputs the function returns
             * @return this
             */
            public Builder outputs(Output... outputs) {
                return outputs(List.of(outputs));
            }

            /**
             * Python {@code display_name}, default none.
             *
             * @param displayName the display name
             * @return this
             */
            public Builder displayName(String displayName) {
                this.displayName = displayName;
                return this;
            }

            /**
             * Python {@code description}, default none.
             *
             * @param description the description
             * @return this
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * Python {@code depends_on} by name, default none.
             *
             * @param stepNames the names of the steps this one waits for
             * @return this
             */
            public Builder dependsOn(String... stepNames) {
                dependsOn.addAll(List.of(stepNames));
                return this;
            }

            /**
             * Python {@code depends_on} by step, default none.
             *
             * @param steps the steps this one waits for
             * @return this
             */
            public Builder dependsOn(Step... steps) {
                dependsOn.addAll(List.of(steps));
                return this;
            }

            /**
             * Python {@code cache_config}, default none.
             *
             * @param cacheConfig the cache configuration
             * @return this
             */
            public Builder cacheConfig(CacheConfig cacheConfig) {
                this.cacheConfig = cacheConfig;
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public LambdaOptions build() {
                return new LambdaOptions(this);
            }
        }
    }
}
