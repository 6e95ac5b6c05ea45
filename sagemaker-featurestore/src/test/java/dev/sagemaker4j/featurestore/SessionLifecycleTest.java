/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.SessionClosedException;
import dev.sagemaker4j.featurestore.internal.LocalFeatureStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeletionMode;

/**
 * A closed session answers every feature store call with {@link SessionClosedException}, and closing
 * while other threads write and read never reaches freed RocksDB handles (which crashed the JVM).
 */
class SessionLifecycleTest {
    @TempDir
    Path root;

    private Session open() {
        return Session.builder().backend("local").root(root).property(LocalFeatureStore.SYNC, "false").build();
    }

    /** A group with an offline store too, or (offline false) only the online store, so close is quick. */
    private static FeatureGroup create(Session session, boolean offline) {
        FeatureGroup g = new FeatureGroup("g", session);
        g.featureDefinitions(List.of(FeatureDefinition.integral("id"), FeatureDefinition.string("event_time"),
                FeatureDefinition.integral("v")));
        g.create(c -> c.s3Uri(offline ? "s3://bucket/fs" : null).recordIdentifierName("id")
                .eventTimeFeatureName("event_time").enableOnlineStore(true));
        return g;
    }

    private static Map<String, Object> row(long id) {
        return Map.of("id", id, "event_time", "2024-01-01T00:00:00Z", "v", id * 2);
    }

    @Test
    void closedSession_everyFeatureStoreCall_isSessionClosedException() {
        Session session = open();
        FeatureGroup g = create(session, true);
        g.putRecord(row(1));
        session.close();
        assertThatThrownBy(() -> g.getRecord("1")).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> g.putRecord(row(2))).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(g::describe).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> g.deleteRecord("1", "2025-01-01T00:00:00Z", DeletionMode.SOFT_DELETE))
                .isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> g.ingest(List.of(row(3)))).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(g::athenaQuery).isInstanceOf(SessionClosedException.class);
        session.close();
        try (Session again = open()) {
            assertThat(new FeatureGroup("g", again).getRecord("1")).isNotEmpty();
        }
    }

    @Test
    void closeWhileTwoThreadsPutAndTwoGet_200Times_onlySessionClosedExceptions() throws Exception {
        try (Session session = open()) {
            create(session, false);
        }
        AtomicLong ids = new AtomicLong();
        for (int round = 0; round < 200; round++) {
            Session session = open();
            FeatureGroup g = new FeatureGroup("g", session);
            List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
            List<Throwable> closedErrors = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch running = new CountDownLatch(4);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean writer = t < 2;
                threads.add(new Thread(() -> {
                    boolean first = true;
                    while (true) {
                        try {
                            if (writer) {
                                g.putRecord(row(ids.incrementAndGet() % 1000));
                            } else {
                                g.getRecord(Long.toString(ids.get() % 1000));
                            }
                        } catch (SessionClosedException e) {
                            closedErrors.add(e);
                            return;
                        } catch (Throwable e) {
                            unexpected.add(e);
                            return;
                        } finally {
                            if (first) {
                                running.countDown();
                                first = false;
                            }
                        }
                    }
                }, "fs-" + (writer ? "put-" : "get-") + t));
            }
            threads.forEach(Thread::start);
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
            session.close();
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(30));
                assertThat(t.isAlive()).as("%s ended after close", t.getName()).isFalse();
            }
            assertThat(unexpected).as("round %d", round).isEmpty();
            assertThat(closedErrors).hasSize(4);
        }
        try (Session session = open()) {
            assertThat(new FeatureGroup("g", session).getRecord("2")).isNotEmpty();
        }
    }
}
