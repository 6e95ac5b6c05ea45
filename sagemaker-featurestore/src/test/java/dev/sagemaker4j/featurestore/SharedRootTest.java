/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobStore;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;

/**
 * Sessions on one root share its feature store: in one JVM they all read and write it; another
 * process describes jobs and reads groups and records while this one runs, and a write from it is
 * refused with an error naming this process.
 */
class SharedRootTest {
    @TempDir
    Path root;

    private static FeatureGroup create(Session session) {
        FeatureGroup g = new FeatureGroup("g", session);
        g.featureDefinitions(List.of(FeatureDefinition.integral("id"), FeatureDefinition.string("event_time"),
                FeatureDefinition.string("v")));
        g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("id")
                .eventTimeFeatureName("event_time").enableOnlineStore(true));
        return g;
    }

    private static Map<String, Object> row(long id, String v) {
        return Map.of("id", id, "event_time", "2024-01-01T00:00:00Z", "v", v);
    }

    private static String value(java.util.Optional<List<FeatureValue>> record) {
        return record.orElse(List.of()).stream().filter(f -> f.featureName().equals("v")).map(FeatureValue::valueAsString)
                .findFirst().orElse("absent");
    }

    @Test
    void twoSessionsOnOneRootInOneJvm_shareGroupsAndRecords() {
        Session a = Session.local(root);
        Session b = Session.local(root);
        try {
            create(a).putRecord(row(1, "from-a"));
            FeatureGroup inB = new FeatureGroup("g", b);
            assertThat(inB.describe().featureGroupName()).isEqualTo("g");
            assertThat(value(inB.getRecord("1"))).isEqualTo("from-a");
            inB.putRecord(row(2, "from-b"));
            assertThat(value(new FeatureGroup("g", a).getRecord("2"))).isEqualTo("from-b");
            a.close();
            inB.putRecord(row(3, "after-a-closed"));
            assertThat(value(inB.getRecord("1"))).isEqualTo("from-a");
        } finally {
            a.close();
            b.close();
        }
        try (Session c = Session.local(root)) {
            assertThat(value(new FeatureGroup("g", c).getRecord("3"))).isEqualTo("after-a-closed");
        }
    }

    /**
     * The child: opens a session on the root another process holds, describes the job, reads a
     * record, tries a write, then (after "NEXT" on stdin) reads a record written since it started.
     */
    public static void main(String[] args) throws Exception {
        try (Session session = Session.local(Path.of(args[0]));
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            DescribeTrainingJobResponse job = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName("job-1").build());
            System.out.println("JOB " + job.trainingJobStatusAsString());
            System.out.println("GROUPS " + session.api(FeatureGroupsApi.CAPABILITY).listFeatureGroups(
                    ListFeatureGroupsRequest.builder().build()).featureGroupSummaries().size());
            FeatureGroup g = new FeatureGroup("g", session);
            System.out.println("RECORD1 " + value(g.getRecord("1")));
            try {
                g.putRecord(row(9, "from-child"));
                System.out.println("WRITE accepted");
            } catch (ResourceInUseException e) {
                System.out.println("WRITE refused: " + e.getMessage());
            }
            System.out.println("READY");
            System.out.flush();
            in.readLine();
            System.out.println("RECORD2 " + value(g.getRecord("2")));
            System.out.println("DESCRIBE2 " + new FeatureGroup("h", session).describe().featureGroupName());
        }
    }

    @Test
    void anotherProcess_whileThisOneHoldsTheRoot_describesAndReadsAndWriteNamesTheHolder() throws Exception {
        long pid = ProcessHandle.current().pid();
        try (Session session = Session.local(root)) {
            new JobStore(root).create(JobKind.TRAINING, "job-1", DescribeTrainingJobResponse.builder()
                    .trainingJobName("job-1").trainingJobStatus("InProgress").build());
            FeatureGroup g = create(session);
            g.putRecord(row(1, "first"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Daws.disableEc2Metadata=true",
                    SharedRootTest.class.getName(), root.toString()).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8)); Writer toChild = new OutputStreamWriter(child.getOutputStream(),
                    StandardCharsets.UTF_8)) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (line.equals("READY")) {
                        g.putRecord(row(2, "written-after-the-child-started"));
                        FeatureGroup h = new FeatureGroup("h", session);
                        h.featureDefinitions(List.of(FeatureDefinition.string("id"),
                                FeatureDefinition.string("event_time")));
                        h.create(c -> c.recordIdentifierName("id")
                                .eventTimeFeatureName("event_time").enableOnlineStore(true));
                        toChild.write("NEXT\n");
                        toChild.flush();
                    }
                }
            } finally {
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                child.destroyForcibly();
            }
            assertThat(child.exitValue()).as(String.join("\n", lines)).isZero();
            assertThat(lines).contains("JOB InProgress", "GROUPS 1", "RECORD1 first",
                    "RECORD2 written-after-the-child-started", "DESCRIBE2 h");
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("WRITE refused").contains("process " + pid));
            assertThat(value(g.getRecord("9"))).isEqualTo("absent");
            g.putRecord(row(4, "still-writable-here"));
        }
    }
}
