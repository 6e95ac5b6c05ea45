/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.exceptions.ValidationException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;

/**
 * Runs a script in a framework image, as the Python SDK's {@code sagemaker.processing.ScriptProcessor}: the
 * script ({@code code}, a local file uploaded to {@code s3://<default bucket>/<job>/input/code/} or an
 * {@code s3://} URI) becomes the input {@code code} at {@code /opt/ml/processing/input/code/}, and the entrypoint
 * is {@code command} followed by the script's container path. The local backend runs no container images, so a
 * script processor's jobs run on the {@code sagemaker} backend; {@link JavaProcessor} is its in-process analog.
 *
 * <pre>{@code
 * ScriptProcessor sklearn = ScriptProcessor.builder().role(role).imageUri(image).command(List.of("python3"))
 *         .instanceCount(1).instanceType("ml.m5.xlarge").session(session).build();
 * sklearn.run("preprocessing.py", r -> r.inputs(inputs).outputs(outputs).arguments(List.of("--train-test-split", "0.2")));
 * }</pre>
 */
public final class ScriptProcessor extends ProcessorBase {
    /** Where the code input is copied in the container. */
    public static final String CODE_CONTAINER_PATH = "/opt/ml/processing/input/code";
    /** The name of the code input. */
    public static final String CODE_INPUT_NAME = "code";

    private final List<String> command;

    private ScriptProcessor(Builder b) {
        super(b);
        if (b.command == null || b.command.isEmpty()) {
            throw new ValidationException("command", b.command, "is missing",
                    "give the command that runs the script, e.g. List.of(\"python3\")");
        }
        this.command = List.copyOf(b.command);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The command that runs the script.
     *
     * @return e.g. {@code ["python3"]}
     */
    public List<String> command() {
        return command;
    }

    /**
     * Runs the script with Python's defaults (waits, shows the log).
     *
     * @param code a local file or {@code s3://} URI of the script
     * @return the job
     */
    public ProcessingJob run(String code) {
        return run(code, RunOptions.builder().build());
    }

    /**
     * Runs the script, as Python's {@code ScriptProcessor.run(code, inputs=None, outputs=None, arguments=None,
     * wait=True, logs=True, job_name=None, experiment_config=None, kms_key=None)}.
     *
     * @param code    a local file or {@code s3://} URI of the script
     * @param options the other keywords
     * @return the job
     */
    public ProcessingJob run(String code, Consumer<RunOptions.Builder> options) {
        return run(code, RunOptions.of(options));
    }

    /**
     * Runs the script with kept options; see {@link #run(String, Consumer)}.
     *
     * @param code    a local file or {@code s3://} URI of the script
     * @param options the options
     * @return the job
     */
    public ProcessingJob run(String code, RunOptions options) {
        return start(request(code, options), options);
    }

    /**
     * The CreateProcessingJob request {@link #run(String, RunOptions)} would send, without sending it; the code
     * (and local inputs) are uploaded.
     *
     * @param code    a local file or {@code s3://} URI of the script
     * @param options the options
     * @return the request
     */
    public CreateProcessingJobRequest request(String code, RunOptions options) {
        checkRunOptions(options);
        if (code == null || code.isBlank()) {
            throw new ValidationException("code", code, "is missing", "pass a local file or an s3:// URI");
        }
        String jobName = jobName(options);
        String scriptName;
        String codeUri;
        if (code.startsWith("s3://")) {
            codeUri = code;
            scriptName = code.substring(code.lastIndexOf('/') + 1);
        } else if (code.contains("://") && !code.startsWith("file://")) {
            throw new ValidationException("code", code, "has a URL scheme that is not recognized",
                    "pass a file path, a file:// URI or an s3:// URI");
        } else {
            Path path = code.startsWith("file://") ? Paths.get(URI.create(code)) : Paths.get(code);
            if (!Files.exists(path)) {
                throw new ValidationException("code", code, "wasn't found", "make sure that the file exists");
            }
            if (!Files.isRegularFile(path)) {
                throw new ValidationException("code", code, "must be a file, not a directory",
                        "pass a path to a file");
            }
            scriptName = path.getFileName().toString();
            codeUri = upload(path.toString(), jobName, "input", CODE_INPUT_NAME, options.kmsKey());
        }
        ProcessingInput codeInput = ProcessingInput.builder().source(codeUri).destination(CODE_CONTAINER_PATH)
                .inputName(CODE_INPUT_NAME).build();
        List<String> entry = new ArrayList<>(command);
        entry.add(CODE_CONTAINER_PATH + "/" + scriptName);
        return buildRequest(jobName, options, List.of(codeInput), entry, options.arguments());
    }

    /** Builds a {@link ScriptProcessor}: Python's constructor keywords. */
    public static final class Builder extends AbstractBuilder<Builder, ScriptProcessor> {
        private List<String> command;

        private Builder() {
        }

        /**
         * Sets {@code command} (required): the command that runs the script, with its flags.
         *
         * @param command e.g. {@code ["python3", "-v"]}
         * @return this builder
         */
        public Builder command(List<String> command) {
            this.command = command;
            return this;
        }

        @Override
        public ScriptProcessor build() {
            return new ScriptProcessor(this);
        }
    }
}
