/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.container;

import dev.sagemaker4j.estimator.JavaEntryPointAlgorithm;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code train}: runs the job's {@link dev.sagemaker4j.estimator.TrainingScript} against {@code /opt/ml}, as the
 * local backend runs it in-process, and leaves what SageMaker reads: the model in {@code /opt/ml/model}, on failure
 * {@code /opt/ml/output/failure} (the FailureReason, at most 1,024 characters as the service keeps) and exit
 * status 1.
 */
final class ContainerTraining {
    /** The most characters of FailureReason the service keeps. */
    static final int MAX_FAILURE_REASON = 1024;
    /** How long a stop request (SIGTERM) waits for the script before the JVM exits; SageMaker kills after 120 s. */
    private static final long STOP_GRACE_SECONDS = 100;

    private final Path root;
    private final Map<String, String> environment;
    private final PrintStream out;

    ContainerTraining(Path root, Map<String, String> environment, PrintStream out) {
        this.root = root;
        this.environment = environment;
        this.out = out;
    }

    int run() {
        ContainerEnvironment env;
        try {
            env = new ContainerEnvironment(root, environment, out);
        } catch (Exception e) {
            return fail(root.resolve("output").resolve("failure"), "The training contract under " + root
                    + " could not be read: " + message(e), e);
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            env.requestStop();
            try {
                done.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sagemaker4j-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Files.createDirectories(env.modelDir());
            Files.createDirectories(env.outputDataDir());
            String program = env.hyperparameters().get(JavaEstimator.PROGRAM);
            if (program == null || program.isBlank()) {
                throw new ValidationException(JavaEstimator.PROGRAM, program, "is missing",
                        "name the TrainingScript class (JavaEstimator sets it from entryPoint)");
            }
            try (URLClassLoader loader = UserCode.loader(code(env), ContainerTraining.class.getClassLoader())) {
                Thread.currentThread().setContextClassLoader(loader);
                out.println("sagemaker4j container: training " + env.jobName() + " with " + program + " on "
                        + env.currentHost() + " (" + env.numCpus() + " CPUs, " + env.numGpus() + " GPUs)");
                new JavaEntryPointAlgorithm().train(env);
            }
            if (env.stopRequested()) {
                out.println("sagemaker4j container: stopped on request");
            }
            return 0;
        } catch (Exception | LinkageError e) {
            return fail(env.failureFile(), message(e), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting on SIGTERM: the hook has seen done
            }
        }
    }

    /** The folder the code is in: unpacked from sagemaker_submit_directory into /opt/ml/code. */
    private Path code(ContainerEnvironment env) throws Exception {
        Path code = root.resolve("code");
        String submit = env.hyperparameters().get("sagemaker_submit_directory");
        if (submit != null && !submit.isBlank()) {
            new UserCode(root).unpack("sagemaker_submit_directory", submit.trim(),
                    env.hyperparameters().get("sagemaker_region"), code);
        }
        Files.createDirectories(code);
        return code;
    }

    private int fail(Path failureFile, String reason, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        out.println("sagemaker4j container: training failed: " + reason);
        out.println(trace);
        try {
            // a script that wrote its own failure file keeps its words
            if (!Files.isRegularFile(failureFile) || Files.size(failureFile) == 0) {
                Files.createDirectories(failureFile.getParent());
                String text = reason.length() > MAX_FAILURE_REASON ? reason.substring(0, MAX_FAILURE_REASON) : reason;
                Files.writeString(failureFile, text, StandardCharsets.UTF_8);
            }
        } catch (Exception write) {
            out.println("sagemaker4j container: could not write " + failureFile + ": " + write);
        }
        return ContainerMain.FAILED;
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t instanceof java.lang.reflect.InvocationTargetException && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
