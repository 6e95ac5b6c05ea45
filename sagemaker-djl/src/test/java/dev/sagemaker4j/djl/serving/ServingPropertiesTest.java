/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServingPropertiesTest {
    @TempDir
    Path dir;

    @Test
    void read_fileAndEnvironment_splitsArgumentsAndOptions_environmentWins() throws IOException {
        Files.writeString(dir.resolve("serving.properties"), "engine=PyTorch\noption.modelName=cnn\n"
                + "translatorFactory=a.B\nmaxWorkers=2\nwidth=8\n");

        ServingProperties p = ServingProperties.read(dir, Map.of("SERVING_MAX_WORKERS", "3",
                "OPTION_MAP_LOCATION", "true", "SERVING_TRANSLATOR", "c.D", "OTHER", "x"));

        assertThat(p.fromFile()).isTrue();
        assertThat(p.engine()).isEqualTo("PyTorch");
        assertThat(p.modelName()).isEqualTo("cnn");
        assertThat(p.maxWorkers()).isEqualTo(3);
        assertThat(p.translated()).isTrue();
        assertThat(p.arguments()).containsEntry("width", "8").containsEntry("translator", "c.D")
                .doesNotContainKey("OTHER");
        assertThat(p.options()).containsEntry("map_location", "true").containsEntry("modelName", "cnn");
    }

    @Test
    void maxWorkers_notAWholeNumber_namesTheKeyAndTheFix() {
        ServingProperties p = ServingProperties.read(dir, Map.of("SERVING_MAX_WORKERS", "many"));

        assertThat(p.fromFile()).isFalse();
        assertThat(p.translated()).isFalse();
        assertThatThrownBy(p::maxWorkers).isInstanceOf(ValidationException.class).hasMessageContaining("maxWorkers")
                .hasMessageContaining("many");
    }

    @Test
    void claims_torchScriptOrServingProperties_butNotAnOnnxFolder() throws IOException {
        DjlModelRuntimeProvider provider = new DjlModelRuntimeProvider();
        assertThat(provider.claims(dir, Map.of())).isFalse();
        Files.write(dir.resolve("model.pt"), new byte[1]);
        assertThat(provider.claims(dir, Map.of())).isTrue();
        Path onnx = Files.createDirectories(dir.resolve("onnx"));
        Files.writeString(onnx.resolve("serving.properties"), "engine=OnnxRuntime\n");
        assertThat(provider.claims(onnx, Map.of())).isFalse();
        Files.writeString(onnx.resolve("serving.properties"), "engine=PyTorch\n");
        assertThat(provider.claims(onnx, Map.of())).isTrue();
    }
}
