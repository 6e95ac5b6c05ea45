/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch folders: removed whole, quietly, when their work is done.
 *
 * <pre>{@code
 * Path scratch = Files.createTempDirectory("sagemaker4j-dataset");
 * try { ... } finally { Folders.deleteQuietly(scratch); }
 * }</pre>
 */
public final class Folders {
    private Folders() {
    }

    /**
     * Deletes a folder and everything in it, deepest first. Failures are ignored: this is for scratch space,
     * which nothing reads again (a file another process holds open stays until the temp folder is cleaned).
     *
     * @param dir the folder; {@code null} or a missing folder is left as it is
     */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // scratch space: left for the temp folder's own cleaning
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
