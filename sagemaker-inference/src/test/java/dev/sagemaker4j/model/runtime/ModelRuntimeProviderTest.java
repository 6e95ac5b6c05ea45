/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.model.internal.ModelRuntimes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRuntimeProviderTest {

    @Test
    void load_folderAProviderClaims_isServedByThatProvider(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(MarkerRuntimeProvider.FILE), "m1");
        try (ModelRuntime runtime = ModelRuntimes.load(dir, Map.of())) {
            assertThat(runtime.name()).isEqualTo("marker");
            assertThat(new String(runtime.invoke("x".getBytes(StandardCharsets.UTF_8), "text/plain", null).body(),
                    StandardCharsets.UTF_8)).isEqualTo("M1:X");
        }
    }

    @Test
    void load_folderNothingServes_errorListsTheProvidersArtifacts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("weights.bin"), "?");
        assertThatThrownBy(() -> ModelRuntimes.load(dir, Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("a marker-model.txt (marker)");
    }
}
