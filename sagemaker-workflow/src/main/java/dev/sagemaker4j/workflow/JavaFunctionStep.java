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
 * ({@link #lambda(String, String, Map, List)}): the definition is then Python's
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
     * A step that calls a Lambda function: Python's {@code LambdaStep} with a function ARN.
     *
     * @param name        the step's name
     * @param functionArn the Lambda function's ARN
     * @param inputs      the inputs (Python {@code inputs})
     * @param outputs     the outputs (Python {@code outputs})
     * @return the step
     * @throws dev.sagemaker4j.exceptions.ValidationException when {@code functionArn} is not an ARN
     */
    public static JavaFunctionStep lambda(String name, String functionArn, Map<String, ?> inputs,
            List<Output> outputs) {
        if (functionArn == null || !functionArn.startsWith("arn:")) {
            throw new dev.sagemaker4j.exceptions.ValidationException("FunctionArn", functionArn,
                    "is not a Lambda function's ARN", "give arn:aws:lambda:<region>:<account>:function:<name>, "
                            + "or use JavaFunctionStep.of with a PipelineFunction class");
        }
        return new JavaFunctionStep(name, functionArn, inputs, outputs, StepOptions.builder().build());
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
}
