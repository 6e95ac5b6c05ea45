/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.progress.ProgressListener;
import dev.sagemaker4j.testsupport.hosting.TestModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a child JVM with a small heap by {@link BigRecordTest}: transforms one gzipped object with
 * MaxPayloadInMB 0 and prints {@code COMPLETED}, {@code FAILED: <reason>} or {@code THROWN: <error>}.
 */
public final class BigRecordMain {
    private BigRecordMain() {
    }

    /**
     * Entry point.
     *
     * @param args session root, the gzipped input file, the SplitType
     */
    public static void main(String[] args) {
        try (Session session = Session.builder().backend("local").root(Path.of(args[0]))
                .progressListener(ProgressListener.none()).build()) {
            String bucket = session.defaultBucket();
            String artifact = TestModels.upload(session, "s3://" + bucket + "/models/rowsum/model.tar.gz",
                    Map.of("README", "row sum".getBytes(StandardCharsets.UTF_8)));
            String model = Model.builder().modelData(artifact).entryPoint(TransformerTest.RowSum.class)
                    .name("row-sum").session(session).build().create();
            session.objectStore().put("s3://" + bucket + "/in/big/line.csv.gz", Path.of(args[1]));
            Transformer t = Transformer.builder().modelName(model).instanceType("local").maxPayload(0)
                    .outputPath("s3://" + bucket + "/out/big").session(session).build();
            try {
                t.transform("s3://" + bucket + "/in/big/", o -> o.contentType("text/csv").compressionType("Gzip")
                        .splitType(args[2]));
                System.out.println("COMPLETED");
            } catch (UnexpectedStatusException e) {
                System.out.println("FAILED: " + e.failureReason());
            }
        } catch (Throwable e) {
            System.out.println("THROWN: " + e);
        }
        System.out.flush();
    }
}
