/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.CleanupMode;

class SessionOptionsTest {
    @LocalSageMaker(tempDir = "near", cleanup = CleanupMode.NEVER)
    private static final class Near {
    }

    @LocalSageMaker(tempDir = "far", maxConcurrentJobs = 3, region = "eu-west-1", cleanup = CleanupMode.ALWAYS)
    private static final class Far {
    }

    @LocalSageMaker
    private static final class Plain {
    }

    private static LocalSageMaker of(Class<?> c) {
        return c.getAnnotation(LocalSageMaker.class);
    }

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void merge_nearestFirst_eachAttributeFromTheNearestAnnotationThatSetsIt() {
        SessionOptions options = SessionOptions.merge(List.of(of(Near.class), of(Far.class)), config(Map.of()));

        assertThat(options.tempDir()).isEqualTo(Path.of("near").toAbsolutePath());
        assertThat(options.maxConcurrentJobs()).isEqualTo(3);
        assertThat(options.region()).isEqualTo("eu-west-1");
        assertThat(options.cleanup()).isEqualTo(CleanupMode.NEVER);
    }

    @Test
    void merge_nothingSet_configurationParametersThenDefaults() {
        SessionOptions configured = SessionOptions.merge(List.of(of(Plain.class)), config(Map.of(
                LocalSageMakerExtension.TEMP_DIR_PROPERTY, "/configured",
                LocalSageMakerExtension.CLEANUP_PROPERTY, "on_success")));
        SessionOptions defaults = SessionOptions.merge(List.of(), config(Map.of()));

        assertThat(configured.tempDir()).isEqualTo(Path.of("/configured"));
        assertThat(configured.cleanup()).isEqualTo(CleanupMode.ON_SUCCESS);
        assertThat(defaults.tempDir()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
        assertThat(defaults.region()).isEqualTo("us-east-1");
        assertThat(defaults.maxConcurrentJobs()).isZero();
        assertThat(defaults.cleanup()).isEqualTo(CleanupMode.ALWAYS);
    }

    @Test
    void merge_unknownCleanupParameter_failsNamingParameterAndChoices() {
        assertThatThrownBy(() -> SessionOptions.merge(List.of(),
                config(Map.of(LocalSageMakerExtension.CLEANUP_PROPERTY, "sometimes"))))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("sagemaker4j.testing.cleanup is 'sometimes'")
                .hasMessageContaining("always, on_success or never");
    }

    @Test
    void deletes_eachMode_deletesOnlyWhenTheModeSays() {
        Path dir = Path.of("/t");
        SessionOptions always = new SessionOptions(dir, 0, "us-east-1", CleanupMode.ALWAYS);
        SessionOptions onSuccess = new SessionOptions(dir, 0, "us-east-1", CleanupMode.ON_SUCCESS);
        SessionOptions never = new SessionOptions(dir, 0, "us-east-1", CleanupMode.NEVER);

        assertThat(always.deletes(true)).isTrue();
        assertThat(onSuccess.deletes(false)).isTrue();
        assertThat(onSuccess.deletes(true)).isFalse();
        assertThat(never.deletes(false)).isFalse();
    }
}
