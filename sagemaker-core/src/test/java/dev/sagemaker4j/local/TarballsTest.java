/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.Tarballs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** model.tar.gz unpacking: limits checked while writing, links refused, truncation named. */
class TarballsTest {
    @TempDir
    Path dir;

    /** Writes a gzipped tar, entry by entry, without holding any entry's bytes. */
    private interface Entries {
        void write(TarArchiveOutputStream tar) throws IOException;
    }

    private static byte[] tarGz(Entries entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            entries.write(tar);
            tar.finish();
        }
        return bytes.toByteArray();
    }

    private static void file(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static void zeros(TarArchiveOutputStream tar, String name, long size) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(size);
        tar.putArchiveEntry(e);
        byte[] chunk = new byte[1 << 20];
        for (long left = size; left > 0; left -= chunk.length) {
            tar.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
        tar.closeArchiveEntry();
    }

    private static long bytesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    void unpack_gibibyteOfZerosInAMegabyte_stopsEarlyNamingTheRatioLimit() throws IOException {
        long entrySize = 1L << 30;
        byte[] bomb = tarGz(tar -> zeros(tar, "weights.bin", entrySize));
        assertThat(bomb.length).isLessThan(4 << 20);
        Path target = dir.resolve("bomb");

        assertThatThrownBy(() -> Tarballs.unpack(new ByteArrayInputStream(bomb), target, "s3://b/bomb.tar.gz"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("s3://b/bomb.tar.gz")
                .hasMessageContaining(Tarballs.MAX_RATIO_PROPERTY);
        // stopped within the first 64 MiB (plus one buffer), far below the 1 GiB entry
        assertThat(bytesUnder(target)).isLessThanOrEqualTo(Tarballs.RATIO_FLOOR + (1 << 16));
    }

    @Test
    void unpack_moreBytesThanTheLimit_stopsNamingTheBytesLimit() throws IOException {
        byte[] archive = tarGz(tar -> {
            byte[] random = new byte[40_000];
            new java.util.Random(1).nextBytes(random);
            file(tar, "a.bin", random);
            file(tar, "b.bin", random);
        });
        Path target = dir.resolve("big");

        assertThatThrownBy(() -> Tarballs.unpack(new ByteArrayInputStream(archive), target, "model.tar.gz",
                new Tarballs.Limits(50_000, 100, 100)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than 50000 bytes")
                .hasMessageContaining(Tarballs.MAX_BYTES_PROPERTY);
        assertThat(bytesUnder(target)).isLessThanOrEqualTo(50_000);
    }

    @Test
    void unpack_moreEntriesThanTheLimit_stopsNamingTheEntriesLimit() throws IOException {
        byte[] archive = tarGz(tar -> {
            for (int i = 0; i < 20; i++) {
                file(tar, "f" + i + ".txt", new byte[] {1});
            }
        });
        Path target = dir.resolve("many");

        assertThatThrownBy(() -> Tarballs.unpack(new ByteArrayInputStream(archive), target, "model.tar.gz",
                new Tarballs.Limits(1 << 20, 10, 100)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than 10 entries")
                .hasMessageContaining(Tarballs.MAX_ENTRIES_PROPERTY);
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.count()).isEqualTo(10);
        }
    }

    @Test
    void unpack_withinTheLimits_writesEveryFile() throws IOException {
        byte[] archive = tarGz(tar -> {
            file(tar, "model.json", "{\"w\":[1,2]}".getBytes(StandardCharsets.UTF_8));
            file(tar, "sub/more.txt", "x".getBytes(StandardCharsets.UTF_8));
        });
        Path target = dir.resolve("ok");

        assertThat(Tarballs.unpack(new ByteArrayInputStream(archive), target, "model.tar.gz",
                new Tarballs.Limits(100, 3, 100))).hasSize(2);
        assertThat(Files.readString(target.resolve("model.json"))).isEqualTo("{\"w\":[1,2]}");
    }

    @Test
    void unpack_symbolicLink_isRefusedByName() throws IOException {
        byte[] archive = tarGz(tar -> {
            TarArchiveEntry link = new TarArchiveEntry("model.json", TarConstants.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        });
        Path target = dir.resolve("symlink");

        assertThatThrownBy(() -> Tarballs.unpack(new ByteArrayInputStream(archive), target, "model.tar.gz"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("symbolic link entry 'model.json'");
        assertThat(target.resolve("model.json")).doesNotExist();
    }

    @Test
    void unpack_hardLink_isRefusedByName() throws IOException {
        byte[] archive = tarGz(tar -> {
            file(tar, "a.txt", new byte[] {1});
            TarArchiveEntry link = new TarArchiveEntry("b.txt", TarConstants.LF_LINK);
            link.setLinkName("a.txt");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        });
        Path target = dir.resolve("hardlink");

        assertThatThrownBy(() -> Tarballs.unpack(new ByteArrayInputStream(archive), target, "model.tar.gz"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("hard link entry 'b.txt'");
        assertThat(target.resolve("b.txt")).doesNotExist();
    }

    @Test
    void unpack_truncatedArchive_saysTruncatedNamingTheArchiveAndTheFix() throws IOException {
        byte[] random = new byte[200_000];
        new java.util.Random(2).nextBytes(random);
        byte[] archive = tarGz(tar -> file(tar, "model.bin", random));
        byte[] truncated = Arrays.copyOf(archive, archive.length / 2);

        assertThatThrownBy(() -> Tarballs.unpack(new ByteArrayInputStream(truncated), dir.resolve("t"),
                "s3://b/model.tar.gz"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("s3://b/model.tar.gz")
                .hasMessageContaining("truncated or corrupt")
                .hasMessageContaining("upload the archive again");
    }

    @Test
    void limitsFromProperties_readsEachKnobAndRejectsBadValues() {
        assertThat(Tarballs.Limits.fromProperties(Map.of())).isEqualTo(Tarballs.Limits.DEFAULT);
        assertThat(Tarballs.Limits.fromProperties(Map.of(Tarballs.MAX_BYTES_PROPERTY, "1000",
                Tarballs.MAX_ENTRIES_PROPERTY, "5", Tarballs.MAX_RATIO_PROPERTY, "7")))
                .isEqualTo(new Tarballs.Limits(1000, 5, 7));
        assertThatThrownBy(() -> Tarballs.Limits.fromProperties(Map.of(Tarballs.MAX_RATIO_PROPERTY, "0")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(Tarballs.MAX_RATIO_PROPERTY);
    }

    @Test
    void pack_thenUnpack_roundTrips() throws IOException {
        Path model = Files.createDirectories(dir.resolve("model/sub"));
        Files.writeString(model.resolve("w.txt"), "weights");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tarballs.pack(dir.resolve("model"), (OutputStream) out);
        Path target = dir.resolve("back");

        Tarballs.unpack(new ByteArrayInputStream(out.toByteArray()), target, "model.tar.gz");

        assertThat(Files.readString(target.resolve("sub/w.txt"))).isEqualTo("weights");
    }
}
