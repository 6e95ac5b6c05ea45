/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SageMaker data capture, read back: the JSON Lines an endpoint with a {@code DataCaptureConfig} writes (this
 * project's capture writer and the service write the same layout), one object per invocation:
 *
 * <pre>{@code
 * {"captureData":{"endpointInput":{"observedContentType":"text/csv","mode":"INPUT","data":"1,2","encoding":"CSV"},
 *                 "endpointOutput":{"observedContentType":"text/csv","mode":"OUTPUT","data":"0.7","encoding":"CSV"}},
 *  "eventMetadata":{"eventId":"…","inferenceId":"…","inferenceTime":"2026-12-06T07:00:00Z"},"eventVersion":"0"}
 * }</pre>
 *
 * <p>Files lie under {@code <destination>/<endpoint>/<variant>/yyyy/mm/dd/hh/}; {@link #files} lists those of a
 * time window. Reading is bounded by its input: only complete lines are records, so the torn last line of a file
 * that is still being written is skipped (it is read whole by the next execution), never an error. A complete line
 * that is not a capture record is an {@link IllegalArgumentException} naming the file and line.
 */
public final class CaptureRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);
    private static final Pattern HOUR_FOLDER = Pattern.compile("(?:^|/)([^/]+)/(\\d{4})/(\\d{2})/(\\d{2})/(\\d{2})/[^/]+$");

    private CaptureRecords() {
    }

    /** One side of an invocation: {@code endpointInput} or {@code endpointOutput}. */
    public static final class Payload {
        private final String observedContentType;
        private final String mode;
        private final String data;
        private final String encoding;

        /**
         * A payload as captured.
         *
         * @param observedContentType the content type the endpoint saw
         * @param mode                {@code INPUT} or {@code OUTPUT}
         * @param data                the data, as text (CSV, JSON) or Base64 (BASE64)
         * @param encoding            {@code CSV}, {@code JSON} or {@code BASE64}
         */
        public Payload(String observedContentType, String mode, String data, String encoding) {
            this.observedContentType = observedContentType;
            this.mode = mode;
            this.data = data == null ? "" : data;
            this.encoding = encoding == null ? "" : encoding;
        }

        /** @return the content type the endpoint saw */
        public String observedContentType() {
            return observedContentType;
        }

        /** @return {@code INPUT} or {@code OUTPUT} */
        public String mode() {
            return mode;
        }

        /** @return the data field as written (Base64 text when {@link #encoding()} is {@code BASE64}) */
        public String data() {
            return data;
        }

        /** @return {@code CSV}, {@code JSON} or {@code BASE64} */
        public String encoding() {
            return encoding;
        }

        /** @return the payload's bytes, Base64 decoded where the encoding is {@code BASE64} */
        public byte[] bytes() {
            if ("BASE64".equalsIgnoreCase(encoding)) {
                return Base64.getDecoder().decode(data);
            }
            return data.getBytes(StandardCharsets.UTF_8);
        }

        /** @return the payload as UTF-8 text, Base64 decoded where needed */
        public String text() {
            return "BASE64".equalsIgnoreCase(encoding) ? new String(bytes(), StandardCharsets.UTF_8) : data;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Payload p && Objects.equals(observedContentType, p.observedContentType)
                    && Objects.equals(mode, p.mode) && data.equals(p.data) && encoding.equals(p.encoding);
        }

        @Override
        public int hashCode() {
            return Objects.hash(observedContentType, mode, data, encoding);
        }

        @Override
        public String toString() {
            return "Payload{" + mode + ", " + encoding + ", " + observedContentType + ", " + data.length() + " chars}";
        }
    }

    /** One captured invocation. */
    public static final class CaptureRecord {
        private final Payload input;
        private final Payload output;
        private final String eventId;
        private final String inferenceId;
        private final Instant inferenceTime;
        private final String eventVersion;

        /**
         * A record.
         *
         * @param input         {@code captureData.endpointInput}, or {@code null} when not captured
         * @param output        {@code captureData.endpointOutput}, or {@code null} when not captured
         * @param eventId       {@code eventMetadata.eventId}
         * @param inferenceId   {@code eventMetadata.inferenceId}, or {@code null}
         * @param inferenceTime {@code eventMetadata.inferenceTime}, or {@code null}
         * @param eventVersion  {@code eventVersion}, or {@code null}
         */
        public CaptureRecord(Payload input, Payload output, String eventId, String inferenceId, Instant inferenceTime,
                             String eventVersion) {
            this.input = input;
            this.output = output;
            this.eventId = eventId;
            this.inferenceId = inferenceId;
            this.inferenceTime = inferenceTime;
            this.eventVersion = eventVersion;
        }

        /** @return the captured request, or {@code null} when the capture has no input */
        public Payload input() {
            return input;
        }

        /** @return the captured response, or {@code null} when the capture has no output */
        public Payload output() {
            return output;
        }

        /** @return the event id ground truth is keyed by */
        public String eventId() {
            return eventId;
        }

        /** @return the caller's inference id, or {@code null} */
        public String inferenceId() {
            return inferenceId;
        }

        /** @return when the endpoint answered, or {@code null} */
        public Instant inferenceTime() {
            return inferenceTime;
        }

        /** @return the capture format's version, or {@code null} */
        public String eventVersion() {
            return eventVersion;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CaptureRecord r && Objects.equals(input, r.input) && Objects.equals(output, r.output)
                    && Objects.equals(eventId, r.eventId) && Objects.equals(inferenceId, r.inferenceId)
                    && Objects.equals(inferenceTime, r.inferenceTime) && Objects.equals(eventVersion, r.eventVersion);
        }

        @Override
        public int hashCode() {
            return Objects.hash(input, output, eventId, inferenceId, inferenceTime, eventVersion);
        }

        @Override
        public String toString() {
            return "CaptureRecord{" + eventId + ", " + inferenceTime + ", in=" + input + ", out=" + output + "}";
        }
    }

    /**
     * The capture files of an endpoint whose hour folder falls in a window, in key (time) order.
     *
     * @param store       where the capture is
     * @param destination the capture's {@code DestinationS3Uri}
     * @param endpoint    the endpoint name
     * @param variant     the variant name, or {@code null} for every variant
     * @param start       the window's start (its hour folder is included)
     * @param end         the window's end, exclusive
     * @return the files' URIs
     */
    public static List<String> files(ObjectStore store, String destination, String endpoint, String variant,
                                     Instant start, Instant end) {
        String base = strip(destination) + "/" + endpoint + "/";
        Instant first = start.truncatedTo(ChronoUnit.HOURS);
        List<String> out = new ArrayList<>();
        if (variant != null) {
            for (Instant h = first; h.isBefore(end); h = h.plus(1, ChronoUnit.HOURS)) {
                store.listAll(base + variant + "/" + HOUR.format(h) + "/").map(ObjectSummary::uri)
                        .filter(u -> u.endsWith(".jsonl")).forEach(out::add);
            }
            return out;
        }
        store.listAll(base).forEach(o -> {
            Instant hour = hourOf(o.key());
            if (hour != null && !hour.isBefore(first) && hour.isBefore(end) && o.key().endsWith(".jsonl")) {
                out.add(o.uri());
            }
        });
        return out;
    }

    /**
     * The hour folder of a capture file's key ({@code …/<variant>/yyyy/mm/dd/hh/<file>}).
     *
     * @param key the object key or URI
     * @return the hour's start, or {@code null} when the key is not in the capture layout
     */
    public static Instant hourOf(String key) {
        Matcher m = HOUR_FOLDER.matcher(key);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), 0).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Reads the complete records of one capture file.
     *
     * @param store where it is
     * @param uri   the file
     * @return its records, in file order
     */
    public static List<CaptureRecord> read(ObjectStore store, String uri) {
        try (InputStream in = store.get(uri)) {
            return parse(in, uri);
        } catch (IOException e) {
            throw new UncheckedIOException("capture file " + uri + " could not be read", e);
        }
    }

    /**
     * Reads the records of every file, in order.
     *
     * @param store where they are
     * @param uris  the files
     * @return the records
     */
    public static List<CaptureRecord> readAll(ObjectStore store, List<String> uris) {
        List<CaptureRecord> out = new ArrayList<>();
        for (String uri : uris) {
            out.addAll(read(store, uri));
        }
        return out;
    }

    /**
     * Parses capture JSON Lines up to the last complete line. An unterminated last line counts only when it is a
     * whole JSON object (a file whose writer left out the final newline); a torn one is skipped. Blank lines are
     * skipped.
     *
     * @param in     the stream, read to its end and not closed
     * @param source the file's name, for errors
     * @return the records
     * @throws IOException              when the stream fails
     * @throws IllegalArgumentException when a complete line is not a capture record
     */
    public static List<CaptureRecord> parse(InputStream in, String source) throws IOException {
        List<CaptureRecord> out = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        byte[] buffer = new byte[64 * 1024];
        int lineNumber = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, from, i - from);
                    lineNumber++;
                    parseLine(line.toString(StandardCharsets.UTF_8), source, lineNumber, true, out);
                    line.reset();
                    from = i + 1;
                }
            }
            line.write(buffer, from, n - from);
        }
        if (line.size() > 0) {
            parseLine(line.toString(StandardCharsets.UTF_8), source, lineNumber + 1, false, out);
        }
        return out;
    }

    private static void parseLine(String text, String source, int lineNumber, boolean complete,
                                  List<CaptureRecord> out) {
        String line = text.strip();
        if (line.isEmpty()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            if (!complete) {
                return; // the torn tail of a file being written
            }
            throw new IllegalArgumentException("capture file " + source + " line " + lineNumber
                    + " is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            if (!complete) {
                return;
            }
            throw new IllegalArgumentException("capture file " + source + " line " + lineNumber
                    + " is not a JSON object");
        }
        out.add(record(node, source, lineNumber));
    }

    /**
     * One record from its JSON object.
     *
     * @param node   the object
     * @param source the file, for errors
     * @param line   the line, for errors
     * @return the record
     * @throws IllegalArgumentException when the object has no {@code captureData}
     */
    public static CaptureRecord record(JsonNode node, String source, int line) {
        JsonNode data = node.get("captureData");
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("capture file " + source + " line " + line
                    + " has no captureData object: not SageMaker data capture");
        }
        JsonNode meta = node.path("eventMetadata");
        Instant time = null;
        String t = text(meta, "inferenceTime");
        if (t != null) {
            try {
                time = Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("capture file " + source + " line " + line
                        + " has an inferenceTime that is not ISO-8601: " + t);
            }
        }
        return new CaptureRecord(payload(data.get("endpointInput")), payload(data.get("endpointOutput")),
                text(meta, "eventId"), text(meta, "inferenceId"), time, text(node, "eventVersion"));
    }

    private static Payload payload(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new Payload(text(node, "observedContentType"), text(node, "mode"), text(node, "data"),
                text(node, "encoding"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String strip(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
