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
 * Runs {@code examples/jshell/quickstart.jsh} as the README says, with {@code jshell} of the JDK
 * that runs the tests, non-interactively, and checks what it prints. The class path file is
 * written before the tests by maven-dependency-plugin (examples/pom.xml).
 */
class JShellQuickstartTest {
    private static final long TIMEOUT_SECONDS = 300;
    private static final Path CLASSPATH_FILE = Path.of("target", "jshell", "classpath.txt");

    /** jshell with the README's flags, plus a temporary folder under target/ for what the script creates. */
    private static List<String> jshell(Path script) throws IOException {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path jshell = Files.exists(bin.resolve("jshell.exe")) ? bin.resolve("jshell.exe") : bin.resolve("jshell");
        assertThat(jshell).as("jshell of the JDK running the tests (a JDK, not a JRE, builds this project)")
                .isExecutable();
        assertThat(CLASSPATH_FILE).as("written at process-test-classes by maven-dependency-plugin").isRegularFile();
        Path tmp = Files.createDirectories(Path.of("target", "jshell-tmp")).toAbsolutePath();
        // under `mvn test` a module without classes (nothing compiled yet) is named by a folder that does
        // not exist, which jshell refuses; it holds no classes, so leave it out
        String classPath = Arrays.stream(Files.readString(CLASSPATH_FILE).trim().split(File.pathSeparator))
                .filter(entry -> Files.exists(Path.of(entry))).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(jshell.toString(),
                "-J-XX:TieredStopAtLevel=1", "-R-XX:TieredStopAtLevel=1",
                "--class-path", classPath,
                "-R--add-opens=java.base/java.nio=ALL-UNNAMED",
                "-R-Djava.io.tmpdir=" + tmp,
                "-R-Daws.disableEc2Metadata=true"));
        command.add(script.toString());
        return command;
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
    void quickstartJsh_runNonInteractively_printsAPredictionPerRow() throws Exception {
        String out = run(jshell(Path.of("jshell", "quickstart.jsh")));

        assertThat(out).as("no snippet failed; jshell's output:\n%s", out)
                .doesNotContain("Exception").doesNotContain("Error:");
        Matcher m = Pattern.compile("(?m)^prediction: \\[\\[([0-9.E-]+)\\], \\[([0-9.E-]+)\\]\\]$").matcher(out);
        assertThat(m.find()).as("a prediction line; jshell's output:\n%s", out).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("x0 + x1 = 2 > 0").isGreaterThan(0.9);
        assertThat(Double.parseDouble(m.group(2))).as("x0 + x1 = -1.5 < 0").isLessThan(0.1);
    }

    @Test
    void jshell_mistypedClassAndBadArguments_printsTypedReadableErrors() throws Exception {
        Path script = Files.createDirectories(Path.of("target", "jshell-tmp")).resolve("bad-input.jsh");
        Files.writeString(script, String.join("\n",
                "import dev.sagemaker4j.*;",
                "import dev.sagemaker4j.estimator.Estimator;",
                "Estimatr.builder();",
                "ImageUris.retrieve(\"xgbost\", \"us-east-1\", \"1.7-1\");",
                "Session.local(null);",
                "Estimator.builder().imageUri(ImageUris.retrieve(\"xgboost\", \"us-east-1\", \"1.7-1\")).build();",
                "System.out.println(\"done\");",
                "/exit", ""));

        String out = run(jshell(script));

        assertThat(out).as("jshell's output").contains("cannot find symbol", "symbol:   variable Estimatr")
                .contains("Exception dev.sagemaker4j.exceptions.ValidationException: framework: is not a built-in"
                        + " algorithm image known here (got 'xgbost'). name one of: xgboost,")
                .contains("Exception java.lang.NullPointerException: root")
                .contains("Exception dev.sagemaker4j.exceptions.ValidationException: instanceType: is missing")
                .contains("done");
    }
}
