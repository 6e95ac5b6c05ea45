/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/jshell/quickstart.jsh} with both commands of the README — the java argument
 * file {@code examples/target/jshell/jshell.args} and the {@code jshell} launcher — with the JDK that
 * runs the tests, non-interactively, and checks what they print. The class path file and the
 * argument file are written before the tests by maven-dependency-plugin and maven-resources-plugin
 * (examples/pom.xml).
 */
class JShellQuickstartTest {
    private static final long TIMEOUT_SECONDS = 300;
    private static final Path BUNDLE = Path.of("target", "jshell");

    private static Path bin(String tool) {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path exe = Files.exists(bin.resolve(tool + ".exe")) ? bin.resolve(tool + ".exe") : bin.resolve(tool);
        assertThat(exe).as("%s of the JDK running the tests (a JDK, not a JRE, builds this project)", tool)
                .isExecutable();
        return exe;
    }

    private static Path tmp() throws IOException {
        return Files.createDirectories(Path.of("target", "jshell-tmp")).toAbsolutePath();
    }

    /**
     * Under {@code mvn test} a module without classes (nothing compiled) is named by a folder that does not exist,
     * which jshell's --class-path refuses; it holds no classes, so leave it out.
     */
    private static String existing(String classPath) {
        return Arrays.stream(classPath.trim().split(File.pathSeparator))
                .filter(entry -> Files.exists(Path.of(entry))).collect(Collectors.joining(File.pathSeparator));
    }

    /** The README's first command: java @target/jshell/jshell.args, plus a temporary folder under target/. */
    private static List<String> argumentFileCommand(Path script) throws IOException {
        Path argFile = BUNDLE.resolve("jshell.args");
        assertThat(argFile).as("written at process-test-classes from jshell/jshell.args").isRegularFile();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(argFile)) {
            lines.add(line.startsWith("\"") && line.endsWith("\"")
                    ? "\"" + existing(line.substring(1, line.length() - 1)) + "\"" : line);
        }
        Path copy = Files.write(tmp().resolve("jshell.args"), lines);
        return List.of(bin("java").toString(), "-Djava.io.tmpdir=" + tmp(), "-Daws.disableEc2Metadata=true",
                "@" + copy, script.toString());
    }

    /** The README's second command: the jshell launcher, snippets in a second JVM. */
    private static List<String> launcherCommand(Path script) throws IOException {
        Path classPathFile = BUNDLE.resolve("classpath.txt");
        assertThat(classPathFile).as("written at process-test-classes by maven-dependency-plugin").isRegularFile();
        return List.of(bin("jshell").toString(),
                "-J-XX:TieredStopAtLevel=1", "-R-XX:TieredStopAtLevel=1",
                "--class-path", existing(Files.readString(classPathFile)),
                "-R--add-opens=java.base/java.nio=ALL-UNNAMED",
                "-R-Djava.io.tmpdir=" + tmp(),
                "-R-Daws.disableEc2Metadata=true",
                script.toString());
    }

    private static void assertPredictions(String out) {
        assertThat(out).as("no snippet failed; jshell's output:\n%s", out)
                .doesNotContain("Exception").doesNotContain("Error:");
        Matcher m = Pattern.compile("(?m)^prediction: \\[\\[([0-9.E-]+)\\], \\[([0-9.E-]+)\\]\\]$").matcher(out);
        assertThat(m.find()).as("a prediction line; jshell's output:\n%s", out).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("x0 + x1 = 2 > 0").isGreaterThan(0.9);
        assertThat(Double.parseDouble(m.group(2))).as("x0 + x1 = -1.5 < 0").isLessThan(0.1);
    }

    /** Runs the command with stdin closed; returns its output, or fails with it. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(Files.createDirectories(Path.of("target")), "jshell-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("jshell did not finish in " + TIMEOUT_SECONDS + " s; its output:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("jshell's exit status; its output:\n%s", out).isZero();
        return out;
    }

    @Test
    void quickstartJsh_readmeArgumentFile_printsAPredictionPerRow() throws Exception {
        assertPredictions(run(argumentFileCommand(Path.of("jshell", "quickstart.jsh"))));
    }

    @Test
    void quickstartJsh_jshellLauncher_printsAPredictionPerRow() throws Exception {
        assertPredictions(run(launcherCommand(Path.of("jshell", "quickstart.jsh"))));
    }

    @Test
    void jshell_mistypedClassAndBadArguments_printsTypedReadableErrors() throws Exception {
        Path script = tmp().resolve("bad-input.jsh");
        Files.writeString(script, String.join("\n",
                "import dev.sagemaker4j.*;",
                "import dev.sagemaker4j.estimator.Estimator;",
                "Estimatr.builder();",
                "ImageUris.retrieve(\"xgbost\", \"us-east-1\", \"1.7-1\");",
                "Session.local(null);",
                "Estimator.builder().imageUri(ImageUris.retrieve(\"xgboost\", \"us-east-1\", \"1.7-1\")).build();",
                "System.out.println(\"done\");",
                "/exit", ""));

        String out = run(argumentFileCommand(script));

        assertThat(out).as("jshell's output").contains("cannot find symbol", "symbol:   variable Estimatr")
                .contains("Exception dev.sagemaker4j.exceptions.ValidationException: framework: is not an image"
                        + " configuration of the Python SDK (got 'xgbost'). name one of: xgboost,")
                .contains("Exception java.lang.NullPointerException: root")
                .contains("Exception dev.sagemaker4j.exceptions.ValidationException: instanceType: is missing")
                .contains("done");
    }
}
