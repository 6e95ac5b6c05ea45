/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.container;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The entry point of the sagemaker4j container image: {@code java -cp '/opt/sagemaker4j/lib/*'
 * dev.sagemaker4j.container.ContainerMain train|serve}. SageMaker runs an image with the argument {@code train} for
 * a training job and {@code serve} for hosting.
 *
 * <ul>
 *   <li>{@code train} reads {@code /opt/ml/input/config/hyperparameters.json}, {@code resourceconfig.json} and
 *       {@code inputdataconfig.json}, unpacks the job's code ({@code sagemaker_submit_directory}: an {@code s3://}
 *       URI, a path, or the {@code code} channel's {@code sourcedir.tar.gz}) into {@code /opt/ml/code}, and runs
 *       the {@link dev.sagemaker4j.estimator.TrainingScript} named by {@code sagemaker_program} from its jars. The
 *       script writes the model into {@code /opt/ml/model}; its metrics are log lines
 *       ({@code #metric name=value step=n}) that the job's metric definitions read
 *       ({@link dev.sagemaker4j.estimator.JavaEstimator#metricDefinition(String)}). A failure writes
 *       {@code /opt/ml/output/failure} (the job's FailureReason) and exits with status 1. SIGTERM (a stop request)
 *       makes {@link dev.sagemaker4j.local.TrainingEnvironment#stopRequested()} true.</li>
 *   <li>{@code serve} answers {@code GET /ping} and {@code POST /invocations} on port 8080 (or
 *       {@code SAGEMAKER_BIND_TO_PORT}) with the model in {@code /opt/ml/model}, served by the
 *       {@link dev.sagemaker4j.inference.InferenceHandler} named by {@code SAGEMAKER_PROGRAM} (jars from the
 *       model's {@code code/} folder or {@code SAGEMAKER_SUBMIT_DIRECTORY}), or by the built-in formats (XGBoost,
 *       ONNX, ...) when none is named. The local hosting's limits and error answers apply.</li>
 * </ul>
 *
 * <p>The root {@code /opt/ml} can be moved with the environment variable {@value #ROOT_VARIABLE}, so that the
 * contract can be exercised outside a container.
 */
public final class ContainerMain {
    /** The environment variable that moves the contract's root away from {@code /opt/ml} (for tests). */
    public static final String ROOT_VARIABLE = "SM4J_ML_ROOT";
    /** The exit status of a failed job or of a server that could not start. */
    public static final int FAILED = 1;
    /** The exit status of a command line the container does not know. */
    public static final int USAGE = 2;

    private ContainerMain() {
    }

    /**
     * Runs {@code train} or {@code serve} and exits with the status {@link #run} returns ({@code serve} returns
     * only when the server stops).
     *
     * @param args {@code train} or {@code serve}
     */
    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs one command.
     *
     * @param args        {@code train} or {@code serve}
     * @param environment the container's environment
     * @param out         where the job's log goes (SageMaker sends stdout to CloudWatch)
     * @return 0 on success, {@link #FAILED} or {@link #USAGE}
     */
    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        if (args.length != 1 || !(args[0].equals("train") || args[0].equals("serve"))) {
            out.println("usage: ContainerMain train|serve (SageMaker passes 'train' to training jobs and 'serve' to"
                    + " hosting); got " + String.join(" ", args));
            return USAGE;
        }
        Path root = Path.of(environment.getOrDefault(ROOT_VARIABLE, "/opt/ml"));
        if (args[0].equals("train")) {
            return new ContainerTraining(root, environment, out).run();
        }
        return new ContainerServing(root, environment, out).run();
    }
}
