/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.progress.ProgressListener;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measures the issue's JShell promise — "from {@code jshell} start to first prediction of a small
 * model in under 3 seconds of wall time" — by running {@code jshell} on a script again and again
 * and timing, from starting the process, the moment it prints its {@code prediction:} line. Not a
 * JMH benchmark: what is measured is a cold process, so every run is a new one.
 *
 * <p>Three scripts — {@code examples/jshell/quickstart.jsh} (data, training, deployment,
 * prediction), {@code benchmarks/jshell/predict.jsh} (deploys a model trained beforehand) and
 * {@code benchmarks/jshell/floor.jsh} (one {@code println}: JShell itself) — each with the README's
 * command ({@code java @examples/target/jshell/jshell.args}: snippets in the same JVM, C1 only), the
 * same with an application class-data-sharing archive made by a first run, and the {@code jshell}
 * launcher with and without the JIT flags (snippets in a second JVM). The variants run interleaved
 * (one run of each in turn) so that a busy moment of the machine spreads over all of them. Then a
 * few runs of an instrumented copy of the quickstart (a time stamp printed after each snippet) say
 * where the time goes. Writes
 * {@code benchmarks/results/JShellStart.md}.
 *
 * <pre>{@code
 * benchmarks/jshell-start.sh              # builds examples and benchmarks, then runs this
 * java --add-opens=java.base/java.nio=ALL-UNNAMED \
 *      -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) \
 *      dev.sagemaker4j.benchmarks.JShellStartBenchmark --runs 5 --out benchmarks/results/JShellStart.md
 * }</pre>
 */
public final class JShellStartBenchmark {
    private static final String PREDICTION = "prediction:";
    private static final String STAGE = "@stage ";
    private static final long TIMEOUT_SECONDS = 300;
    private static final long TARGET_MILLIS = 3000;

    private final Path repository;
    private final Path work;
    private final String classPath;
    private final Path jshell;

    private JShellStartBenchmark(Path repository) throws IOException {
        this.repository = repository;
        this.work = Files.createDirectories(repository.resolve("benchmarks/target/jshell-start"));
        Files.createDirectories(work.resolve("tmp"));
        Path classPathFile = repository.resolve("examples/target/jshell/classpath.txt");
        for (Path file : List.of(classPathFile, repository.resolve("examples/target/jshell/jshell.args"))) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: build the JShell bundle first with "
                        + "mvn -B -ntp -pl examples,benchmarks -am package -DskipTests");
            }
        }
        this.classPath = Arrays.stream(Files.readString(classPathFile).trim().split(File.pathSeparator))
                .filter(entry -> Files.exists(Path.of(entry))).collect(Collectors.joining(File.pathSeparator));
        this.jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    }

    /** One way of running jshell on one script: the command, to which the script is appended. */
    private record Variant(String name, String what, Path script, List<String> command) {
    }

    /**
     * One run: milliseconds from process start to the prediction line, CPU milliseconds of jshell and
     * the JVMs it started (user + system, the whole run), and the stage stamps.
     */
    private record Run(long millis, long cpuMillis, long launchEpochMillis, List<long[]> stages) {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --runs N} (default 5), {@code --stage-runs N} (default 3),
     *             {@code --out FILE} (default {@code benchmarks/results/JShellStart.md}),
     *             {@code --repo DIR} (default: the working directory, or its parent from benchmarks/)
     * @throws Exception when a run fails; its output is in the message
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path repository = Path.of(options.getOrDefault("--repo",
                Files.isDirectory(cwd.resolve("examples")) ? cwd.toString() : cwd.getParent().toString()));
        int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
        int stageRuns = Integer.parseInt(options.getOrDefault("--stage-runs", "3"));
        Path out = Path.of(options.getOrDefault("--out",
                repository.resolve("benchmarks/results/JShellStart.md").toString()));
        new JShellStartBenchmark(repository).run(runs, stageRuns, out);
    }

    private void run(int runs, int stageRuns, Path out) throws Exception {
        String loadBefore = loadAverage();
        Path quickstart = repository.resolve("examples/jshell/quickstart.jsh");
        Path predict = repository.resolve("benchmarks/jshell/predict.jsh");
        Path floor = repository.resolve("benchmarks/jshell/floor.jsh");
        String model = trainModel();
        Path archive = work.resolve("jshell.jsa");
        Path argFile = repository.resolve("examples/target/jshell/jshell.args");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> properties = List.of("-Djava.io.tmpdir=" + work.resolve("tmp"), "-Daws.disableEc2Metadata=true",
                "-Dsagemaker4j.bench.model=" + model);

        // the README's command: the argument file runs jshell's main class, snippets in the same JVM, C1 only
        List<String> readme = new ArrayList<>(List.of(java));
        readme.addAll(properties);
        readme.add("@" + argFile);
        List<String> readmeCds = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
        readmeCds.addAll(properties);
        readmeCds.add("@" + argFile);
        // the jshell launcher: snippets in a second JVM that jshell starts and drives through the debugger interface
        List<String> launcher = new ArrayList<>(List.of(jshell.toString(), "--class-path", classPath,
                "-R--add-opens=java.base/java.nio=ALL-UNNAMED"));
        properties.forEach(p -> launcher.add("-R" + p));
        List<String> launcherC1 = new ArrayList<>(List.of(jshell.toString(), "-J-XX:TieredStopAtLevel=1",
                "-R-XX:TieredStopAtLevel=1"));
        launcherC1.addAll(launcher.subList(1, launcher.size()));

        System.out.println("making the class-data-sharing archive " + archive);
        Files.deleteIfExists(archive);
        List<String> archiving = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive));
        archiving.addAll(properties);
        archiving.add("@" + argFile);
        once(new Variant("archive", "", quickstart, archiving));

        String viaArgs = "`java @examples/target/jshell/jshell.args`: jshell's main class, snippets in the same JVM "
                + "(`--execution local`), C1 only";
        String cds = "the same plus an AppCDS archive of the classes one earlier run loaded "
                + "(`-XX:SharedArchiveFile`)";
        String viaLauncher = "the README's `jshell -J-XX:TieredStopAtLevel=1 -R-XX:TieredStopAtLevel=1 "
                + "--class-path … -R--add-opens=…`: snippets in a second JVM";
        String plain = "the `jshell` launcher without the two JIT flags";
        List<Variant> variants = List.of(
                new Variant("quickstart, README command", "`examples/jshell/quickstart.jsh` (data, training, 10 "
                        + "rounds, deployment, prediction) with " + viaArgs, quickstart, readme),
                new Variant("quickstart, + AppCDS", cds, quickstart, readmeCds),
                new Variant("quickstart, jshell launcher", viaLauncher, quickstart, launcherC1),
                new Variant("quickstart, jshell plain", plain, quickstart, launcher),
                new Variant("predict only, README command", "`benchmarks/jshell/predict.jsh` (deploy a model "
                        + "trained beforehand, predict) with " + viaArgs, predict, readme),
                new Variant("predict only, + AppCDS", cds, predict, readmeCds),
                new Variant("predict only, jshell launcher", viaLauncher, predict, launcherC1),
                new Variant("predict only, jshell plain", plain, predict, launcher),
                new Variant("floor, README command", "`benchmarks/jshell/floor.jsh` (one `println`, nothing of "
                        + "sagemaker4j loaded) with " + viaArgs, floor, readme),
                new Variant("floor, + AppCDS", cds, floor, readmeCds),
                new Variant("floor, jshell launcher", viaLauncher, floor, launcherC1),
                new Variant("floor, jshell plain", plain, floor, launcher));

        Path timedQuickstart = instrument(quickstart);
        Map<Variant, List<Run>> staged = new LinkedHashMap<>();
        staged.put(new Variant("quickstart, README command", "", timedQuickstart, readme), new ArrayList<>());
        staged.put(new Variant("quickstart, jshell launcher", "", timedQuickstart, launcherC1), new ArrayList<>());

        // the instrumented runs take their turns with the others, so that both tables see the same machine
        Map<Variant, List<Run>> results = new LinkedHashMap<>();
        variants.forEach(v -> results.put(v, new ArrayList<>()));
        for (int r = 0; r < Math.max(runs, stageRuns); r++) {
            for (Variant v : r < runs ? variants : List.<Variant>of()) {
                Run run = once(v);
                results.get(v).add(run);
                System.out.printf(Locale.ROOT, "run %d/%d  %-32s %6d ms%n", r + 1, runs, v.name(), run.millis());
            }
            for (Variant v : r < stageRuns ? staged.keySet() : Set.<Variant>of()) {
                staged.get(v).add(once(v));
            }
        }
        String loadAfter = loadAverage();

        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report(runs, results, staged, timedQuickstart, loadBefore, loadAfter),
                StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** Trains the predict-only script's model in this JVM: the quickstart's data, 10 rounds. */
    private String trainModel() throws IOException {
        Path root = work.resolve("model-session");
        try (Session session = Session.builder().backend("local").root(root).region("us-east-1")
                .progressListener(ProgressListener.none()).build()) {
            Random random = new Random(1);
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                double a = random.nextGaussian();
                double b = random.nextGaussian();
                csv.append(a + b > 0 ? 1 : 0).append(',').append((float) a).append(',').append((float) b).append('\n');
            }
            String train = session.uploadString(csv.toString(), "s3://" + session.defaultBucket() + "/bench/train.csv");
            Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceCount(1).instanceType("local")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "10"))
                    .session(session).build();
            xgb.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()));
            String uri = xgb.modelData();
            String key = uri.substring(("s3://" + session.defaultBucket() + "/").length());
            Path folder = work.resolve("model");
            List<Path> files = session.downloadData(folder, session.defaultBucket(), key);
            return files.get(0).toUri().toString();
        }
    }

    /** A copy of the script that prints a time stamp after every snippet (one snippet a line, as ours are). */
    private Path instrument(Path script) throws IOException {
        List<String> lines = Files.readAllLines(script);
        List<String> timed = new ArrayList<>();
        timed.add(stamp(0));
        int n = 0;
        for (String line : lines) {
            timed.add(line);
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("/")) {
                timed.add(stamp(++n));
            }
        }
        Path copy = work.resolve("timed-" + script.getFileName());
        Files.write(copy, timed);
        return copy;
    }

    private static String stamp(int n) {
        return "System.out.println(\"" + STAGE + n + " \" + System.currentTimeMillis() + \" \""
                + " + java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());";
    }

    /** Snippet n of the script, as the instrumented copy counts them. */
    private static List<String> snippets(Path timedScript) throws IOException {
        List<String> labels = new ArrayList<>();
        labels.add("(jshell up, first snippet compiled and run)");
        for (String line : Files.readAllLines(timedScript)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("/") && !t.startsWith("System.out.println(\""
                    + STAGE)) {
                labels.add(t);
            }
        }
        return labels;
    }

    private Run once(Variant v) throws IOException, InterruptedException {
        // sh's `times` gives the CPU time of jshell and of the snippet JVM it started and waited for: on a busy
        // machine the wall time mostly says how busy it was, the CPU time what the run cost
        Path times = work.resolve("times.txt");
        Files.deleteIfExists(times);
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                "\"$@\"; status=$?; times > \"$0\"; exit $status", times.toString()));
        command.addAll(v.command());
        command.add(v.script().toString());
        StringBuilder output = new StringBuilder();
        List<long[]> stages = new ArrayList<>();
        long launchEpoch = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        long millis = -1;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (millis < 0 && line.startsWith(PREDICTION)) {
                    millis = (System.nanoTime() - start) / 1_000_000;
                }
                if (line.startsWith(STAGE)) {
                    String[] p = line.substring(STAGE.length()).trim().split(" ");
                    stages.add(new long[] {Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2])});
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(v.name() + ": jshell did not finish; output:\n" + output);
        }
        if (millis < 0 && !v.name().equals("archive")) {
            throw new IllegalStateException(v.name() + ": no '" + PREDICTION + "' line; jshell's output:\n" + output);
        }
        return new Run(millis, cpuMillis(times), launchEpoch, stages);
    }

    /** User + system time of the children from the second line of sh's {@code times}, e.g. {@code 0m4.12s 0m0.31s}. */
    private static long cpuMillis(Path times) throws IOException {
        List<String> lines = Files.isRegularFile(times) ? Files.readAllLines(times) : List.of();
        if (lines.size() < 2) {
            return -1;
        }
        Matcher m = Pattern.compile("(\\d+)m([0-9.]+)s").matcher(lines.get(1));
        double seconds = 0;
        while (m.find()) {
            seconds += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
        }
        return Math.round(seconds * 1000);
    }

    private String report(int runs, Map<Variant, List<Run>> results, Map<Variant, List<Run>> staged,
            Path timedScript, String loadBefore, String loadAfter) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# JShell: start to first prediction\n\n")
                .append("`dev.sagemaker4j.benchmarks.JShellStartBenchmark` ([../README.md](../README.md), "
                        + "\"JShell start to first prediction\"): wall time from starting the process "
                        + "(`java @…/jshell.args` or `jshell`) to the moment it prints its `prediction: …` line, ")
                .append(runs).append(" runs per variant, the variants interleaved. Target (issue 7): under ")
                .append(TARGET_MILLIS / 1000).append(" s. CPU is the user + system time of jshell and of the JVM it "
                        + "starts, for the whole run (to `/exit`): where the machine is busy, the wall time says how "
                        + "busy, the CPU time what the run costs.\n\n")
                .append("Host: ").append(host()).append("; load average ").append(loadBefore).append(" at start, ")
                .append(loadAfter).append(" at the end. JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(". Run ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC)
                        .format(Instant.now()))
                .append(", commit ").append(commit()).append(".\n\n")
                .append("| variant | median | min | max | under 3 s | CPU (median) | what |\n")
                .append("|---|---:|---:|---:|---|---:|---|\n");
        for (Map.Entry<Variant, List<Run>> e : results.entrySet()) {
            long[] ms = e.getValue().stream().mapToLong(Run::millis).sorted().toArray();
            long median = ms[ms.length / 2];
            md.append("| ").append(e.getKey().name()).append(" | ").append(seconds(median)).append(" | ")
                    .append(seconds(ms[0])).append(" | ").append(seconds(ms[ms.length - 1])).append(" | ")
                    .append(median < TARGET_MILLIS ? "yes" : ms[0] < TARGET_MILLIS ? "min only" : "no").append(" | ")
                    .append(seconds(median(e.getValue().stream().mapToLong(Run::cpuMillis).toArray()))).append(" | ")
                    .append(e.getKey().what()).append(" |\n");
        }
        List<String> labels = snippets(timedScript);
        md.append("\n## Where the time goes\n\nThe quickstart again, ").append(staged.values().iterator().next().size())
                .append(" runs (taking turns with the runs above) of a copy that prints a time stamp after every "
                        + "snippet (each stamp is one more snippet to compile, so these totals run a little "
                        + "longer). Times are medians, in ms since the process started; \"snippet JVM up\" is when "
                        + "the JVM that runs the snippets started.\n");
        for (Map.Entry<Variant, List<Run>> e : staged.entrySet()) {
            List<Run> rs = e.getValue();
            long jvmUp = median(rs.stream().mapToLong(r -> r.stages().get(0)[2] - r.launchEpochMillis()).toArray());
            md.append("\n### ").append(e.getKey().name()).append("\n\nsnippet JVM up at ").append(jvmUp)
                    .append(" ms; first prediction at ")
                    .append(median(rs.stream().mapToLong(Run::millis).toArray())).append(" ms.\n\n")
                    .append("| # | snippet | done at | took |\n|---:|---|---:|---:|\n");
            int count = rs.stream().mapToInt(r -> r.stages().size()).min().orElse(0);
            long previous = 0;
            for (int i = 0; i < count; i++) {
                int k = i;
                long at = median(rs.stream().mapToLong(r -> r.stages().get(k)[1] - r.launchEpochMillis()).toArray());
                String label = k < labels.size() ? labels.get(k) : "?";
                if (label.length() > 70) {
                    label = label.substring(0, 67) + "...";
                }
                md.append("| ").append(k).append(" | `").append(label.replace("|", "\\|")).append("` | ")
                        .append(at).append(" | ").append(at - previous).append(" |\n");
                previous = at;
            }
        }
        return md.toString();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? -1 : sorted[sorted.length / 2];
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String loadAverage() {
        try {
            String[] p = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return p[0] + " " + p[1] + " " + p[2];
        } catch (IOException | UncheckedIOException | ArrayIndexOutOfBoundsException e) {
            return String.format(Locale.ROOT, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String host() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            // not Linux: the CPU model stays unknown
        }
        return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), " + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    private String commit() {
        try {
            String id = git("rev-parse", "--short", "HEAD");
            String changes = git("status", "--porcelain", "--", ".", ":!benchmarks/results");
            return id == null ? "?" : changes == null || changes.isEmpty() ? id : id + "+uncommitted changes";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor() == 0 ? out : null;
    }
}
