/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Entry points named by a request: the type is checked before any of the class's code runs. */
class EntryPointsTest {
    static final AtomicBoolean INITIALISED = new AtomicBoolean();

    /** Not a TrainingScript; its static initialiser must never run when named as one. */
    static final class NotAScript {
        static {
            INITIALISED.set(true);
        }
    }

    @Test
    void create_classThatIsNotATrainingScript_isRefusedWithoutRunningItsStaticInitialiser() {
        assertThatThrownBy(() -> EntryPoints.create(NotAScript.class.getName()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not implement TrainingScript");
        assertThat(INITIALISED).isFalse();
    }
}
