/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.sagemaker4j.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;

/**
 * Test classes that use the extension, run by {@link LocalSageMakerExtensionTest} through the
 * engine test kit ({@link KitOnly} keeps them from running on their own). They note what they saw
 * in {@link #SEEN}, for the outer test to check after the kit has run them.
 */
final class ExtensionCases {
    /** What the cases saw, by name; cleared before each kit run. */
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();
    /** The folder the kit run gives as {@code sagemaker4j.testing.tempDir}. */
    static volatile Path tempDir;

    private ExtensionCases() {
    }

    /** The root folder of a session: found by writing an object and looking for its file. */
    static Path rootOf(Session session) throws IOException {
        String name = "marker-" + UUID.randomUUID();
        session.uploadString("x", "s3://" + session.defaultBucket() + "/" + name);
        try (Stream<Path> files = Files.walk(tempDir)) {
            Path marker = files.filter(p -> p.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no object file " + name + " under " + tempDir));
            return tempDir.resolve(tempDir.relativize(marker).getName(0));
        }
    }

    @ExtendWith(KitOnly.class)
    @LocalSageMaker
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ParameterCase {
        @Test
        @Order(1)
        void first(Session session) throws IOException {
            SEEN.put("first.root", rootOf(session));
            SEEN.put("first.backend", session.backendName());
            SEEN.put("first.bucket", session.defaultBucket());
            String uri = session.uploadString("a,b\n", "s3://" + session.defaultBucket() + "/first/data.csv");
            SEEN.put("first.uri", uri);
            SEEN.put("first.read", session.readS3File(session.defaultBucket(), "first/data.csv"));
        }

        @Test
        @Order(2)
        void second(Session session) throws IOException {
            SEEN.put("second.root", rootOf(session));
            SEEN.put("second.listed", session.listS3Files(session.defaultBucket(), "first/"));
        }
    }

    @ExtendWith(KitOnly.class)
    @LocalSageMaker
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class FieldCase {
        @LocalSageMaker
        static Session shared;

        @LocalSageMaker
        Session field;

        private final Session constructed;
        private Session beforeEach;

        FieldCase(Session constructed) {
            this.constructed = constructed;
        }

        @BeforeEach
        void setUp(Session session) {
            beforeEach = session;
        }

        @AfterEach
        void tearDown(Session session) {
            SEEN.put("afterEach.same", session == field);
        }

        @Test
        @Order(1)
        void first(Session parameter) throws IOException {
            SEEN.put("first.fieldIsParameter", field == parameter);
            SEEN.put("first.constructedIsParameter", constructed == parameter);
            SEEN.put("first.beforeEachIsParameter", beforeEach == parameter);
            SEEN.put("first.sharedIsParameter", shared == parameter);
            SEEN.put("first.shared", shared);
            SEEN.put("first.field", field);
            SEEN.put("first.root", rootOf(parameter));
            SEEN.put("shared.root", rootOf(shared));
        }

        @Test
        @Order(2)
        void second(Session parameter) {
            SEEN.put("second.shared", shared);
            SEEN.put("second.field", field);
            SEEN.put("second.sharedRootExists", Files.isDirectory((Path) SEEN.get("shared.root")));
            SEEN.put("second.firstRootExists", Files.isDirectory((Path) SEEN.get("first.root")));
        }
    }

    @ExtendWith(KitOnly.class)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @LocalSageMaker
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassCase {
        @LocalSageMaker
        Session field;

        @Test
        @Order(1)
        void first() {
            SEEN.put("perClass.first", field);
        }

        @Test
        @Order(2)
        void second() {
            SEEN.put("perClass.second", field);
        }
    }

    @ExtendWith(KitOnly.class)
    @LocalSageMaker(region = "eu-west-1")
    static class OptionsCase {
        @Test
        void regions(Session fromClass, @LocalSageMaker(region = "us-west-2") Session fromParameter) {
            SEEN.put("class.region", fromClass.region());
            SEEN.put("parameter.region", fromParameter.region());
            SEEN.put("parameter.bucket", fromParameter.defaultBucket());
        }

        @Test
        @LocalSageMaker(region = "ap-south-1")
        void method(Session fromMethod) {
            SEEN.put("method.region", fromMethod.region());
        }

        @Nested
        class Inner {
            @Test
            void inner(Session fromEnclosing) {
                SEEN.put("nested.region", fromEnclosing.region());
            }
        }
    }

    @ExtendWith(KitOnly.class)
    @LocalSageMaker(cleanup = CleanupMode.ON_SUCCESS)
    static class OnSuccessCase {
        @Test
        void fails(Session session) throws IOException {
            SEEN.put("failed.root", rootOf(session));
            fail("failing on purpose");
        }

        @Test
        void passes(Session session) throws IOException {
            SEEN.put("passed.root", rootOf(session));
        }
    }

    @ExtendWith(KitOnly.class)
    @LocalSageMaker
    static class ParameterCannotBeCreatedCase {
        @Test
        void needsSession(Session session) {
            SEEN.put("unwritable.ran", true);
        }
    }

    @ExtendWith(KitOnly.class)
    @LocalSageMaker
    static class FieldCannotBeCreatedCase {
        @LocalSageMaker
        Session session;

        @Test
        void needsSession() {
            SEEN.put("unwritableField.ran", true);
        }
    }

    @ExtendWith(KitOnly.class)
    @LocalSageMaker(maxConcurrentJobs = -1)
    static class InvalidOptionCase {
        @Test
        void needsSession(Session session) {
            SEEN.put("invalid.ran", true);
        }
    }

    @ExtendWith(KitOnly.class)
    @LocalSageMaker(maxConcurrentJobs = 2)
    static class ValidOptionCase {
        @Test
        void needsSession(Session session) {
            assertThat(session.backendName()).isEqualTo("local");
            SEEN.put("valid.ran", true);
        }
    }

    @ExtendWith(KitOnly.class)
    @LocalSageMaker
    static class WrongFieldTypeCase {
        @LocalSageMaker
        String session;

        @Test
        void needsSession() {
            SEEN.put("wrongType.ran", true);
        }
    }
}
