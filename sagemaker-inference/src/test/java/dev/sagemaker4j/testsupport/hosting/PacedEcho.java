/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport.hosting;

import dev.sagemaker4j.inference.InferenceHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A test handler that answers each CSV line with the line and {@code ",ok"}, pausing a request for the
 * milliseconds its model artifact's {@code pause-ms} file says (25 without one): a transform of many records
 * sent one a request runs long enough to be seen running and stopped.
 */
public final class PacedEcho implements InferenceHandler<Long, List<String>, List<String>> {
    /** The file of the model artifact that holds the pause per request, in milliseconds. */
    public static final String PAUSE_FILE = "pause-ms";

    @Override
    public Long modelFn(Path modelDir) throws IOException {
        Path pause = modelDir.resolve(PAUSE_FILE);
        return Files.isRegularFile(pause) ? Long.parseLong(Files.readString(pause).trim()) : 25L;
    }

    @Override
    public List<String> inputFn(byte[] body, String contentType) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Override
    public List<String> predictFn(List<String> lines, Long pauseMillis) throws InterruptedException {
        Thread.sleep(pauseMillis);
        return lines.stream().map(l -> l + ",ok").collect(Collectors.toList());
    }

    @Override
    public Output outputFn(List<String> prediction, String accept) {
        return Output.of(String.join("\n", prediction) + "\n", "text/csv");
    }
}
