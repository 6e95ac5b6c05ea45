/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import dev.sagemaker4j.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The sessions of one scope (a test method or a test class), by options. Closing closes every
 * session and deletes the roots its options say to delete; it is idempotent, so that JUnit closing
 * the store value as well (5.13 and later close {@code AutoCloseable} values) does no harm.
 */
final class ScopedSessions implements AutoCloseable {
    private static final int DELETE_ATTEMPTS = 5;

    private final String owner;
    private final Map<SessionOptions, Entry> sessions = new LinkedHashMap<>();
    private boolean failed;

    private record Entry(Session session, Path root) {
    }

    /**
     * @param owner the test or class the sessions belong to, as messages name it
     */
    ScopedSessions(String owner) {
        this.owner = owner;
    }

    /**
     * The session for these options, created on first use.
     *
     * @throws ExtensionConfigurationException when it cannot be created, with a message naming
     *                                         the test, the folder and the option to change
     */
    synchronized Session get(SessionOptions options) {
        Entry entry = sessions.get(options);
        if (entry == null) {
            entry = create(options);
            sessions.put(options, entry);
        }
        return entry.session();
    }

    /** Marks the scope failed, so that {@code ON_SUCCESS} keeps its roots. */
    synchronized void markFailed() {
        failed = true;
    }

    @Override
    public void close() {
        close((key, value) -> { });
    }

    /**
     * Closes every session and deletes the roots whose options say so.
     *
     * @param kept told about every root that is kept ({@code "sagemaker4j.root"}, path)
     */
    synchronized void close(BiConsumer<String, String> kept) {
        RuntimeException error = null;
        for (Map.Entry<SessionOptions, Entry> e : sessions.entrySet()) {
            Entry entry = e.getValue();
            try {
                entry.session().close();
            } catch (RuntimeException ex) {
                error = add(error, new IllegalStateException("@LocalSageMaker: closing the session of " + owner
                        + " (root " + entry.root() + ") failed: " + ex, ex));
            }
            if (e.getKey().deletes(failed)) {
                try {
                    deleteTree(entry.root());
                } catch (IOException ex) {
                    error = add(error, new UncheckedIOException("@LocalSageMaker: could not delete the session root "
                            + entry.root() + " of " + owner + ": " + ex, ex));
                }
            } else {
                kept.accept("sagemaker4j.root", entry.root().toString());
            }
        }
        sessions.clear();
        if (error != null) {
            throw error;
        }
    }

    private Entry create(SessionOptions options) {
        Path root;
        try {
            Files.createDirectories(options.tempDir());
            root = Files.createTempDirectory(options.tempDir(), "sagemaker4j-");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new ExtensionConfigurationException("@LocalSageMaker could not create a local Session for " + owner
                    + ": the temporary root cannot be created in " + options.tempDir() + " (" + e
                    + "); set @LocalSageMaker(tempDir = \"...\") or -D" + LocalSageMakerExtension.TEMP_DIR_PROPERTY
                    + " to a writable folder", e);
        }
        try {
            Session.Builder builder = Session.builder().backend("local").root(root).region(options.region());
            if (options.maxConcurrentJobs() != 0) {
                builder.maxConcurrentJobs(options.maxConcurrentJobs());
            }
            return new Entry(builder.build(), root);
        } catch (RuntimeException e) {
            try {
                deleteTree(root);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new ExtensionConfigurationException("@LocalSageMaker could not create a local Session for " + owner
                    + " (" + options + "): " + e.getMessage(), e);
        }
    }

    private static RuntimeException add(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    /**
     * Deletes a folder and everything in it. A job or endpoint thread may still be finishing a
     * write when the session closes, so a folder that is not empty yet is tried again.
     */
    static void deleteTree(Path root) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < DELETE_ATTEMPTS; attempt++) {
            try {
                deleteOnce(root);
                return;
            } catch (IOException e) {
                last = e;
                try {
                    Thread.sleep(50L << attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw last;
    }

    private static void deleteOnce(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<IOException> errors = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof NoSuchFileException)) {
                    errors.add(e);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                delete(dir);
                return FileVisitResult.CONTINUE;
            }

            private void delete(Path path) throws IOException {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    errors.add(e);
                }
            }
        });
        if (!errors.isEmpty()) {
            IOException e = errors.get(0);
            errors.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }
}
