package dev.sagemaker4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void write_newFolder_createsFolderAndLeavesOnlyTheTarget() throws Exception {
        Path target = dir.resolve("a/b/record.json");
        ObjectNode json = SdkJson.MAPPER.createObjectNode().put("x", 1);

        AtomicFiles.writeJson(target, json);

        assertThat(SdkJson.MAPPER.readTree(target.toFile())).isEqualTo(json);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void write_concurrentWritersOfOneTarget_targetIsOneWholeVersion() throws Exception {
        Path target = dir.resolve("record.txt");
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String text = String.valueOf((char) ('a' + t)).repeat(100_000);
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 5; i++) {
                    AtomicFiles.writeString(target, text);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        String content = Files.readString(target);
        assertThat(content).hasSize(100_000);
        assertThat(content.chars().distinct().count()).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void write_folderIsAFile_throwsStorageExceptionNamingTargetAndKeepsNothing() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "not a folder");
        Path target = blocker.resolve("record.json");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "{}"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("record.json");
        assertThat(Files.readString(blocker)).isEqualTo("not a folder");
    }

    @Test
    void writeNew_targetExists_returnsFalseAndKeepsTheFirst() throws Exception {
        Path target = dir.resolve("packages/1.json");

        assertThat(AtomicFiles.writeNew(target, "first")).isTrue();
        assertThat(AtomicFiles.writeNew(target, "second")).isFalse();

        assertThat(Files.readString(target)).isEqualTo("first");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writeNew_racingThreads_exactlyOneWins() throws Exception {
        Path target = dir.resolve("version.json");
        java.util.concurrent.atomic.AtomicInteger wins = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String text = "writer-" + t;
            Thread thread = new Thread(() -> {
                if (AtomicFiles.writeNew(target, text)) {
                    wins.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(wins.get()).isEqualTo(1);
        assertThat(Files.readString(target)).startsWith("writer-");
    }

    @Test
    void isTemporary_tempNameAndRecordName_onlyTempIsTemporary() {
        assertThat(AtomicFiles.isTemporary(dir.resolve(".record.json.sm4j-tmp-0f1e"))).isTrue();
        assertThat(AtomicFiles.isTemporary(dir.resolve("record.json"))).isFalse();
    }
}
