/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.utils.Numbers;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * {@code model.tar.gz} and {@code output.tar.gz}, as SageMaker's containers write and read them:
 * the folder's content at the top level of a gzipped POSIX tar.
 */
public final class Tarballs {
    private Tarballs() {
    }

    /**
     * Packs a folder's content (not the folder itself) into a gzipped tar, in path order.
     *
     * @param folder the folder
     * @param out    where to write (not closed)
     * @throws IOException when reading or writing fails
     */
    public static void pack(Path folder, OutputStream out) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> !p.equals(folder)).sorted().collect(Collectors.toList());
        }
        // zlib level 1: several times faster than the default 6 on models and outputs (a model's JSON packed in
        // 10 instead of 60 ms) for a slightly larger file; any level reads back the same
        GzipParameters parameters = new GzipParameters();
        parameters.setCompressionLevel(Deflater.BEST_SPEED);
        GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(new BufferedOutputStream(out, 1 << 16),
                parameters);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        for (Path p : paths) {
            String name = folder.relativize(p).toString().replace('\\', '/');
            if (Files.isDirectory(p)) {
                TarArchiveEntry entry = new TarArchiveEntry(p.toFile(), name + "/");
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            } else if (Files.isRegularFile(p)) {
                TarArchiveEntry entry = new TarArchiveEntry(p.toFile(), name);
                tar.putArchiveEntry(entry);
                Files.copy(p, tar);
                tar.closeArchiveEntry();
            }
        }
        tar.finish();
        gzip.finish();
        gzip.flush();
    }

    /**
     * Packs a folder into a gzipped tar file.
     *
     * @param folder the folder
     * @param target the file to write
     * @throws IOException when reading or writing fails
     */
    public static void pack(Path folder, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            pack(folder, out);
        }
    }

    /**
     * Unpacks a gzipped tar into a folder with the {@linkplain Limits#DEFAULT default limits}.
     *
     * @param in     the archive (not closed)
     * @param folder the folder to fill (created when missing)
     * @param source what the archive is, for error messages
     * @return the files written
     * @throws IOException when writing fails
     * @throws ValidationException when the archive is corrupt, truncated, breaks a limit, or has an
     *                             escaping, link or special entry
     */
    public static List<Path> unpack(InputStream in, Path folder, String source) throws IOException {
        return unpack(in, folder, source, Limits.DEFAULT);
    }

    /**
     * Unpacks a gzipped tar into a folder, refusing entries that would land outside it (zip-slip),
     * links (symbolic and hard), and anything that is not a file or folder, and stopping as soon
     * as a limit is passed: the limits are checked while bytes are written, so a small archive
     * that expands without end (a "zip bomb") writes no more than the limit before it fails. On
     * failure the files written so far stay in the folder: the caller removes the folder.
     *
     * @param in     the archive (not closed)
     * @param folder the folder to fill (created when missing)
     * @param source what the archive is, for error messages
     * @param limits the limits on unpacked bytes, entries and compression ratio
     * @return the files written
     * @throws IOException when writing fails
     * @throws ValidationException when the archive is corrupt, truncated, breaks a limit, or has an
     *                             escaping, link or special entry
     */
    public static List<Path> unpack(InputStream in, Path folder, String source, Limits limits) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Files.createDirectories(root);
        List<Path> written = new ArrayList<>();
        CountingInputStream compressed = new CountingInputStream(in);
        TarArchiveInputStream tar;
        try {
            tar = new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(compressed,
                    1 << 16)));
        } catch (IOException e) {
            throw new ValidationException("modelData", source, "is not a gzipped tar archive: " + describe(e),
                    "pack the model folder with tar -czf model.tar.gz -C model .", e);
        }
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        long entries = 0;
        TarArchiveEntry entry;
        while ((entry = nextEntry(tar, source)) != null) {
            if (++entries > limits.maxEntries()) {
                throw limit(source, "has more than " + limits.maxEntries() + " entries", MAX_ENTRIES_PROPERTY);
            }
            Path target = root.resolve(entry.getName()).normalize();
            if (!target.startsWith(root)) {
                throw new ValidationException("modelData", source, "has an entry '" + entry.getName()
                        + "' that would be written outside its folder", "rebuild the archive with relative paths"
                        + " that stay inside it");
            }
            // links first: the archive reader reports a link as a regular file too (its type flag is not '5')
            if (entry.isSymbolicLink() || entry.isLink()) {
                throw new ValidationException("modelData", source, "has a " + (entry.isSymbolicLink() ? "symbolic"
                        : "hard") + " link entry '" + entry.getName() + "' (to '" + entry.getLinkName() + "')",
                        "rebuild the archive without links (tar --dereference --hard-dereference)");
            }
            if (entry.isDirectory()) {
                try {
                    Files.createDirectories(target);
                } catch (java.nio.file.FileSystemException e) {
                    throw clash(source, entry, e);
                }
                continue;
            }
            if (target.equals(root)) {
                throw new ValidationException("modelData", source, "has a file entry '" + entry.getName()
                        + "' that names the archive's own folder", "rebuild the archive from the model folder's files");
            }
            if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO() || !entry.isFile()) {
                throw new ValidationException("modelData", source, "has an entry '" + entry.getName()
                        + "' that is neither a file nor a folder", "rebuild the archive from plain files");
            }
            if (entry.getSize() > limits.maxBytes() - total) {
                throw limit(source, "unpacks to more than " + limits.maxBytes() + " bytes (entry '"
                        + entry.getName() + "' alone is " + entry.getSize() + " bytes)", MAX_BYTES_PROPERTY);
            }
            OutputStream opened;
            try {
                Files.createDirectories(target.getParent());
                opened = Files.newOutputStream(target);
            } catch (java.nio.file.FileSystemException e) {
                throw clash(source, entry, e);
            }
            try (OutputStream out = opened) {
                int n;
                while ((n = read(tar, buffer, source)) > 0) {
                    total += n;
                    if (total > limits.maxBytes()) {
                        throw limit(source, "unpacks to more than " + limits.maxBytes() + " bytes",
                                MAX_BYTES_PROPERTY);
                    }
                    if (total > RATIO_FLOOR && total > limits.maxRatio() * Math.max(1, compressed.count)) {
                        throw limit(source, "expands more than " + limits.maxRatio() + " times (" + total
                                + " bytes from " + compressed.count + "), as a decompression bomb does",
                                MAX_RATIO_PROPERTY);
                    }
                    out.write(buffer, 0, n);
                }
            }
            written.add(target);
        }
        return written;
    }

    /** A file and a folder of one name in one archive (or a file where a folder must go). */
    private static ValidationException clash(String source, TarArchiveEntry entry, java.nio.file.FileSystemException e) {
        return new ValidationException("modelData", source, "has an entry '" + entry.getName() + "' that clashes with"
                + " an entry before it (a file and a folder of one name): " + e.getClass().getSimpleName(),
                "rebuild the archive from a plain folder (tar -czf model.tar.gz -C model .)", e);
    }

    /**
     * Unpacked bytes before the ratio is checked: small archives of very regular files (a config of
     * zeros) may compress far better than weights do, and are harmless at this size.
     */
    static final long RATIO_FLOOR = 64L << 20;

    /** Session property: the most bytes a model archive may unpack to. */
    public static final String MAX_BYTES_PROPERTY = "sagemaker4j.archive.maxBytes";
    /** Session property: the most entries (files and folders) a model archive may hold. */
    public static final String MAX_ENTRIES_PROPERTY = "sagemaker4j.archive.maxEntries";
    /** Session property: the most a model archive may expand (unpacked bytes / archive bytes). */
    public static final String MAX_RATIO_PROPERTY = "sagemaker4j.archive.maxRatio";

    /**
     * Limits on what an archive may unpack to. Defaults: 10 GiB (larger than any model an
     * in-process endpoint serves on one machine), 10,000 entries (a model folder has a handful; a
     * framework model with tokenizer and shards a few hundred) and a ratio of 100 (weights compress
     * two to five times, text models perhaps ten; zeros compress about a thousand times), checked
     * once more than 64 MiB are unpacked.
     *
     * @param maxBytes   the most bytes unpacked, in all entries together
     * @param maxEntries the most entries
     * @param maxRatio   the most unpacked bytes per archive byte
     */
    public record Limits(long maxBytes, long maxEntries, long maxRatio) {
        /** 10 GiB, 10,000 entries, ratio 100. */
        public static final Limits DEFAULT = new Limits(10L << 30, 10_000, 100);

        /**
         * The limits set by session properties ({@value #MAX_BYTES_PROPERTY},
         * {@value #MAX_ENTRIES_PROPERTY}, {@value #MAX_RATIO_PROPERTY}), the defaults for the rest.
         *
         * @param properties the session's properties
         * @return the limits
         * @throws ValidationException naming the property when a value is not a whole number of at least 1
         */
        public static Limits fromProperties(Map<String, String> properties) {
            String fix = "set it to a whole number with Session.builder().property(...), or leave it out";
            return new Limits(
                    Numbers.atLeastOne(MAX_BYTES_PROPERTY, properties.get(MAX_BYTES_PROPERTY),
                            DEFAULT.maxBytes(), "bytes", fix),
                    Numbers.atLeastOne(MAX_ENTRIES_PROPERTY, properties.get(MAX_ENTRIES_PROPERTY),
                            DEFAULT.maxEntries(), "entries", fix),
                    Numbers.atLeastOne(MAX_RATIO_PROPERTY, properties.get(MAX_RATIO_PROPERTY),
                            DEFAULT.maxRatio(), null, fix));
        }
    }

    private static ValidationException limit(String source, String problem, String property) {
        return new ValidationException("modelData", source, problem + "; the limit is " + property,
                "check where the archive came from; if it is trusted, raise " + property
                        + " with Session.builder().property(\"" + property + "\", ...)");
    }

    private static TarArchiveEntry nextEntry(TarArchiveInputStream tar, String source) {
        try {
            return tar.getNextEntry();
        } catch (IOException e) {
            throw corrupt(source, e);
        }
    }

    private static int read(InputStream tar, byte[] buffer, String source) {
        try {
            return tar.read(buffer);
        } catch (IOException e) {
            throw corrupt(source, e);
        }
    }

    /** Reading failed: the archive ends early or its bytes are damaged (writes fail elsewhere). */
    private static ValidationException corrupt(String source, IOException e) {
        return new ValidationException("modelData", source, "is a truncated or corrupt gzipped tar archive ("
                + describe(e) + ")", "upload the archive again, whole; check it with tar -tzf, and rebuild it with"
                + " tar -czf model.tar.gz -C model . if that fails", e);
    }

    private static String describe(IOException e) {
        if (e instanceof java.io.EOFException) {
            return "it ends before its last entry" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Counts the archive's bytes, for the ratio. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += Math.max(0, skipped);
            return skipped;
        }
    }
}
