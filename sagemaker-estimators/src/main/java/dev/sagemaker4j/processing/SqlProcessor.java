/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;

/**
 * A ready processor for what most data-preparation scripts do: SQL over the inputs, run by embedded DuckDB. Each
 * input is a view named by its {@code inputName} over the files of its folder (CSV, Parquet, or JSON / JSON lines,
 * chosen by the files' extension: {@code .csv}, {@code .tsv}, {@code .parquet}, {@code .json}, {@code .jsonl},
 * {@code .ndjson}, optionally {@code .gz}); each output gets the rows of the table or view named by its
 * {@code outputName}, written as one file {@code <outputName>.<format>} (with several instances,
 * {@code <outputName>-<host>.<format>}) in CSV with a header, Parquet or JSON lines ({@code outputFormat}). With a
 * single output the query may instead be one {@code SELECT} (or {@code WITH ...}) whose rows are the output.
 *
 * <p>The SQL travels in the request so that the request means the same to a container: the entrypoint is
 * {@code ["java", "dev.sagemaker4j.processing.SqlProcessor"]} (an image with sagemaker4j on its class path runs
 * {@link #main(String[])}), and the container arguments are {@code ["--query", <sql>, "--output-format",
 * <format>]}. The local backend reads the same arguments and runs the SQL in-process. DuckDB reads only the
 * local copies of the inputs: it installs no extension and reaches no network.
 *
 * <pre>{@code
 * SqlProcessor sql = SqlProcessor.builder().role(role).instanceType("local").outputFormat("parquet")
 *         .session(session).build();
 * sql.run("CREATE VIEW joined AS SELECT c.*, o.total FROM customers c JOIN orders o USING (customer_id)",
 *         r -> r.inputs(List.of(ProcessingInput.builder().source(customersCsv).destination("/opt/ml/processing/input/customers")
 *                         .inputName("customers").build(),
 *                 ProcessingInput.builder().source(ordersParquet).destination("/opt/ml/processing/input/orders")
 *                         .inputName("orders").build()))
 *                 .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/joined")
 *                         .outputName("joined").build())));
 * }</pre>
 */
public final class SqlProcessor extends ProcessorBase {
    /** The image the request names by default: a JVM with sagemaker4j (and DuckDB) on the class path. */
    public static final String IMAGE = "sagemaker4j/duckdb-sql:1";
    /** The main class of the container command. */
    public static final String MAIN_CLASS = "dev.sagemaker4j.processing.SqlProcessor";
    /** The output formats. */
    public static final Set<String> FORMATS = Set.of("csv", "parquet", "json");

    private static final Logger LOG = LoggerFactory.getLogger(SqlProcessor.class);

    private final String outputFormat;

    private SqlProcessor(Builder b) {
        super(b.prepared());
        this.outputFormat = b.outputFormat;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The format of the outputs.
     *
     * @return {@code csv}, {@code parquet} or {@code json}
     */
    public String outputFormat() {
        return outputFormat;
    }

    @Override
    protected String defaultBaseJobName() {
        return "sql-processing";
    }

    /**
     * Runs the SQL with Python's run defaults (waits, shows the log): useful when the query writes nothing but
     * the log; pass outputs with {@link #run(String, Consumer)}.
     *
     * @param query the SQL
     * @return the job
     */
    public ProcessingJob run(String query) {
        return run(query, RunOptions.builder().build());
    }

    /**
     * Runs the SQL over the inputs, as a {@link ScriptProcessor} runs its script: the keywords are those of
     * Python's {@code run} ({@code inputs}, {@code outputs}, {@code wait}, {@code logs}, {@code jobName},
     * {@code experimentConfig}, {@code kmsKey}); {@code arguments} are taken by the query.
     *
     * @param query   the SQL
     * @param options the keywords
     * @return the job
     */
    public ProcessingJob run(String query, Consumer<RunOptions.Builder> options) {
        return run(query, RunOptions.of(options));
    }

    /**
     * Runs the SQL with kept options; see {@link #run(String, Consumer)}.
     *
     * @param query   the SQL
     * @param options the options
     * @return the job
     */
    public ProcessingJob run(String query, RunOptions options) {
        return start(request(query, options), options);
    }

    /**
     * The CreateProcessingJob request {@link #run(String, RunOptions)} would send, without sending it.
     *
     * @param query   the SQL
     * @param options the options
     * @return the request
     */
    public CreateProcessingJobRequest request(String query, RunOptions options) {
        checkRunOptions(options);
        if (query == null || query.isBlank()) {
            throw new ValidationException("query", query, "is empty", "pass the SQL to run");
        }
        if (options.arguments() != null) {
            throw new ValidationException("arguments", options.arguments(),
                    "are the query's: an SqlProcessor sends [--query, <sql>, --output-format, <format>]",
                    "leave arguments unset and put everything in the query");
        }
        return buildRequest(jobName(options), options, List.of(), entrypoint(),
                List.of("--query", query, "--output-format", outputFormat));
    }

    /**
     * The container command: {@code java dev.sagemaker4j.processing.SqlProcessor --query <sql> --output-format
     * <format>} runs the SQL against the processing contract of the container it runs in. A failure writes its
     * message to {@code /opt/ml/output/message} and exits with status 1.
     *
     * @param args the container arguments
     */
    public static void main(String[] args) {
        Path root = Paths.get(System.getProperty("sagemaker4j.containerRoot", "/"));
        try {
            HostEnvironment env = HostEnvironment.fromContainer(root, Arrays.asList(args));
            SqlScript.run(env);
        } catch (Exception | LinkageError e) {
            LOG.error("SQL processing failed", e);
            try {
                Path message = root.resolve("opt/ml/output/message");
                Files.createDirectories(message.getParent());
                Files.writeString(message, String.valueOf(e.getMessage() == null ? e : e.getMessage()));
            } catch (java.io.IOException ignored) {
                // the exit status still tells the service the job failed
            }
            System.exit(1);
        }
    }

    /** Builds an {@link SqlProcessor}. */
    public static final class Builder extends AbstractBuilder<Builder, SqlProcessor> {
        private String outputFormat = "csv";
        private String image;

        private Builder() {
        }

        /**
         * Sets the format of every output (default {@code csv}: with a header row).
         *
         * @param outputFormat {@code csv}, {@code parquet} or {@code json} (JSON lines)
         * @return this builder
         */
        public Builder outputFormat(String outputFormat) {
            this.outputFormat = ProcessingInput.oneOf("outputFormat", outputFormat, FORMATS);
            return this;
        }

        /**
         * Sets {@code image_uri} (default {@link #IMAGE}).
         *
         * @param imageUri the image
         * @return this builder
         */
        @Override
        public Builder imageUri(String imageUri) {
            this.image = imageUri;
            return this;
        }

        private Builder prepared() {
            super.imageUri(image == null ? IMAGE : image);
            return containerEntrypoint(List.of("java", MAIN_CLASS));
        }

        @Override
        public SqlProcessor build() {
            return new SqlProcessor(this);
        }
    }
}
