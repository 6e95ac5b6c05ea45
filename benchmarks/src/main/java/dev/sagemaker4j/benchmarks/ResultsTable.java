/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders JMH JSON results as markdown: for every {@code <name>.json} in a folder, a
 * {@code <name>.md} with one table (benchmark, params, score ± error, unit, MB/s, throughput
 * relative to the group's {@link Baseline}), and a {@code README.md} index of them all.
 *
 * <pre>{@code
 * java -cp ... dev.sagemaker4j.benchmarks.ResultsTable benchmarks/results
 * }</pre>
 *
 * <p>MB/s is 10^6 bytes per second, computed from the benchmark's {@code size} parameter
 * ({@code 1MiB}, {@code 64MiB}; see {@link #parseSize(String)}) and its score. The ratio is this
 * row's operations per second over the baseline's under the same parameters: 1.00 is as fast,
 * 0.50 half as fast. A {@code *} marks a ratio whose 99.9% confidence interval overlaps the
 * baseline's, i.e. a difference the run does not show. The classes named in the JSON must be on
 * the class path, for their {@link Baseline} annotations; without them the ratio is left empty.
 *
 * <p>A {@code <name>.host.properties} beside the JSON (written by {@code run.sh}) adds the machine
 * the numbers came from. A JSON object rather than JMH's array is a harness's own result, whose
 * {@code .md} the harness wrote: it is listed in the index as it is. Harnesses that write JMH's
 * JSON array instead ({@link XGBoostFitBenchmark}) add a {@code "harness"} field, which the header
 * names instead of JMH.
 */
public final class ResultsTable {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KiB|MiB|GiB|KB|MB|GB)?");
    private static final String INDEX = "README.md";

    private ResultsTable() {
    }

    /**
     * Renders every JSON result in a folder and writes the index.
     *
     * @param args the results folder (default {@code benchmarks/results})
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            throw new IllegalArgumentException("usage: ResultsTable [results-folder]");
        }
        Path dir = Path.of(args.length == 1 ? args[0] : "benchmarks/results");
        List<Path> jsons;
        try (Stream<Path> files = Files.list(dir)) {
            jsons = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        }
        StringBuilder index = new StringBuilder()
                .append("# Benchmark results\n\n")
                .append("Written by `benchmarks/run.sh` (JMH) and `benchmarks/run-harness.sh` (harnesses) from the ")
                .append("JSON files in this folder; ")
                .append("[../README.md](../README.md) says what each benchmark compares and how to read ")
                .append("the tables. Machine and JVM are in each table's header: compare numbers only ")
                .append("within one run.\n\n")
                .append("| results | benchmarks | run |\n|---|---:|---|\n");
        StringBuilder tables = new StringBuilder();
        for (Path json : jsons) {
            String name = json.getFileName().toString().replaceFirst("\\.json$", "");
            Properties host = readHost(dir.resolve(name + ".host.properties"));
            JsonNode root = new ObjectMapper().readTree(json.toFile());
            if (!root.isArray()) {
                harness(dir, name, root, host, index, tables);
                continue;
            }
            List<Row> rows = readRows(json);
            Table table = new Table(name, rows, host);
            Files.writeString(dir.resolve(name + ".md"), table.document(), StandardCharsets.UTF_8);
            index.append("| [").append(name).append("](").append(name).append(".md) ([json](").append(name)
                    .append(".json)) | ").append(rows.size()).append(" | ")
                    .append(host.getProperty("date", "")).append(' ')
                    .append(hostSummary(host)).append(" |\n");
            tables.append("\n## ").append(name).append("\n\n").append(table.header()).append('\n')
                    .append(table.markdown());
        }
        if (jsons.isEmpty()) {
            index.append("| (none yet) | | |\n");
        }
        Files.writeString(dir.resolve(INDEX), index.append(tables).toString(), StandardCharsets.UTF_8);
    }

    /**
     * Lists the results of a harness that writes its own table (a JSON object with a {@code results}
     * array beside a {@code .md}, such as {@link EndpointServerLoad}'s) in the index, table included.
     */
    private static void harness(Path dir, String name, JsonNode root, Properties host, StringBuilder index,
                                StringBuilder tables) throws IOException {
        Path md = dir.resolve(name + ".md");
        String table = Files.isRegularFile(md) ? Files.readString(md, StandardCharsets.UTF_8)
                : "No table: " + md.getFileName() + " is missing; run the harness again.\n";
        index.append("| [").append(name).append("](").append(name).append(".md) ([json](").append(name)
                .append(".json)) | ").append(root.path("results").size()).append(" | ")
                .append(host.getProperty("date", "")).append(' ').append(hostSummary(host)).append(" |\n");
        tables.append("\n## ").append(name).append("\n\n").append(table.replaceFirst("^# [^\n]*\n\n", ""));
    }

    /**
     * Parses a size such as {@code 64MiB}, {@code 512KiB}, {@code 1GB} or {@code 4096} (bytes).
     * KiB, MiB and GiB are powers of 1024; KB, MB and GB powers of 1000.
     *
     * @param text the size
     * @return the number of bytes
     * @throws IllegalArgumentException when the text is not a size
     */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("size '" + text + "' is not a size: write e.g. 64MiB, 512KiB,"
                    + " 1GB or a number of bytes");
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2);
        long scale;
        switch (unit) {
            case "KiB": scale = 1L << 10; break;
            case "MiB": scale = 1L << 20; break;
            case "GiB": scale = 1L << 30; break;
            case "KB": scale = 1_000L; break;
            case "MB": scale = 1_000_000L; break;
            case "GB": scale = 1_000_000_000L; break;
            default: scale = 1L;
        }
        return Math.round(number * scale);
    }

    /**
     * Converts a JMH score to operations per second.
     *
     * @param score the score
     * @param unit  JMH's unit: {@code ops/s}, {@code ops/ms}, ... or {@code s/op}, {@code ms/op}, ...
     * @return operations per second, NaN for a unit that is not a rate or a time per operation
     */
    static double opsPerSecond(double score, String unit) {
        if (unit.startsWith("ops/")) {
            return score / secondsOf(unit.substring(4));
        }
        if (unit.endsWith("/op")) {
            return 1.0 / (score * secondsOf(unit.substring(0, unit.length() - 3)));
        }
        return Double.NaN;
    }

    private static double secondsOf(String unit) {
        switch (unit) {
            case "ns": return 1e-9;
            case "us": return 1e-6;
            case "ms": return 1e-3;
            case "s": return 1;
            case "min": return 60;
            case "hr": return 3600;
            case "day": return 86400;
            default: return Double.NaN;
        }
    }

    private static Properties readHost(Path file) throws IOException {
        Properties host = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                host.load(in);
            }
        }
        return host;
    }

    private static String hostSummary(Properties host) {
        if (host.isEmpty()) {
            return "(host not recorded)";
        }
        return host.getProperty("cpus", "?") + " CPUs (" + host.getProperty("cpu", "?") + "), "
                + host.getProperty("memory", "?") + " RAM, " + host.getProperty("os", "?")
                + ", temporary files on " + host.getProperty("tmpfs", "?")
                + ", commit " + host.getProperty("commit", "?");
    }

    private static List<Row> readRows(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Row> rows = new ArrayList<>();
        for (JsonNode run : root) {
            String benchmark = run.path("benchmark").asText();
            int dot = benchmark.lastIndexOf('.');
            Map<String, String> params = new LinkedHashMap<>();
            run.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            JsonNode metric = run.path("primaryMetric");
            JsonNode ci = metric.path("scoreConfidence");
            rows.add(new Row(benchmark.substring(0, dot), benchmark.substring(dot + 1), params, run,
                    metric.path("score").asDouble(Double.NaN), number(metric.path("scoreError")),
                    number(ci.path(0)), number(ci.path(1)), metric.path("scoreUnit").asText()));
        }
        return rows;
    }

    /** JMH writes NaN as the string "NaN". */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    /** One benchmark under one set of parameters. */
    private static final class Row {
        final String className;
        final String method;
        final String group;
        final Map<String, String> params;
        final JsonNode run;
        final double score;
        final double error;
        final double low;
        final double high;
        final String unit;

        Row(String className, String method, Map<String, String> params, JsonNode run, double score,
                double error, double low, double high, String unit) {
            this.className = className;
            this.method = method;
            int underscore = method.indexOf('_');
            this.group = underscore < 0 ? method : method.substring(0, underscore);
            this.params = params;
            this.run = run;
            this.score = score;
            this.error = error;
            this.low = low;
            this.high = high;
            this.unit = unit;
        }

        String paramText() {
            return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
        }

        double opsPerSecond() {
            return ResultsTable.opsPerSecond(score, unit);
        }

        /** The 99.9% confidence interval as operations per second, low to high. */
        double[] opsInterval() {
            if (unit.endsWith("/op")) {
                // a time interval reaching down to 0 or below allows any rate up to infinity
                double fastest = low > 0 ? ResultsTable.opsPerSecond(low, unit) : Double.POSITIVE_INFINITY;
                return new double[] {ResultsTable.opsPerSecond(high, unit), fastest};
            }
            return new double[] {Math.max(0, ResultsTable.opsPerSecond(low, unit)),
                ResultsTable.opsPerSecond(high, unit)};
        }

        double megabytesPerSecond() {
            String size = params.get("size");
            if (size == null) {
                return Double.NaN;
            }
            try {
                return parseSize(size) * opsPerSecond() / 1e6;
            } catch (IllegalArgumentException notASize) {
                return Double.NaN;
            }
        }
    }

    /** The rows of one JSON file, ordered by group, parameters, baseline first. */
    private static final class Table {
        private final String name;
        private final List<Row> rows;
        private final Properties host;
        private final Map<String, String> baselines = new LinkedHashMap<>();
        private boolean anyOverlap;

        Table(String name, List<Row> rows, Properties host) {
            this.name = name;
            this.host = host;
            for (Row row : rows) {
                baselines.computeIfAbsent(row.className + "#" + row.group, k -> baselineOf(row));
            }
            Map<String, Integer> paramOrder = new LinkedHashMap<>();
            rows.forEach(r -> paramOrder.putIfAbsent(r.paramText(), paramOrder.size()));
            this.rows = new ArrayList<>(rows);
            this.rows.sort(Comparator.<Row, String>comparing(r -> r.className)
                    .thenComparing(r -> r.group)
                    .thenComparing(r -> paramOrder.get(r.paramText()))
                    .thenComparing(r -> !isBaseline(r))
                    .thenComparing(r -> r.method));
        }

        private static String baselineOf(Row row) {
            try {
                Class<?> type = Class.forName(row.className, false, ResultsTable.class.getClassLoader());
                for (Method method : type.getMethods()) {
                    String prefix = row.group + "_";
                    if (method.isAnnotationPresent(Baseline.class)
                            && (method.getName().startsWith(prefix) || method.getName().equals(row.group))) {
                        return method.getName();
                    }
                }
            } catch (ClassNotFoundException e) {
                System.err.println("ResultsTable: " + row.className + " is not on the class path: no ratios");
            }
            return "";
        }

        private boolean isBaseline(Row row) {
            return row.method.equals(baselines.get(row.className + "#" + row.group));
        }

        private Row baselineRow(Row row) {
            String method = baselines.get(row.className + "#" + row.group);
            for (Row candidate : rows) {
                if (candidate.className.equals(row.className) && candidate.method.equals(method)
                        && candidate.params.equals(row.params)) {
                    return candidate;
                }
            }
            return null;
        }

        String header() {
            if (rows.isEmpty()) {
                return "No results.\n";
            }
            JsonNode run = rows.get(0).run;
            StringBuilder h = new StringBuilder();
            String classes = rows.stream().map(r -> "`" + r.className + "`").distinct()
                    .collect(Collectors.joining(", "));
            // a harness (XGBoostFitBenchmark) writes JMH's JSON with its class in "harness"
            String tool = run.hasNonNull("harness") ? "harness (not JMH: the variants alternate in one JVM)"
                    : "JMH " + run.path("jmhVersion").asText();
            h.append(classes).append(": ").append(tool).append(", mode ")
                    .append(run.path("mode").asText()).append(", ").append(run.path("forks").asInt())
                    .append(" fork(s), ").append(run.path("threads").asInt()).append(" thread(s), warmup ")
                    .append(run.path("warmupIterations").asInt()).append(" × ")
                    .append(run.path("warmupTime").asText()).append(", measurement ")
                    .append(run.path("measurementIterations").asInt()).append(" × ")
                    .append(run.path("measurementTime").asText()).append(".  \n")
                    .append("JVM: ").append(run.path("vmName").asText()).append(' ')
                    .append(run.path("vmVersion").asText()).append(" (JDK ")
                    .append(run.path("jdkVersion").asText()).append("), options `");
            List<String> jvmArgs = new ArrayList<>();
            run.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
            h.append(String.join(" ", jvmArgs)).append("`.  \n");
            if (!host.isEmpty()) {
                h.append("Host: ").append(hostSummary(host)).append("; run ").append(host.getProperty("date", "?"))
                        .append(", load average at start ").append(host.getProperty("load", "?")).append('.');
                String options = host.getProperty("jmhOptions", "");
                if (!options.isBlank()) {
                    h.append(" JMH options on the command line: `").append(options).append("`.");
                }
                h.append('\n');
            }
            return h.toString();
        }

        String markdown() {
            StringBuilder t = new StringBuilder()
                    .append("| benchmark | params | score ± error | unit | MB/s | vs baseline |\n")
                    .append("|---|---|---:|---|---:|---:|\n");
            anyOverlap = false;
            for (Row row : rows) {
                t.append("| ").append(row.method).append(" | ").append(row.paramText()).append(" | ")
                        .append(scoreText(row)).append(" | ").append(row.unit).append(" | ")
                        .append(format(row.megabytesPerSecond())).append(" | ").append(ratioText(row))
                        .append(" |\n");
            }
            t.append("\nMB/s = 10^6 bytes/s from the `size` parameter. \"vs baseline\" = this row's throughput ÷ ")
                    .append("the throughput of its group's baseline (the row marked *baseline*) at the same ")
                    .append("parameters: above 1 is faster, below 1 slower.");
            if (anyOverlap) {
                t.append(" `*`: the two 99.9% confidence intervals overlap, so this run does not show a ")
                        .append("difference.");
            }
            return t.append('\n').toString();
        }

        String document() {
            return "# " + name + "\n\n" + header() + "\n" + markdown();
        }

        private String ratioText(Row row) {
            if (isBaseline(row)) {
                return "*baseline*";
            }
            Row base = baselineRow(row);
            if (base == null) {
                return "";
            }
            double ratio = row.opsPerSecond() / base.opsPerSecond();
            if (Double.isNaN(ratio)) {
                return "";
            }
            double[] a = row.opsInterval();
            double[] b = base.opsInterval();
            boolean overlap = !Double.isNaN(a[0]) && !Double.isNaN(b[0]) && a[0] <= b[1] && b[0] <= a[1];
            anyOverlap |= overlap;
            return String.format(Locale.ROOT, "%.2f×", ratio) + (overlap ? " *" : "");
        }

        private static String scoreText(Row row) {
            int decimals = decimals(row.score);
            String score = String.format(Locale.ROOT, "%." + decimals + "f", row.score);
            if (Double.isNaN(row.error)) {
                return score;
            }
            return score + " ± " + String.format(Locale.ROOT, "%." + decimals + "f", row.error);
        }

        private static String format(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return "";
            }
            return String.format(Locale.ROOT, "%." + decimals(value) + "f", value);
        }

        /** Enough decimals for three significant digits, none for values of 100 and more. */
        private static int decimals(double value) {
            if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                return 0;
            }
            int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
            return Math.max(0, Math.min(6, 2 - magnitude));
        }
    }
}
