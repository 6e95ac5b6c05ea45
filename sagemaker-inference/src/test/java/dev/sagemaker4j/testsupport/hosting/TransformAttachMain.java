/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport.hosting;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.testsupport.JobAttachMain;
import dev.sagemaker4j.transformer.Transformer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;

/**
 * Run in a child JVM by {@link TransformJobLifecycleContract}: attaches to a transform job another JVM
 * created, waits for its end and prints what it sees ({@code STATUS=}, {@code OUTPUT=}, {@code END=},
 * {@code OUT=} with the URI of each output object, then its text with {@code |} for line ends). With
 * {@code --stop} after the job name it first stops the job, as {@code Transformer.attach(job).stopTransformJob()}
 * does, and prints the status a describe then sees ({@code AFTER_STOP=}). It takes the arguments of
 * {@link JobAttachMain}.
 */
public final class TransformAttachMain {
    private TransformAttachMain() {
    }

    /**
     * Entry point.
     *
     * @param args {@code local <root> <job> [--stop]}, or {@code sagemaker <url> <client root> <job> [--stop]}
     */
    public static void main(String[] args) {
        boolean stop = args[args.length - 1].equals("--stop");
        String job = args[args.length - (stop ? 2 : 1)];
        try (Session session = JobAttachMain.session(args)) {
            if (stop) {
                Transformer attached = Transformer.attach(job, session);
                attached.stopTransformJob();
                System.out.println("AFTER_STOP=" + attached.describe().transformJobStatusAsString());
            }
            DescribeTransformJobResponse described = session.waitForTransformJob(job, Duration.ofSeconds(60));
            String output = described.transformOutput().s3OutputPath();
            System.out.println("STATUS=" + described.transformJobStatusAsString());
            System.out.println("OUTPUT=" + output);
            System.out.println("END=" + described.transformEndTime());
            List<String> objects = session.objectStore().listAll(output + "/").map(ObjectSummary::uri).sorted()
                    .collect(Collectors.toList());
            for (String uri : objects) {
                System.out.println("OUT=" + uri + " " + session.objectStore().getString(uri).replace('\n', '|'));
            }
        }
    }
}
