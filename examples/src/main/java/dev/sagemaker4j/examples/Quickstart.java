/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The quickstart: a local session, its default bucket, and a round trip of data through it.
 *
 * <p>Run it with {@code mvn -B -Pquickstart -pl examples -am verify -DskipTests}. The session keeps
 * its state under {@code SAGEMAKER4J_HOME} (default {@code ~/.sagemaker4j}); pass a folder as the
 * first argument to use another.
 */
public final class Quickstart {
    private Quickstart() {
    }

    /**
     * Runs the quickstart.
     *
     * @param args optional: the session root folder
     * @throws IOException when the sample data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : null, System.out);
    }

    /**
     * Runs the quickstart, printing what it does.
     *
     * @param root the session root, or {@code null} for the default
     * @param out  where to print
     * @throws IOException when the sample data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        try (Session session = root == null ? Session.local() : Session.local(root)) {
            out.println("session: " + session);
            String bucket = session.defaultBucket();
            out.println("default bucket: " + bucket);

            Path data = Files.createTempDirectory("sagemaker4j-quickstart");
            Path csv = data.resolve("train.csv");
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                rows.append(i % 2).append(',').append(i * 0.5).append(',').append(i * i % 7).append('\n');
            }
            Files.writeString(csv, rows);

            String uri = session.uploadData(csv, bucket, "quickstart/data");
            out.println("uploaded: " + uri);
            List<String> keys = session.listS3Files(bucket, "quickstart/data");
            out.println("listed: " + keys);

            Path back = data.resolve("downloaded");
            List<Path> files = session.downloadData(back, bucket, "quickstart/data");
            boolean same = Files.mismatch(csv, files.get(0)) == -1;
            out.println("downloaded: " + files.get(0).getFileName() + " (" + Files.size(files.get(0))
                    + " bytes, identical: " + same + ")");
        }
    }
}
