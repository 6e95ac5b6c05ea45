/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void nameFromBase_appendsPythonSdkTimestamp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T23:59:01.123Z"), ZoneOffset.UTC);
        assertThat(Names.nameFromBase("xgboost", clock)).isEqualTo("xgboost-2026-11-27-23-59-01-123");
        String longBase = "a".repeat(80);
        String name = Names.nameFromBase(longBase, clock);
        assertThat(name).hasSize(63);
        assertThat(Names.validateName("TrainingJobName", name)).isEqualTo(name);
    }

    @Test
    void validateName_rejectsWhatTheServiceRejects() {
        for (String bad : new String[] {"", "-a", "a-", "a_b", "a.b", "a b", "x".repeat(64),
                "a" + "--b".repeat(62), "é"}) {
            assertThatThrownBy(() -> Names.validateName("EndpointName", bad)).as(bad)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("EndpointName"));
        }
        assertThat(Names.validateName("EndpointName", "a--b-9")).isEqualTo("a--b-9");
        assertThat(Names.validateName("EndpointName", "Z")).isEqualTo("Z");
        assertThat(Names.validateName("EndpointName", "x".repeat(63))).hasSize(63);
    }
}
