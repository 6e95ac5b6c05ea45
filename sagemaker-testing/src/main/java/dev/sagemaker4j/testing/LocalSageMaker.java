/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;

/**
 * Gives a test a {@link dev.sagemaker4j.Session#local(java.nio.file.Path) local Session} with its
 * own temporary root folder, closed and deleted when the test is done.
 *
 * <p>On a test class it registers {@link LocalSageMakerExtension}, which then resolves every
 * parameter of type {@code Session} and fills every {@code Session} field annotated with
 * {@code @LocalSageMaker}:
 *
 * <pre>{@code
 * @LocalSageMaker
 * class ChurnModelTest {
 *     @Test
 *     void fit_generatedData_predictsTheRule(Session session) {
 *         String train = Datasets.binaryClassification(1000, 5, 42).upload(session, "churn/train");
 *         Estimator xgb = Estimator.builder()
 *                 .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
 *                 .instanceCount(1).instanceType("local")
 *                 .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "20"))
 *                 .session(session).build();
 *         xgb.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()));
 *         // deploy, predict, assert ...
 *     }
 * }
 * }</pre>
 *
 * <p><b>One session per scope.</b> A test method's parameters, the parameters of its
 * {@code @BeforeEach} and {@code @AfterEach} methods, the constructor's parameters and the
 * instance fields of the test instance share one session, created for that test (each repetition
 * or parameterized invocation gets a new one) and closed after its {@code @AfterEach} methods.
 * Static fields and the parameters of {@code @BeforeAll} and {@code @AfterAll} methods share one
 * session for the whole class, closed after it; so do constructor parameters and instance fields
 * under {@code @TestInstance(PER_CLASS)}. Injection points in one scope whose options differ get
 * different sessions.
 *
 * <p>Built against JUnit 5.14; works with JUnit 5.12 and later, including JUnit 6.
 *
 * <p><b>Options.</b> An attribute left at its default is taken from the nearest enclosing
 * annotation: the field or parameter, then the method, then the test class and its enclosing
 * classes, then the JUnit configuration parameters named below (which JUnit also reads from
 * system properties and {@code junit-platform.properties}).
 *
 * <p>When the session cannot be created — the temporary folder is not writable, an option is
 * invalid — the test fails with a message that names the test, the folder and the option to
 * change.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@ExtendWith(LocalSageMakerExtension.class)
public @interface LocalSageMaker {
    /**
     * The folder in which each session's own temporary root is created (the session root is a new
     * folder {@code sagemaker4j-*} inside it, deleted afterwards; this folder is created when
     * missing and never deleted). A relative path is resolved against the working directory, so
     * {@code "target/sagemaker4j-tests"} keeps the state of a Maven build under {@code target/}.
     *
     * <p>Default: the configuration parameter {@value LocalSageMakerExtension#TEMP_DIR_PROPERTY},
     * else {@code java.io.tmpdir}.
     *
     * @return the folder, or {@code ""} for the default
     */
    String tempDir() default "";

    /**
     * The most training, processing and transform jobs the session runs at once (others wait in
     * {@code Starting}), as {@code Session.builder().maxConcurrentJobs(n)}.
     *
     * @return at least 1, or {@code 0} for the backend's default
     */
    int maxConcurrentJobs() default 0;

    /**
     * The session's region, which also names the default bucket
     * ({@code sagemaker-<region>-000000000000}).
     *
     * <p>Default: {@code us-east-1}, whatever {@code AWS_REGION} says, so that a test sees the
     * same names on every machine.
     *
     * @return the region, or {@code ""} for the default
     */
    String region() default "";

    /**
     * When to delete the session root after the session is closed: {@code ALWAYS}, only when the
     * test passed ({@code ON_SUCCESS}: the root of a failed test is kept for its job records and
     * logs, and its path published as the report entry {@code sagemaker4j.root}), or {@code NEVER}.
     *
     * <p>Default: the configuration parameter
     * {@value LocalSageMakerExtension#CLEANUP_PROPERTY}, else {@code ALWAYS}.
     *
     * @return the cleanup mode, or {@code DEFAULT} for the default
     */
    CleanupMode cleanup() default CleanupMode.DEFAULT;
}
