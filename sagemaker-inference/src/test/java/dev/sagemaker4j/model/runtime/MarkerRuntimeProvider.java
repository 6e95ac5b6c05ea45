/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A test provider: serves a folder holding {@code marker-model.txt} by answering its text upper-cased. */
public final class MarkerRuntimeProvider implements ModelRuntimeProvider {
    static final String FILE = "marker-model.txt";

    @Override
    public String name() {
        return "marker";
    }

    @Override
    public String serves() {
        return "a marker-model.txt";
    }

    @Override
    public boolean claims(Path modelDir, Map<String, String> environment) {
        return Files.isRegularFile(modelDir.resolve(FILE));
    }

    @Override
    public ModelRuntime load(Path modelDir, Map<String, String> environment) throws Exception {
        String text = Files.readString(modelDir.resolve(FILE));
        return new ModelRuntime() {
            @Override
            public String name() {
                return "marker";
            }

            @Override
            public List<String> contentTypes() {
                return List.of("text/plain");
            }

            @Override
            public List<String> accepts() {
                return List.of("text/plain");
            }

            @Override
            public Invocation invoke(byte[] body, String contentType, String accept) {
                String in = new String(body, StandardCharsets.UTF_8);
                return new Invocation((text + ":" + in).toUpperCase(java.util.Locale.ROOT)
                        .getBytes(StandardCharsets.UTF_8), "text/plain");
            }

            @Override
            public long sizeBytes() {
                return text.length();
            }

            @Override
            public void close() {
            }
        };
    }
}
