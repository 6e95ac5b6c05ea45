/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.processing.JavaProcessor;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.processing.ProcessingScript;
import dev.sagemaker4j.processing.SqlProcessor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Processing jobs, in-process: a SQL job (DuckDB) joins customers (CSV) with their orders (JSON lines) into one
 * feature table, then a Java processing job splits that table 80/20 into train and test outputs, each published to
 * the session's bucket, as SageMaker Processing would publish them.
 *
 * <p>Writes under the root folder (first argument, default {@code target/examples/processing}): the local
 * session's state, with the jobs' outputs in its buckets.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=DataProcessing -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class DataProcessing {
    private static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    private static final int CUSTOMERS = 200;

    private DataProcessing() {
    }

    /** Splits the rows of its input {@code features} 80/20 into the outputs {@code train} and {@code test}. */
    public static final class Split implements ProcessingScript {
        /** Creates the script (the processing job does). */
        public Split() {
        }

        @Override
        public void process(ProcessingEnvironment env) throws IOException {
            Path in;
            try (var files = Files.list(env.input("features"))) {
                in = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
            }
            List<String> lines = Files.readAllLines(in);
            List<String> rows = lines.subList(1, lines.size());
            int cut = rows.size() * 8 / 10;
            List<String> train = new ArrayList<>(List.of(lines.get(0)));
            train.addAll(rows.subList(0, cut));
            List<String> test = new ArrayList<>(List.of(lines.get(0)));
            test.addAll(rows.subList(cut, rows.size()));
            Files.write(env.output("train").resolve("train.csv"), train);
            Files.write(env.output("test").resolve("test.csv"), test);
            env.log("train " + (train.size() - 1) + " rows, test " + (test.size() - 1) + " rows");
        }
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "processing"), System.out);
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the data
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        Random random = new Random(7);
        StringBuilder customers = new StringBuilder("customer_id,age,plan\n");
        StringBuilder orders = new StringBuilder();
        for (int c = 1; c <= CUSTOMERS; c++) {
            customers.append(c).append(',').append(18 + random.nextInt(60)).append(',')
                    .append(random.nextBoolean() ? "pro" : "basic").append('\n');
            for (int o = random.nextInt(4); o > 0; o--) {
                orders.append("{\"customer_id\": ").append(c).append(", \"total\": ")
                        .append(10 + random.nextInt(90)).append("}\n");
            }
        }
        Files.writeString(data.resolve("customers.csv"), customers);
        Files.writeString(data.resolve("orders.jsonl"), orders);

        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = "s3://" + session.defaultBucket();
            // 1. SQL over a CSV and a JSON lines input: one row per customer, the orders summed
            SqlProcessor sql = SqlProcessor.builder().role(ROLE).instanceType("local").session(session).build();
            ProcessingJob features = sql.run("SELECT c.customer_id, c.age, c.plan = 'pro' AS pro,"
                            + " count(o.total) AS orders, coalesce(sum(o.total), 0) AS spend"
                            + " FROM customers c LEFT JOIN orders o USING (customer_id)"
                            + " GROUP BY ALL ORDER BY c.customer_id",
                    r -> r.inputs(List.of(
                                    ProcessingInput.builder().source(data.resolve("customers.csv").toString())
                                            .destination("/opt/ml/processing/input/customers").inputName("customers")
                                            .build(),
                                    ProcessingInput.builder().source(data.resolve("orders.jsonl").toString())
                                            .destination("/opt/ml/processing/input/orders").inputName("orders").build()))
                            .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/features")
                                    .outputName("features").destination(bucket + "/processing/features").build()))
                            .logs(false));
            out.println("sql job: " + features.name() + " " + features.status());

            // 2. Java code over the SQL job's output: train / test split
            JavaProcessor split = JavaProcessor.builder().entryPoint(Split.class).role(ROLE).instanceType("local")
                    .session(session).build();
            ProcessingJob job = split.run(r -> r
                    .inputs(List.of(ProcessingInput.builder().source(features.outputs().get(0).destination())
                            .destination("/opt/ml/processing/input/features").inputName("features").build()))
                    .outputs(List.of(
                            ProcessingOutput.builder().source("/opt/ml/processing/output/train").outputName("train")
                                    .build(),
                            ProcessingOutput.builder().source("/opt/ml/processing/output/test").outputName("test")
                                    .build()))
                    .logs(false));
            out.println("split job: " + job.name() + " " + job.status());
            for (ProcessingOutput o : job.outputs()) {
                String csv = session.objectStore().getString(o.destination() + "/" + o.outputName() + ".csv");
                out.println(o.outputName() + " rows = " + (csv.lines().count() - 1) + " at " + o.destination());
            }
            job.logs().stream().filter(l -> l.startsWith("train ")).forEach(l -> out.println("log: " + l));
        }
    }
}
