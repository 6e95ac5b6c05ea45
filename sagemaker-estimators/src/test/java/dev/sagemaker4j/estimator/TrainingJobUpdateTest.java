/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ProfilerRuleConfiguration;
import software.amazon.awssdk.services.sagemaker.model.ResourceConfigForUpdate;

/**
 * UpdateTrainingJob on the local backend through the estimator's profiling and remote-debug methods and
 * {@code Session.updateTrainingJob}: recorded in the running job's Describe, refused (before and after) as
 * the service refuses it.
 */
class TrainingJobUpdateTest {
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static final CountDownLatch STARTED = new CountDownLatch(1);
    @TempDir
    static Path tmp;
    static Session session;

    /** Runs until the test releases it. */
    public static final class WaitingScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            STARTED.countDown();
            RELEASE.await(60, TimeUnit.SECONDS);
            Files.writeString(env.modelDir().resolve("model.txt"), "done");
        }
    }

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
    }

    @AfterAll
    static void tearDown() {
        RELEASE.countDown();
        session.close();
    }

    @Test
    void profilingAndRemoteDebug_whileInProgress_recordedInTheDescribe_thenRefusedOnceDone() throws Exception {
        JavaEstimator est = JavaEstimator.builder().entryPoint(WaitingScript.class).instanceType("local")
                .outputPath("s3://" + session.defaultBucket() + "/upd/").session(session).build();
        assertThatThrownBy(est::enableRemoteDebug).isInstanceOf(ValidationException.class)
                .hasMessageContaining("enableRemoteDebug");
        TrainingJob job = est.fit(f -> f.wait(false).jobName("upd-1"));
        assertThat(STARTED.await(30, TimeUnit.SECONDS)).isTrue();

        // update_profiler(system_monitor_interval_millis=1000) and a rule
        ProfilerRuleConfiguration rule = ProfilerRuleConfiguration.builder().ruleConfigurationName("CustomRule")
                .ruleEvaluatorImage("RuleImageUri").instanceType("ml.c4.4xlarge").volumeSizeInGB(5).build();
        est.updateProfiler(p -> p.systemMonitorIntervalMillis(1000L).rules(List.of(rule)));
        DescribeTrainingJobResponse d = job.describe();
        assertThat(d.profilingStatusAsString()).isEqualTo("Enabled");
        assertThat(d.profilerConfig().profilingIntervalInMilliseconds()).isEqualTo(1000L);
        assertThat(d.profilerRuleConfigurations()).containsExactly(rule);
        assertThat(est.profilerRules()).containsExactly(rule);

        est.disableProfiling();
        assertThat(job.describe().profilingStatusAsString()).isEqualTo("Disabled");
        assertThat(job.describe().profilerConfig().disableProfiler()).isTrue();
        assertThatThrownBy(est::disableProfiling).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already Disabled");

        est.enableDefaultProfiling();
        d = job.describe();
        assertThat(d.profilingStatusAsString()).isEqualTo("Enabled");
        assertThat(d.profilerConfig().disableProfiler()).isFalse();
        assertThat(d.profilerConfig().s3OutputPath()).isEqualTo("s3://" + session.defaultBucket() + "/upd/");
        assertThatThrownBy(est::enableDefaultProfiling).isInstanceOf(ValidationException.class)
                .hasMessageContaining("updateProfiler");

        est.enableRemoteDebug();
        assertThat(job.describe().remoteDebugConfig().enableRemoteDebug()).isTrue();
        assertThat(est.getRemoteDebugConfig().enableRemoteDebug()).isTrue();
        est.disableRemoteDebug();
        assertThat(job.describe().remoteDebugConfig().enableRemoteDebug()).isFalse();
        assertThat(est.getRemoteDebugConfig().enableRemoteDebug()).isFalse();

        // the keep-alive period changes only on an Available warm pool, which a local job never has
        assertThatThrownBy(() -> session.updateTrainingJob("upd-1", u -> u.resourceConfig(
                ResourceConfigForUpdate.builder().keepAlivePeriodInSeconds(60).build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("warm pool");
        // nothing to update
        assertThatThrownBy(() -> est.updateProfiler(p -> { })).isInstanceOf(ValidationException.class)
                .hasMessageContaining("nothing to update");
        assertThatThrownBy(() -> est.updateProfiler(p -> p.disableFrameworkMetrics(true)
                .frameworkProfileParams(java.util.Map.of("a", "b")))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("disableFrameworkMetrics");

        RELEASE.countDown();
        job.waitForCompletion(false);
        assertThat(job.describe().trainingJobStatusAsString()).isEqualTo("Completed");
        assertThatThrownBy(() -> est.updateProfiler(p -> p.systemMonitorIntervalMillis(500L)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("InProgress");
    }

    @Test
    void getSessionChainingConfig_asPythonsDict() {
        JavaEstimator est = JavaEstimator.builder().entryPoint(WaitingScript.class).instanceType("local")
                .session(session).build();
        assertThat(est.getSessionChainingConfig()).isNull();
        assertThat(est.getRemoteDebugConfig()).isNull();
        JavaEstimator chained = JavaEstimator.builder().entryPoint(WaitingScript.class).instanceType("local")
                .enableSessionTagChaining(true).enableRemoteDebug(false).session(session).build();
        assertThat(chained.getSessionChainingConfig().enableSessionTagChaining()).isTrue();
        assertThat(chained.getRemoteDebugConfig().enableRemoteDebug()).isFalse();
    }
}
