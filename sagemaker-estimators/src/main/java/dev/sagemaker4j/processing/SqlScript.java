/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.exceptions.ClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The program of {@code SqlProcessor}: the SQL of the container arguments run by an in-memory DuckDB over the
 * instance's inputs, its results written to the outputs. DuckDB may read and write only under the instance's
 * root and installs no extension.
 */
final class SqlScript {
    private SqlScript() {
    }

    /** A failure of the user's SQL or data: the job's FailureReason says what DuckDB said. */
    static final class SqlFailure extends ClientException {
        private static final long serialVersionUID = 1L;

        SqlFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The query and format of the container arguments. */
    record Arguments(String query, String format) {
        static Arguments parse(List<String> args) {
            String query = null;
            String format = "csv";
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--query") && i + 1 < args.size()) {
                    query = args.get(++i);
                } else if (a.equals("--output-format") && i + 1 < args.size()) {
                    format = args.get(++i).toLowerCase(Locale.ROOT);
                } else {
                    throw new SqlFailure("the container argument '" + a + "' is not one of --query <sql>,"
                            + " --output-format csv|parquet|json", null);
                }
            }
            if (query == null || query.isBlank()) {
                throw new SqlFailure("the container arguments hold no --query <sql>", null);
            }
            if (!List.of("csv", "parquet", "json").contains(format)) {
                throw new SqlFailure("--output-format " + format + " is not csv, parquet or json", null);
            }
            return new Arguments(query, format);
        }
    }

    /**
     * Runs the SQL of the environment's arguments.
     *
     * @param env the instance's contract
     * @throws IOException when an input folder cannot be listed
     */
    public static void run(ProcessingEnvironment env) throws IOException {
        Arguments args = Arguments.parse(env.arguments());
        Path root = env.path("/");
        Properties p = new Properties();
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", p); Statement s = c.createStatement()) {
            // the SQL comes from a request: it may read and write the instance's own files, nothing else
            s.execute("SET allowed_directories=['" + literal(root.toString()) + "']");
            s.execute("SET enable_external_access=false");
            s.execute("SET lock_configuration=true");
            for (String name : env.inputNames()) {
                String view = inputView(name, env.input(name));
                if (view != null) {
                    s.execute(view);
                }
            }
            List<String> outputs = env.outputNames();
            boolean single = outputs.size() == 1 && isQuery(args.query());
            if (single) {
                Path file = outputFile(env, outputs.get(0), args.format());
                env.log("Writing the query's rows to output " + outputs.get(0));
                s.execute("COPY (" + stripSemicolon(args.query()) + ") TO '" + literal(file.toString()) + "' "
                        + copyOptions(args.format()));
            } else {
                s.execute(args.query());
                for (String name : outputs) {
                    if (!relationExists(c, name)) {
                        throw new SqlFailure("the SQL created no table or view named '" + name + "' for the output '"
                                + name + "': create one (CREATE VIEW \"" + name + "\" AS SELECT ...)", null);
                    }
                    Path file = outputFile(env, name, args.format());
                    s.execute("COPY (SELECT * FROM " + identifier(name) + ") TO '" + literal(file.toString()) + "' "
                            + copyOptions(args.format()));
                    env.log("Wrote output " + name);
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure("SQL error: " + e.getMessage(), e);
        }
    }

    private static Path outputFile(ProcessingEnvironment env, String name, String format) throws IOException {
        Path dir = env.output(name);
        Files.createDirectories(dir);
        String base = env.hosts().size() > 1 ? name + "-" + env.currentHost() : name;
        return dir.resolve(base + "." + format);
    }

    private static String copyOptions(String format) {
        switch (format) {
            case "parquet":
                return "(FORMAT PARQUET)";
            case "json":
                return "(FORMAT JSON)";
            default:
                return "(FORMAT CSV, HEADER true)";
        }
    }

    /** The view over an input's files, or null for an input without files (a share of a sharded input). */
    static String inputView(String name, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().collect(Collectors.toList());
        }
        if (files.isEmpty()) {
            return null;
        }
        List<String> formats = files.stream().map(SqlScript::formatOf).distinct().collect(Collectors.toList());
        if (formats.size() != 1 || formats.get(0) == null) {
            throw new SqlFailure("the input '" + name + "' holds files of " + (formats.contains(null)
                    ? "an unknown format (" + files.stream().filter(f -> formatOf(f) == null).findFirst().orElseThrow()
                    .getFileName() + ")" : "several formats " + formats)
                    + "; an SqlProcessor input is one table of .csv, .tsv, .parquet, .json, .jsonl or .ndjson files", null);
        }
        String list = files.stream().map(f -> "'" + literal(f.toString()) + "'").collect(Collectors.joining(", ", "[", "]"));
        String reader;
        switch (formats.get(0)) {
            case "parquet":
                reader = "read_parquet(" + list + ", union_by_name=true)";
                break;
            case "json":
                reader = "read_json_auto(" + list + ")";
                break;
            case "tsv":
                reader = "read_csv(" + list + ", delim='\\t', header=true, union_by_name=true)";
                break;
            default:
                reader = "read_csv(" + list + ", header=true, union_by_name=true)";
        }
        return "CREATE VIEW " + identifier(name) + " AS SELECT * FROM " + reader;
    }

    private static String formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".csv")) {
            return "csv";
        }
        if (n.endsWith(".tsv")) {
            return "tsv";
        }
        if (n.endsWith(".parquet")) {
            return "parquet";
        }
        if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return "json";
        }
        return null;
    }

    private static boolean relationExists(Connection c, String name) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    static boolean isQuery(String sql) {
        String t = stripSemicolon(sql).toLowerCase(Locale.ROOT);
        if (t.contains(";")) {
            return false;
        }
        return t.startsWith("select") || t.startsWith("with") || t.startsWith("from") || t.startsWith("values")
                || t.startsWith("(");
    }

    private static String stripSemicolon(String sql) {
        String t = sql.strip();
        while (t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return text.replace("'", "''");
    }
}
