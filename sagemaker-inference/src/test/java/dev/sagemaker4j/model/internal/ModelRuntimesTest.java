/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelRuntimesTest {
    @Test
    void threads_defaultsToOne_readsOmpNumThreads_rejectsNonsense() {
        assertThat(ModelRuntimes.threads(Map.of())).isEqualTo(1);
        assertThat(ModelRuntimes.threads(Map.of("OMP_NUM_THREADS", " 4 "))).isEqualTo(4);
        for (String bad : new String[] {"0", "-2", "four"}) {
            assertThatThrownBy(() -> ModelRuntimes.threads(Map.of("OMP_NUM_THREADS", bad))).as(bad)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("env.OMP_NUM_THREADS"));
        }
    }
}
