/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.internal.settings.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressModesTest {
    private static Settings property(String value) {
        return Settings.of(Map.of("sagemaker4j.progress", value), Map.of());
    }

    @ParameterizedTest
    @CsvSource({"bar,true", "BAR,false", "console,false", "log,true", "logging,false", "none,true", "off,false"})
    void choose_modeSet_winsOverTheKindOfOutput(String mode, boolean interactive) {
        ProgressListener chosen = ProgressModes.choose(property(mode), interactive);

        switch (mode.toLowerCase()) {
            case "bar":
            case "console":
                assertThat(chosen).isInstanceOf(ConsoleProgressListener.class);
                break;
            case "log":
            case "logging":
                assertThat(chosen).isInstanceOf(LoggingProgressListener.class);
                break;
            default:
                assertThat(chosen).isSameAs(ProgressListener.none());
        }
    }

    @Test
    void choose_environmentVariable_isReadWhenNoPropertyIsSet() {
        Settings settings = Settings.of(Map.of(), Map.of("SAGEMAKER4J_PROGRESS", "none"));

        assertThat(ProgressModes.choose(settings, true)).isSameAs(ProgressListener.none());
    }

    @Test
    void choose_nothingSet_drawsBarsOnlyWhereAPersonWatches() {
        Settings unset = Settings.of(Map.of(), Map.of());

        assertThat(ProgressModes.choose(unset, true)).isInstanceOf(ConsoleProgressListener.class);
        assertThat(ProgressModes.choose(unset, false)).isInstanceOf(LoggingProgressListener.class);
    }

    @Test
    void choose_unknownMode_namesThePropertyAndTheChoices() {
        assertThatThrownBy(() -> ProgressModes.choose(property("fancy"), true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("sagemaker4j.progress")
                .hasMessageContaining("'fancy'")
                .hasMessageContaining("bar, log or none");
    }

    @Test
    void inJShell_remoteAgentCommand_isRecognised() {
        assertThat(Settings.of(Map.of("sun.java.command", "jdk.jshell.execution.RemoteExecutionControl 42229"),
                Map.of()).inJShell()).isTrue();
        assertThat(Settings.of(Map.of("sun.java.command", "dev.sagemaker4j.examples.Quickstart"), Map.of())
                .inJShell()).isFalse();
        assertThat(Settings.of(Map.of(), Map.of()).inJShell()).isFalse();
    }

    @Test
    void none_anyEvent_doesNothingAndIsShared() {
        ProgressListener none = ProgressListener.none();

        none.onProgress(new ProgressEvent("Training", "j", 1, 2, "round", Map.of(), Duration.ZERO));

        assertThat(ProgressListener.none()).isSameAs(none);
    }

    @Test
    void finished_endedOrComplete_isTrueAndNotOtherwise() {
        assertThat(new ProgressEvent("T", "n", 3, 10, "round", Map.of(), Duration.ZERO).finished()).isFalse();
        assertThat(new ProgressEvent("T", "n", 10, 10, "round", Map.of(), Duration.ZERO).finished()).isTrue();
        assertThat(new ProgressEvent("T", "n", 3, -1, "record", Map.of(), Duration.ZERO).finished()).isFalse();
        assertThat(new ProgressEvent("T", "n", 3, -1, "record", Map.of(), Duration.ZERO, true).finished()).isTrue();
    }
}
