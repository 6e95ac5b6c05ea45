/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handlers named by a request: the type is checked before any of the class's code runs. */
class HandlerRuntimeTest {
    static final AtomicBoolean INITIALISED = new AtomicBoolean();

    @TempDir
    Path dir;

    /** Not an InferenceHandler; its static initialiser must never run when named as one. */
    static final class NotAHandler {
        static {
            INITIALISED.set(true);
        }
    }

    @Test
    void load_classThatIsNotAHandler_isRefusedWithoutRunningItsStaticInitialiser() {
        assertThatThrownBy(() -> HandlerRuntime.load(NotAHandler.class.getName(), dir))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not implement InferenceHandler");
        assertThat(INITIALISED).isFalse();
    }
}
