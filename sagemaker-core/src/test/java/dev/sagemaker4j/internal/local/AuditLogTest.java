/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.spi.AuditApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobRequest;

class AuditLogTest {
    @TempDir
    Path root;

    private static void stop(Session session, String name) {
        assertThatThrownBy(() -> session.api(TrainingJobsApi.CAPABILITY).stopTrainingJob(
                StopTrainingJobRequest.builder().trainingJobName(name).build()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private Path file() {
        return root.resolve("audit").resolve("trail.jsonl");
    }

    private void writeLines(List<String> lines) throws IOException {
        Files.writeString(file(), String.join("\n", lines) + "\n");
    }

    @Test
    void stopTrainingJob_unknownJob_recordsTheFailureButNotTheDescribe() {
        try (Session session = Session.local(root)) {
            Instant before = Instant.now();
            stop(session, "no-such-job");
            assertThatThrownBy(() -> session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName("no-such-job").build()))
                    .isInstanceOf(ResourceNotFoundException.class);

            List<AuditApi.Event> events = session.auditTrail().lookupEvents().events();

            assertThat(events).hasSize(1);
            AuditApi.Event e = events.get(0);
            assertThat(e.eventName()).isEqualTo("StopTrainingJob");
            assertThat(e.errorCode()).isEqualTo("ResourceNotFound");
            assertThat(e.resourceName()).isEqualTo("no-such-job");
            assertThat(e.resourceType()).isEqualTo("TrainingJob");
            assertThat(e.identityType()).isEqualTo("LocalUser");
            assertThat(e.username()).isEqualTo(System.getProperty("user.name"));
            assertThat(e.accessKeyId()).isNull();
            assertThat(e.eventTime()).isAfterOrEqualTo(before.minusMillis(1));
            assertThat(e.requestParameters()).contains("\"TrainingJobName\":\"no-such-job\"");
            assertThat(session.auditTrail().verify().valid()).isTrue();
        }
    }

    @Test
    void append_manyThreadsAndTwoSessionsOnOneRoot_keepTheChainValid() throws Exception {
        try (Session a = Session.local(root); Session b = Session.local(root)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Session s = t % 2 == 0 ? a : b;
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        stop(s, "job-" + thread + "-" + i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();

            AuditApi.Verification check = a.auditTrail().verify();

            assertThat(check.valid()).as(check.problem()).isTrue();
            assertThat(check.entries()).isEqualTo(320);
            assertThat(check.tornLines()).isEmpty();
            List<String> lines = Files.readAllLines(file());
            assertThat(lines).hasSize(320);
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i)).startsWith("{\"eventVersion\":\"1.0\",\"eventId\":" + (i + 1) + ",");
            }
        }
    }

    @Test
    void verify_changedEntry_namesIt() throws IOException {
        try (Session session = Session.local(root)) {
            for (int i = 0; i < 4; i++) {
                stop(session, "job-" + i);
            }
            session.auditTrail().verify();
            List<String> lines = Files.readAllLines(file());
            lines.set(2, lines.get(2).replace("job-2", "job-X"));
            writeLines(lines);

            AuditApi.Verification check = session.auditTrail().verify();

            assertThat(check.valid()).isFalse();
            assertThat(check.firstBadEntry()).isEqualTo(3);
            assertThat(check.problem()).contains("entry 3").contains("changed");
        }
    }

    @Test
    void verify_removedOrReorderedEntry_namesTheFirstBrokenLink() throws IOException {
        try (Session session = Session.local(root)) {
            for (int i = 0; i < 4; i++) {
                stop(session, "job-" + i);
            }
            session.auditTrail().verify();
            List<String> original = Files.readAllLines(file());
            List<String> removed = new ArrayList<>(original);
            removed.remove(1);
            writeLines(removed);

            AuditApi.Verification check = session.auditTrail().verify();

            assertThat(check.valid()).isFalse();
            assertThat(check.firstBadEntry()).isEqualTo(2);
            assertThat(check.problem()).contains("entry 3").contains("does not follow entry 1");

            List<String> swapped = new ArrayList<>(original);
            swapped.set(1, original.get(2));
            swapped.set(2, original.get(1));
            writeLines(swapped);
            assertThat(session.auditTrail().verify().firstBadEntry()).isEqualTo(2);
        }
    }

    @Test
    void verify_tornLastLine_isReportedAndTheNextAppendStartsANewLine() throws IOException {
        try (Session session = Session.local(root)) {
            stop(session, "job-0");
            stop(session, "job-1");
        }
        String whole = Files.readAllLines(file()).get(1);
        // a crash in the middle of the third write
        Files.writeString(file(), whole.substring(0, 40).replace("\"eventId\":2", "\"eventId\":3"),
                StandardOpenOption.APPEND);
        try (Session session = Session.local(root)) {
            AuditApi.Verification torn = session.auditTrail().verify();
            assertThat(torn.valid()).isTrue();
            assertThat(torn.tornTail()).isTrue();
            assertThat(torn.entries()).isEqualTo(2);

            stop(session, "job-2");

            AuditApi.Verification check = session.auditTrail().verify();
            assertThat(check.valid()).as(check.problem()).isTrue();
            assertThat(check.tornTail()).isFalse();
            assertThat(check.tornLines()).containsExactly(3L);
            assertThat(check.entries()).isEqualTo(3);
            List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
            assertThat(lines).hasSize(4);
            assertThat(lines.get(3)).contains("\"eventId\":3").contains("job-2");
        }
    }

    @Test
    void lookupEvents_filtersAndPages_mostRecentFirst() {
        try (Session session = Session.local(root)) {
            for (int i = 0; i < 5; i++) {
                stop(session, "job-" + i);
            }
            AuditApi trail = session.auditTrail();

            AuditApi.LookupEventsResult first = trail.lookupEvents(l -> l.maxResults(2));
            AuditApi.LookupEventsResult second = trail.lookupEvents(l -> l.maxResults(2).nextToken(first.nextToken()));
            AuditApi.LookupEventsResult third = trail.lookupEvents(l -> l.maxResults(2).nextToken(second.nextToken()));

            assertThat(first.events()).extracting(AuditApi.Event::eventId).containsExactly(5L, 4L);
            assertThat(second.events()).extracting(AuditApi.Event::eventId).containsExactly(3L, 2L);
            assertThat(third.events()).extracting(AuditApi.Event::eventId).containsExactly(1L);
            assertThat(third.next()).isEmpty();
            assertThat(trail.lookupEvents(l -> l.resourceName("job-3")).events())
                    .extracting(AuditApi.Event::resourceName).containsExactly("job-3");
            assertThat(trail.lookupEvents(l -> l.resourceName(
                    "arn:aws:sagemaker:us-east-1:000000000000:training-job/job-3")).events()).hasSize(1);
            assertThat(trail.lookupEvents(l -> l.eventName("CreateTrainingJob")).events()).isEmpty();
            assertThat(trail.lookupEvents(l -> l.username("someone-else")).events()).isEmpty();
            assertThat(trail.lookupEvents(l -> l.startTime(Instant.now().plusSeconds(60))).events()).isEmpty();
            assertThat(trail.lookupEvents(l -> l.endTime(Instant.now())).events()).hasSize(5);
        }
    }

    @Test
    void lookupEvents_backendWithoutATrail_pointsToCloudTrail() {
        AuditApi remote = () -> "sagemaker";

        assertThatThrownBy(remote::lookupEvents).isInstanceOf(OperationNotSupportedException.class)
                .hasMessageContaining("'sagemaker' backend").hasMessageContaining("CloudTrail");
        assertThatThrownBy(remote::verify).isInstanceOf(OperationNotSupportedException.class)
                .hasMessageContaining("CloudTrail");
    }
}
