/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig;

/**
 * Data capture of one endpoint, off the request path: sampled invocations go to a bounded queue
 * (when it is full the record is dropped and counted, never the request delayed), and a writer
 * thread publishes JSON Lines in SageMaker's layout
 * {@code <destination>/<endpoint>/<variant>/yyyy/mm/dd/hh/<mm-ss-SSS>-<uuid>.jsonl}, one object per
 * invocation with {@code captureData}, {@code eventMetadata} and {@code eventVersion}.
 */
final class DataCaptureWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DataCaptureWriter.class);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE = DateTimeFormatter.ofPattern("mm-ss-SSS").withZone(ZoneOffset.UTC);
    private static final Set<String> DEFAULT_CSV = Set.of("text/csv");
    private static final Set<String> DEFAULT_JSON = Set.of("application/json", "application/jsonlines");

    private final String endpointName;
    private final String destination;
    private final int samplingPercentage;
    private final boolean captureInput;
    private final boolean captureOutput;
    private final Set<String> csvTypes;
    private final Set<String> jsonTypes;
    private final ObjectStore store;
    private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(10_000);
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Thread thread;
    private final long flushMillis;
    private volatile boolean closing;

    /** One captured invocation. */
    static final class Event {
        final String variant;
        final byte[] input;
        final String inputType;
        final byte[] output;
        final String outputType;
        final String inferenceId;
        final Instant time;

        Event(String variant, byte[] input, String inputType, byte[] output, String outputType, String inferenceId,
              Instant time) {
            this.variant = variant;
            this.input = input;
            this.inputType = inputType;
            this.output = output;
            this.outputType = outputType;
            this.inferenceId = inferenceId;
            this.time = time;
        }
    }

    DataCaptureWriter(String endpointName, DataCaptureConfig config, ObjectStore store, long flushMillis) {
        this.endpointName = endpointName;
        String d = config.destinationS3Uri();
        this.destination = d.endsWith("/") ? d.substring(0, d.length() - 1) : d;
        this.samplingPercentage = config.initialSamplingPercentage() == null ? 100 : config.initialSamplingPercentage();
        boolean in = false;
        boolean out = false;
        for (var option : config.captureOptions()) {
            in |= "Input".equalsIgnoreCase(option.captureModeAsString());
            out |= "Output".equalsIgnoreCase(option.captureModeAsString());
        }
        this.captureInput = in || config.captureOptions().isEmpty();
        this.captureOutput = out || config.captureOptions().isEmpty();
        this.csvTypes = config.captureContentTypeHeader() != null && config.captureContentTypeHeader().hasCsvContentTypes()
                ? Set.copyOf(config.captureContentTypeHeader().csvContentTypes()) : DEFAULT_CSV;
        this.jsonTypes = config.captureContentTypeHeader() != null
                && config.captureContentTypeHeader().hasJsonContentTypes()
                ? Set.copyOf(config.captureContentTypeHeader().jsonContentTypes()) : DEFAULT_JSON;
        this.store = store;
        this.flushMillis = flushMillis;
        this.thread = new Thread(this::run, "sagemaker4j-capture-" + endpointName);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Whether this invocation is sampled. */
    boolean sample() {
        return samplingPercentage >= 100 || ThreadLocalRandom.current().nextInt(100) < samplingPercentage;
    }

    /** Queues an invocation; never blocks. */
    void capture(Event event) {
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    long written() {
        return written.get();
    }

    private void run() {
        List<Event> batch = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                Event first = queue.poll(flushMillis, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, 5_000);
                }
                if (!batch.isEmpty()) {
                    write(batch);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                closing = true;
            } catch (RuntimeException e) {
                LOG.warn("Data capture of endpoint {} lost {} record(s): {}", endpointName, batch.size(), e.toString());
                batch.clear();
            }
        }
    }

    private void write(List<Event> batch) {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        for (Event e : batch) {
            String key = destination + "/" + endpointName + "/" + e.variant + "/" + HOUR.format(e.time);
            files.computeIfAbsent(key, k -> new StringBuilder()).append(line(e)).append('\n');
        }
        Instant now = Instant.now();
        for (Map.Entry<String, StringBuilder> f : files.entrySet()) {
            String uri = f.getKey() + "/" + FILE.format(now) + "-" + UUID.randomUUID() + ".jsonl";
            store.put(uri, new ByteArrayInputStream(f.getValue().toString().getBytes(StandardCharsets.UTF_8)));
        }
        written.addAndGet(batch.size());
    }

    private String line(Event e) {
        ObjectNode root = SdkJson.MAPPER.createObjectNode();
        ObjectNode data = root.putObject("captureData");
        if (captureInput) {
            payload(data.putObject("endpointInput"), e.inputType, "INPUT", e.input);
        }
        if (captureOutput) {
            payload(data.putObject("endpointOutput"), e.outputType, "OUTPUT", e.output);
        }
        ObjectNode meta = root.putObject("eventMetadata");
        meta.put("eventId", UUID.randomUUID().toString());
        if (e.inferenceId != null) {
            meta.put("inferenceId", e.inferenceId);
        }
        meta.put("inferenceTime", DateTimeFormatter.ISO_INSTANT.format(e.time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        root.put("eventVersion", "0");
        return root.toString();
    }

    private void payload(ObjectNode node, String contentType, String mode, byte[] body) {
        String base = contentType == null ? "" : contentType.split(";")[0].trim();
        node.put("observedContentType", contentType == null ? "" : contentType);
        node.put("mode", mode);
        if (csvTypes.contains(base)) {
            node.put("data", new String(body, StandardCharsets.UTF_8));
            node.put("encoding", "CSV");
        } else if (jsonTypes.contains(base)) {
            node.put("data", new String(body, StandardCharsets.UTF_8));
            node.put("encoding", "JSON");
        } else {
            node.put("data", Base64.getEncoder().encodeToString(body));
            node.put("encoding", "BASE64");
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
