/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the harnesses ({@link EndpointServerLoad}, {@link PredictPairs}: mains that write their own
 * JSON and table) share: their {@code --name value} options, and the machine they ran on in the keys
 * of {@code <name>.host.properties} that {@link ResultsTable} reads.
 */
final class Harnesses {
    private Harnesses() {
    }

    /**
     * The machine, as {@code run.sh} writes it for JMH results: date, commit (from the
     * {@code bench.commit} system property), CPUs, CPU model, memory, OS, file system of the
     * temporary files, load average at start.
     *
     * @param load    the load average when the run started
     * @param started when the run started
     * @return the properties
     */
    static Properties host(String load, Instant started) {
        Properties host = new Properties();
        host.setProperty("date", started.truncatedTo(ChronoUnit.MINUTES).toString().replace(":00Z", "Z"));
        host.setProperty("commit", System.getProperty("bench.commit", "?"));
        host.setProperty("cpus", Integer.toString(Runtime.getRuntime().availableProcessors()));
        host.setProperty("cpu", procValue("/proc/cpuinfo", "model name"));
        String mem = procValue("/proc/meminfo", "MemTotal");
        host.setProperty("memory", mem.endsWith(" kB")
                ? Math.round(Long.parseLong(mem.substring(0, mem.length() - 3).trim()) / 1048576.0) + " GiB" : "?");
        String arch = System.getProperty("os.arch");
        host.setProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + ("amd64".equals(arch) ? "x86_64" : arch));
        try {
            host.setProperty("tmpfs", Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir"))).type());
        } catch (IOException e) {
            host.setProperty("tmpfs", "?");
        }
        host.setProperty("load", load);
        host.setProperty("jmhOptions", "");
        return host;
    }

    private static String procValue(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "?";
        }
        return "?";
    }

    /**
     * Parses {@code --name value} pairs.
     *
     * @param harness the harness, for the message
     * @param args    the command line
     * @return option name (without {@code --}) to value
     * @throws IllegalArgumentException when an argument is not such a pair
     */
    static Map<String, String> options(String harness, String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException(harness + " takes --name value pairs (see its Javadoc); got "
                        + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /**
     * Writes the properties.
     *
     * @param host the properties
     * @param file the {@code <name>.host.properties} file
     * @throws IOException when the file cannot be written
     */
    static void writeHost(Properties host, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            host.store(w, null);
        }
    }

    /**
     * The JVM and machine lines of a harness's table header.
     *
     * @param host the properties
     * @return two markdown lines
     */
    static String summary(Properties host) {
        return "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version")
                + ", options `" + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
                + "`.  \nHost: " + host.getProperty("cpus") + " CPUs (" + host.getProperty("cpu") + "), "
                + host.getProperty("memory") + " RAM, " + host.getProperty("os") + ", commit "
                + host.getProperty("commit") + "; run " + host.getProperty("date") + ", load average at start "
                + host.getProperty("load") + ".\n";
    }

    /**
     * The load average now, from {@code /proc/loadavg}.
     *
     * @return e.g. {@code 1.20 0.80 0.50}, or {@code ?}
     */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * What {@code uptime} prints (the load averages the results record), waited for at most 5 s.
     *
     * @return the line, or {@code n/a (...)} when it cannot run
     */
    static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String out;
            try (java.io.InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            }
            p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "n/a (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "n/a";
        }
    }

    /**
     * {@link #uptime()} in backquotes, as the Markdown reports print it.
     *
     * @return the line as inline code
     */
    static String uptimeQuoted() {
        return "`" + uptime() + "`";
    }

    /**
     * Deletes a folder and everything under it, deepest first; nothing when it is not there.
     *
     * @param dir the folder
     * @throws IOException when a file cannot be deleted
     */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
