/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.SessionClosedException;
import dev.sagemaker4j.internal.local.LocalTraining;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.ServiceApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit as a third party uses it: a small part of its own, found through {@code ServiceLoader}, offering
 * a capability the project does not have, next to the built-in parts.
 */
class LocalPartKitTest {
    @TempDir
    Path tmp;

    /** A capability of a third party: notes kept per session. */
    public interface NotesApi extends ServiceApi {
        /** Its key. */
        Capability<NotesApi> CAPABILITY = Capability.of(NotesApi.class, backend -> () -> backend);

        /**
         * Keeps a note.
         *
         * @param key  the key
         * @param text the note
         */
        default void put(String key, String text) {
            throw unsupported("PutNote");
        }

        /**
         * Reads a note.
         *
         * @param key the key
         * @return the note, or {@code null}
         */
        default String get(String key) {
            throw unsupported("GetNote");
        }
    }

    /** The part: a map, and the session's region to show what the context hands a part. */
    public static final class Notes implements LocalPart, NotesApi {
        private final Map<String, String> notes = new ConcurrentHashMap<>();
        private final String region;
        private volatile boolean closed;

        Notes(LocalContext context) {
            this.region = context.region();
        }

        @Override
        public String backendName() {
            return "local";
        }

        @Override
        public void offer(Capabilities capabilities) {
            capabilities.offer(NotesApi.CAPABILITY, this);
        }

        @Override
        public void put(String key, String text) {
            notes.put(key, text + " (" + region + ")");
        }

        @Override
        public String get(String key) {
            return notes.get(key);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Its provider, listed in the services file the tests write. */
    public static final class NotesProvider implements LocalPartProvider {
        static volatile Notes last;

        @Override
        public LocalPart create(LocalContext context) {
            last = new Notes(context);
            return last;
        }
    }

    /** A provider that offers training jobs again: the conflict the backend must refuse. */
    public static final class SecondTrainingProvider implements LocalPartProvider {
        @Override
        public LocalPart create(LocalContext context) {
            return new SecondTraining();
        }
    }

    /** The second training part. */
    public static final class SecondTraining implements LocalPart, TrainingJobsApi {
        @Override
        public String backendName() {
            return "local";
        }

        @Override
        public void offer(Capabilities capabilities) {
            capabilities.offer(TrainingJobsApi.CAPABILITY, this);
        }
    }

    @Test
    void thirdPartyPart_foundThroughServiceLoader_servesItsCapabilityAndClosesWithTheSession() throws Exception {
        Session session = withProviders(NotesProvider.class);
        try {
            session.api(NotesApi.CAPABILITY).put("a", "hello");
            assertThat(session.api(NotesApi.CAPABILITY).get("a")).isEqualTo("hello (us-east-1)");
            assertThat(session.backend().capabilities()).contains(NotesApi.CAPABILITY, TrainingJobsApi.CAPABILITY);
        } finally {
            session.close();
        }
        assertThat(NotesProvider.last.closed).isTrue();
        assertThatThrownBy(() -> session.api(NotesApi.CAPABILITY)).isInstanceOf(SessionClosedException.class);
    }

    @Test
    void capabilityNoPartOffers_answersOperationNotSupportedNamingTheOperationAndBackend() {
        try (Session session = Session.builder().backend("local").root(tmp.resolve("root")).region("us-east-1")
                .build()) {
            assertThat(session.backend().find(NotesApi.CAPABILITY)).isEmpty();
            assertThatThrownBy(() -> session.api(NotesApi.CAPABILITY).get("a"))
                    .isInstanceOf(OperationNotSupportedException.class)
                    .hasMessageContaining("GetNote").hasMessageContaining("local");
        }
    }

    @Test
    void twoPartsOfferingOneCapability_failAtStart_namingBoth() throws Exception {
        assertThatThrownBy(() -> withProviders(SecondTrainingProvider.class).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TrainingJobsApi")
                .hasMessageContaining(LocalTraining.class.getName())
                .hasMessageContaining(SecondTraining.class.getName());
    }

    /** A local session whose ServiceLoader also finds the given providers (a services file in a class folder). */
    private Session withProviders(Class<?> provider) throws IOException {
        Path classes = Files.createDirectories(tmp.resolve("classes-" + provider.getSimpleName()));
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve(LocalPartProvider.class.getName()), provider.getName() + "\n");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            return Session.builder().backend("local").root(tmp.resolve("root")).region("us-east-1").build();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
