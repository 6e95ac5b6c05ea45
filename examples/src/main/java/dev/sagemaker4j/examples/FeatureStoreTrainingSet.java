/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.featurestore.DatasetBuilder;
import dev.sagemaker4j.featurestore.FeatureDefinition;
import dev.sagemaker4j.featurestore.FeatureGroup;
import dev.sagemaker4j.featurestore.FeatureStore;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A feature store turned into a point-in-time correct training set. Customer profiles change over
 * November (spend and order counts, six snapshots each); labelled events happen at their own times.
 * Each labelled event must see the profile as it was at that moment — never a later one, which would
 * leak the future into training.
 * <ol>
 *   <li>create the {@code customers} feature group (online and offline store) and ingest 3,000
 *       snapshots with 4 workers (a progress bar on a terminal, log lines elsewhere);</li>
 *   <li>read the latest profile of one customer from the online store;</li>
 *   <li>build the training set: the labelled events (an Arrow table) as the base,
 *       {@code pointInTimeAccurateJoin()} with the group, written as CSV under an S3 prefix;</li>
 *   <li>check every row against the snapshot history kept aside: the features must be those of the
 *       last snapshot at or before the event, and empty for events before the first snapshot.</li>
 * </ol>
 * Writes under the root folder (first argument, default {@code target/examples/features}): the local
 * session's state, and {@code output/training-set.csv}.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=FeatureStoreTrainingSet -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class FeatureStoreTrainingSet {
    private static final int CUSTOMERS = 500;
    private static final int SNAPSHOTS = 6;
    private static final int LABELS = 2000;
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final long MONTH_SECONDS = 30L * 24 * 3600;

    private FeatureStoreTrainingSet() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws IOException when the training set cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "features"), System.out);
    }

    /** One profile snapshot: what was known about a customer from {@code time} on. */
    private record Snapshot(Instant time, double spend, long orders) {
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the output
     * @param out  where to print
     * @throws IOException when the training set cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        Random random = new Random(7);
        // the history kept aside to check the join: customer -> time -> snapshot
        Map<String, TreeMap<Instant, Snapshot>> history = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            String id = "c" + c;
            TreeMap<Instant, Snapshot> mine = history.computeIfAbsent(id, k -> new TreeMap<>());
            while (mine.size() < SNAPSHOTS) {
                Instant t = START.plusSeconds(random.nextLong(MONTH_SECONDS));
                Snapshot s = new Snapshot(t, Math.round(random.nextDouble() * 50000) / 100.0, random.nextInt(40));
                if (mine.putIfAbsent(t, s) == null) {
                    rows.add(Map.of("customer_id", id, "event_time", t.toString(), "spend_30d", s.spend(),
                            "orders_30d", s.orders()));
                }
            }
        }

        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = session.defaultBucket();
            FeatureGroup customers = new FeatureGroup("customers", session);
            customers.featureDefinitions(List.of(FeatureDefinition.string("customer_id"),
                    FeatureDefinition.string("event_time"), FeatureDefinition.fractional("spend_30d"),
                    FeatureDefinition.integral("orders_30d")));
            customers.create(c -> c.s3Uri("s3://" + bucket + "/features/offline").recordIdentifierName("customer_id")
                    .eventTimeFeatureName("event_time").enableOnlineStore(true));
            out.println("feature group: " + customers.name() + " "
                    + customers.describe().featureGroupStatusAsString());

            customers.ingest(rows, i -> i.maxWorkers(4));
            out.println("ingested: " + rows.size() + " records");

            Snapshot latest = history.get("c0").lastEntry().getValue();
            Map<String, String> online = new LinkedHashMap<>();
            for (FeatureValue v : customers.getRecord("c0").orElseThrow()) {
                online.put(v.featureName(), v.valueAsString());
            }
            out.println("online c0: " + online);
            out.println("online store is latest: " + (Double.parseDouble(online.get("spend_30d")) == latest.spend()
                    && online.get("event_time").equals(latest.time().toString())));

            List<String[]> labels = new ArrayList<>();
            try (RootAllocator allocator = new RootAllocator();
                 VectorSchemaRoot base = labels(allocator, random, labels)) {
                DatasetBuilder.Result result = new FeatureStore(session)
                        .createDataset(base, "s3://" + bucket + "/features/training-sets", d -> d
                                .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("label_time"))
                        .withFeatureGroup(customers, "customer_id", List.of("spend_30d", "orders_30d"))
                        .pointInTimeAccurateJoin()
                        .toCsvFile();
                out.println("training set: " + result.uri());
                String csv = session.objectStore().getString(result.uri());
                Path file = root.resolve("output").resolve("training-set.csv");
                Files.createDirectories(file.getParent());
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                check(csv, labels, history, out);
            }
            customers.delete();
        }
    }

    /** Labelled events: an id, a customer, a time in November (some before any snapshot), a label. */
    private static VectorSchemaRoot labels(RootAllocator allocator, Random random, List<String[]> kept) {
        IntVector labelId = new IntVector("label_id", allocator);
        VarCharVector customer = new VarCharVector("customer_id", allocator);
        TimeStampMicroTZVector time = new TimeStampMicroTZVector("label_time", allocator, "UTC");
        IntVector label = new IntVector("churned", allocator);
        for (int i = 0; i < LABELS; i++) {
            String id = "c" + random.nextInt(CUSTOMERS);
            Instant t = START.plusSeconds(random.nextLong(MONTH_SECONDS));
            int churned = random.nextInt(2);
            labelId.setSafe(i, i);
            customer.setSafe(i, id.getBytes(StandardCharsets.UTF_8));
            time.setSafe(i, t.getEpochSecond() * 1_000_000);
            label.setSafe(i, churned);
            kept.add(new String[] {id, t.toString()});
        }
        VectorSchemaRoot root = new VectorSchemaRoot(List.of(labelId, customer, time, label));
        root.setRowCount(LABELS);
        return root;
    }

    /** Checks every row of the training set against the history and prints what it found. */
    private static void check(String csv, List<String[]> labels, Map<String, TreeMap<Instant, Snapshot>> history,
                              PrintStream out) {
        List<String> lines = csv.lines().toList();
        out.println("header: " + lines.get(0));
        List<String> header = List.of(lines.get(0).split(","));
        int idColumn = header.indexOf("label_id");
        int spendColumn = header.indexOf("spend_30d");
        int ordersColumn = header.indexOf("orders_30d");
        int mismatches = 0;
        int withoutFeatures = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String[] event = labels.get(Integer.parseInt(cells[idColumn]));
            Map.Entry<Instant, Snapshot> asOf = history.get(event[0]).floorEntry(Instant.parse(event[1]));
            boolean ok;
            if (asOf == null) {
                withoutFeatures++;
                ok = cells[spendColumn].isEmpty() && cells[ordersColumn].isEmpty();
            } else {
                ok = !cells[spendColumn].isEmpty() && Double.parseDouble(cells[spendColumn]) == asOf.getValue().spend()
                        && Long.parseLong(cells[ordersColumn]) == asOf.getValue().orders();
            }
            if (!ok) {
                mismatches++;
                if (mismatches <= 5) {
                    out.println("  mismatch: " + line + " expected " + (asOf == null ? "no features" : asOf.getValue()));
                }
            }
        }
        out.println("rows: " + (lines.size() - 1));
        out.println("rows before the customer's first snapshot (no features): " + withoutFeatures);
        out.println("point-in-time mismatches: " + mismatches);
    }
}
