/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.local.Tarballs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacked models of ended processes are removed by the next session; those of live ones never. */
class ModelLoaderTest {
    @TempDir
    Path hosting;

    private Path unpacked(String name) throws Exception {
        Path folder = Files.createDirectories(hosting.resolve(name));
        Files.write(folder.resolve("model.bin"), new byte[1 << 16]);
        return folder;
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    @Test
    void newLoader_removesModelsOfEndedProcesses_andKeepsLiveAndUnknownOnes() throws Exception {
        // an ended process: a child JVM that has exited
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        assertThat(ended.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long endedStart = startMillis(ended.toHandle());
        Path orphan = unpacked(ended.pid() + "-" + endedStart + "-0f1e");
        ProcessHandle self = ProcessHandle.current();
        Path mine = unpacked(self.pid() + "-" + startMillis(self) + "-2d3c");
        // the same pid, started at another time: a process that ended, whose pid this JVM got again
        Path earlierSelf = unpacked(self.pid() + "-" + (startMillis(self) - 1000) + "-4b5a");
        Path unknown = unpacked("6e7f-no-owner");

        new ModelLoader(null, hosting, Tarballs.Limits.DEFAULT);

        assertThat(orphan).doesNotExist();
        assertThat(earlierSelf).doesNotExist();
        assertThat(mine.resolve("model.bin")).exists();
        assertThat(unknown.resolve("model.bin")).exists();
    }
}
