/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the parity table true in both directions: every row of the Python SDK's API is present in Java,
 * not applicable with a reason, or marked missing; a row marked missing that is present fails; and the
 * committed docs/python-parity.md is what the table says now. With {@code -Dparity.update=true} it
 * rewrites docs/parity/java-parity.tsv (drops the missing marks of rows now present, marks missing the
 * rows now absent) and docs/python-parity.md instead of failing on them; see docs/parity/README.md.
 */
class PythonParityTest {
    static final String REFRESH = "mvn -B -ntp -o -q -pl examples -am verify -Dmaven.javadoc.skip=true"
            + " -Dlicense.skipAddThirdParty=true -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dtest=PythonParityTest -Dparity.update=true";

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/parity"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a folder above %s holding docs/parity", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    private static Path pythonApi(Path root) throws IOException {
        try (var files = Files.list(root.resolve("docs/parity"))) {
            List<Path> tables = files.filter(p -> p.getFileName().toString().matches("python-api-.*\\.tsv"))
                    .collect(Collectors.toList());
            assertThat(tables).as("one docs/parity/python-api-<tag>.tsv").hasSize(1);
            return tables.get(0);
        }
    }

    @Test
    void pythonApi_everyRow_isPresentNotApplicableOrMarkedMissing() throws IOException {
        Path root = repositoryRoot();
        Path mapping = root.resolve("docs/parity/java-parity.tsv");
        Path doc = root.resolve("docs/python-parity.md");
        ParityTable table = ParityTable.load(pythonApi(root), mapping);
        List<ParityTable.Result> results = table.resolve();
        boolean update = Boolean.getBoolean("parity.update");
        if (update) {
            String refreshed = table.refreshedMapping(results);
            if (!refreshed.equals(Files.readString(mapping, StandardCharsets.UTF_8))) {
                Files.writeString(mapping, refreshed, StandardCharsets.UTF_8);
            }
            table = ParityTable.load(pythonApi(root), mapping);
            results = table.resolve();
        }

        List<String> errors = results.stream().filter(r -> r.error() != null)
                .map(r -> r.row().key().replace('\t', ' ') + ": " + r.error()).collect(Collectors.toList());
        assertThat(errors).as("rows the parity table gets wrong (fix docs/parity/java-parity.tsv, or run "
                + REFRESH + ")").isEmpty();

        String markdown = table.markdown(results);
        if (update && !markdown.equals(Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "")) {
            Files.writeString(doc, markdown, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "")
                .as("docs/python-parity.md is out of date: run " + REFRESH).isEqualTo(markdown);
    }

    @Test
    void camel_snakeCase_isLowerCamelCase() {
        assertThat(ParityTable.camel("sagemaker_session")).isEqualTo("session");
        assertThat(ParityTable.camel("initial_instance_count")).isEqualTo("initialInstanceCount");
        assertThat(ParityTable.camel("s3_uri")).isEqualTo("s3Uri");
        assertThat(ParityTable.camel("fit")).isEqualTo("fit");
    }

    @Test
    void find_knownAndUnknownMembers_areTold() {
        assertThat(ParityTable.find("dev.sagemaker4j.serializers.CSVSerializer", "init-param", null, "contentType"))
                .isNotNull();
        assertThat(ParityTable.find("dev.sagemaker4j.serializers.CSVSerializer", "init-param", null, "noSuch"))
                .isNull();
        assertThat(ParityTable.find("dev.sagemaker4j.NoSuchClass", "method", null, "fit")).isNull();
    }
}
