/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.monitor.internal.CaptureRecords.CaptureRecord;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureRecordsTest {
    @TempDir
    static Path tmp;
    static Session session;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    /** A line as sagemaker-inference's DataCaptureWriter writes it. */
    static String line(String id, String input, String output, String time) {
        return "{\"captureData\":{\"endpointInput\":{\"observedContentType\":\"text/csv\",\"mode\":\"INPUT\","
                + "\"data\":\"" + input + "\",\"encoding\":\"CSV\"},\"endpointOutput\":{\"observedContentType\":"
                + "\"application/json\",\"mode\":\"OUTPUT\",\"data\":\"" + output.replace("\"", "\\\"")
                + "\",\"encoding\":\"JSON\"}},\"eventMetadata\":{\"eventId\":\"" + id + "\",\"inferenceId\":\"inf-"
                + id + "\",\"inferenceTime\":\"" + time + "\"},\"eventVersion\":\"0\"}";
    }

    static List<CaptureRecord> parse(String text) throws IOException {
        return CaptureRecords.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.jsonl");
    }

    @Test
    void parse_writerLayout_readsEveryField() throws IOException {
        String base64 = Base64.getEncoder().encodeToString(new byte[]{1, 2, (byte) 0xff});
        String text = line("e1", "1.5,2", "{\"score\":0.7}", "2026-12-06T07:15:00Z") + "\n"
                + "{\"captureData\":{\"endpointInput\":{\"observedContentType\":\"application/x-npy\",\"mode\":"
                + "\"INPUT\",\"data\":\"" + base64 + "\",\"encoding\":\"BASE64\"}},\"eventMetadata\":{\"eventId\":"
                + "\"e2\",\"inferenceTime\":\"2026-12-06T07:16:00Z\"},\"eventVersion\":\"0\"}\n";

        List<CaptureRecord> records = parse(text);

        assertThat(records).hasSize(2);
        CaptureRecord first = records.get(0);
        assertThat(first.eventId()).isEqualTo("e1");
        assertThat(first.inferenceId()).isEqualTo("inf-e1");
        assertThat(first.inferenceTime()).isEqualTo(Instant.parse("2026-12-06T07:15:00Z"));
        assertThat(first.eventVersion()).isEqualTo("0");
        assertThat(first.input().mode()).isEqualTo("INPUT");
        assertThat(first.input().encoding()).isEqualTo("CSV");
        assertThat(first.input().observedContentType()).isEqualTo("text/csv");
        assertThat(first.input().text()).isEqualTo("1.5,2");
        assertThat(first.output().encoding()).isEqualTo("JSON");
        assertThat(first.output().text()).isEqualTo("{\"score\":0.7}");
        CaptureRecord second = records.get(1);
        assertThat(second.output()).isNull();
        assertThat(second.inferenceId()).isNull();
        assertThat(second.input().bytes()).containsExactly(1, 2, 0xff);
    }

    @Test
    void parse_tornLastLine_skipsItAndKeepsAWholeUnterminatedOne() throws IOException {
        String whole = line("e1", "1", "2", "2026-12-06T07:00:00Z");
        String torn = line("e2", "3", "4", "2026-12-06T07:00:01Z");

        assertThat(parse(whole + "\n" + torn.substring(0, torn.length() / 2))).extracting(CaptureRecord::eventId)
                .containsExactly("e1");
        assertThat(parse(whole + "\n" + torn.substring(0, torn.length() - 1))).extracting(CaptureRecord::eventId)
                .containsExactly("e1");
        assertThat(parse(whole + "\n\n" + torn)).extracting(CaptureRecord::eventId).containsExactly("e1", "e2");
        assertThat(parse("")).isEmpty();
    }

    @Test
    void parse_malformedCompleteLine_throwsNamingFileAndLine() {
        String whole = line("e1", "1", "2", "2026-12-06T07:00:00Z");

        assertThatThrownBy(() -> parse(whole + "\n{not json\n" + whole + "\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f.jsonl line 2");
        assertThatThrownBy(() -> parse("{\"eventMetadata\":{}}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no captureData");
        assertThatThrownBy(() -> parse("{\"captureData\":{},\"eventMetadata\":{\"inferenceTime\":\"noon\"}}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noon");
    }

    @Test
    void files_window_listsTheHourFoldersInTheWindowOnly() {
        ObjectStore store = session.objectStore();
        String dest = "s3://" + session.defaultBucket() + "/capture-window";
        for (String hour : List.of("2026/12/06/05", "2026/12/06/06", "2026/12/06/07", "2026/12/06/08")) {
            store.putString(dest + "/ep/AllTraffic/" + hour + "/00-00-000-a.jsonl", "");
            store.putString(dest + "/ep/Other/" + hour + "/00-00-000-b.jsonl", "");
        }
        store.putString(dest + "/ep/AllTraffic/2026/12/06/06/notes.txt", "");
        store.putString(dest + "/ep2/AllTraffic/2026/12/06/06/00-00-000-c.jsonl", "");
        Instant start = Instant.parse("2026-12-06T06:30:00Z");
        Instant end = Instant.parse("2026-12-06T08:00:00Z");

        assertThat(CaptureRecords.files(store, dest, "ep", "AllTraffic", start, end)).containsExactly(
                dest + "/ep/AllTraffic/2026/12/06/06/00-00-000-a.jsonl",
                dest + "/ep/AllTraffic/2026/12/06/07/00-00-000-a.jsonl");
        assertThat(CaptureRecords.files(store, dest + "/", "ep", null, start, end)).containsExactly(
                dest + "/ep/AllTraffic/2026/12/06/06/00-00-000-a.jsonl",
                dest + "/ep/AllTraffic/2026/12/06/07/00-00-000-a.jsonl",
                dest + "/ep/Other/2026/12/06/06/00-00-000-b.jsonl",
                dest + "/ep/Other/2026/12/06/07/00-00-000-b.jsonl");
        assertThat(CaptureRecords.hourOf("x/AllTraffic/2026/12/06/07/f.jsonl"))
                .isEqualTo(Instant.parse("2026-12-06T07:00:00Z"));
        assertThat(CaptureRecords.hourOf("x/AllTraffic/f.jsonl")).isNull();
    }

    @Test
    void read_fileBeingAppended_readsOnlyCompleteLinesEveryTime() throws Exception {
        Path folder = tmp.resolve("appended/ep/AllTraffic/2026/12/06/07");
        Files.createDirectories(folder);
        Path file = folder.resolve("00-00-000-x.jsonl");
        Files.createFile(file);
        String uri = file.toUri().toString();
        int total = 2_000;
        AtomicBoolean done = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                for (int i = 0; i < total; i++) {
                    byte[] bytes = (line("e" + i, i + ",1", "0.5", "2026-12-06T07:00:00Z") + "\n")
                            .getBytes(StandardCharsets.UTF_8);
                    int half = bytes.length / 2;
                    out.write(bytes, 0, half); // a reader may see the line torn here
                    out.flush();
                    out.write(bytes, half, bytes.length - half);
                    out.flush();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } finally {
                done.set(true);
            }
        });
        writer.start();
        List<Integer> sizes = new ArrayList<>();
        while (!done.get()) {
            List<CaptureRecord> records = CaptureRecords.read(session.objectStore(), uri);
            for (int i = 0; i < records.size(); i++) {
                assertThat(records.get(i).eventId()).isEqualTo("e" + i);
            }
            sizes.add(records.size());
        }
        writer.join();

        assertThat(sizes).isSorted();
        assertThat(CaptureRecords.read(session.objectStore(), uri)).hasSize(total);
    }
}
