/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.monitor.internal.ReportPage;
import dev.sagemaker4j.processing.ProcessingJob;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.MonitoringExecutionSummary;
import software.amazon.awssdk.services.sagemaker.model.ProcessingInput;

/**
 * One monitoring execution, as Python's {@code MonitoringExecution}: the analyzer's processing job over a current
 * data set, checked against a baseline. Its {@link #status()} is the monitoring execution's: {@code Completed},
 * {@code CompletedWithViolations} (the job completed and constraint_violations.json lists at least one
 * violation), {@code Failed} (with {@link #failureReason()}), or the job's status while it runs.
 */
public final class MonitoringExecution {
    private final ProcessingJob job;
    private final String outputS3Uri;
    private final Session session;
    private final MonitoringExecutionSummary summary;

    MonitoringExecution(ProcessingJob job, String outputS3Uri, Session session) {
        this(job, outputS3Uri, session, null);
    }

    private MonitoringExecution(ProcessingJob job, String outputS3Uri, Session session,
                                MonitoringExecutionSummary summary) {
        this.job = job;
        this.outputS3Uri = outputS3Uri;
        this.session = session;
        this.summary = summary;
    }

    /** An execution of a schedule, as ListMonitoringExecutions lists it (its job's output is the report folder). */
    static MonitoringExecution fromSummary(MonitoringExecutionSummary summary, Session session) {
        ProcessingJob job = null;
        String output = null;
        if (summary.processingJobArn() != null) {
            String arn = summary.processingJobArn();
            job = ProcessingJob.attach(arn.substring(arn.lastIndexOf('/') + 1), session);
            DescribeProcessingJobResponse d = job.describe();
            if (d.processingOutputConfig() != null && !d.processingOutputConfig().outputs().isEmpty()) {
                output = d.processingOutputConfig().outputs().get(0).s3Output().s3Uri().replaceAll("/+$", "");
            }
        }
        return new MonitoringExecution(job, output, session, summary);
    }

    /**
     * The execution's summary as ListMonitoringExecutions listed it, for an execution of a schedule.
     *
     * @return the summary, or null for an execution {@code runMonitoring} started
     */
    public MonitoringExecutionSummary summary() {
        return summary;
    }

    /**
     * When the execution was scheduled (an execution of a schedule).
     *
     * @return the time, or null
     */
    public Instant scheduledTime() {
        return summary == null ? null : summary.scheduledTime();
    }

    /**
     * The processing job that ran the analyzer.
     *
     * @return the job, or null for a scheduled execution that failed before its job started (an empty window)
     */
    public ProcessingJob job() {
        return job;
    }

    /**
     * The job's name.
     *
     * @return the name
     */
    public String name() {
        return job == null ? null : job.name();
    }

    /**
     * Where the reports go ({@code statistics.json}, {@code constraint_violations.json}).
     *
     * @return the S3 URI
     */
    public String outputS3Uri() {
        return outputS3Uri;
    }

    /**
     * The execution's status: {@code InProgress}, {@code Completed}, {@code CompletedWithViolations},
     * {@code Failed} or {@code Stopped}.
     *
     * @return the status
     */
    public String status() {
        if (summary != null && (job == null || !"InProgress".equals(summary.monitoringExecutionStatusAsString()))) {
            return summary.monitoringExecutionStatusAsString();
        }
        String status = job.describe().processingJobStatusAsString();
        if ("Completed".equals(status) && !constraintViolations().violations().isEmpty()) {
            return "CompletedWithViolations";
        }
        return status;
    }

    /**
     * Why the execution failed.
     *
     * @return the job's FailureReason, or null
     */
    public String failureReason() {
        if (summary != null && (job == null || summary.failureReason() != null)) {
            return summary.failureReason();
        }
        DescribeProcessingJobResponse d = job.describe();
        return d.failureReason();
    }

    /**
     * The current data set's statistics, as Python's {@code statistics()}.
     *
     * @return statistics.json of this execution
     * @throws dev.sagemaker4j.exceptions.ValidationException when the execution wrote none (it failed)
     */
    public Statistics statistics() {
        return Statistics.fromS3Uri(outputS3Uri + "/statistics.json", session);
    }

    /**
     * The violations found, as Python's {@code constraint_violations()}.
     *
     * @return constraint_violations.json of this execution
     * @throws dev.sagemaker4j.exceptions.ValidationException when the execution wrote none (it failed)
     */
    public ConstraintViolations constraintViolations() {
        return ConstraintViolations.fromS3Uri(outputS3Uri + "/constraint_violations.json", session);
    }

    /**
     * The baseline statistics this execution was checked against: the job's {@code baseline} input.
     *
     * @return the baseline's statistics.json, or null when the execution was given constraints alone
     */
    public Statistics baselineStatistics() {
        if (job == null) {
            return null;
        }
        List<ProcessingInput> inputs = job.describe().processingInputs();
        for (ProcessingInput in : inputs == null ? List.<ProcessingInput>of() : inputs) {
            if ("baseline".equals(in.inputName()) && in.s3Input() != null) {
                String uri = in.s3Input().s3Uri();
                return Statistics.fromS3Uri(uri.endsWith(".json") ? uri : uri + "/statistics.json", session);
            }
        }
        return null;
    }

    /**
     * The execution's data-quality pictures ({@link MonitorReport#dataQuality}): its statistics against its
     * baseline's, the features its constraint_violations.json names marked.
     *
     * @return the report
     * @throws dev.sagemaker4j.exceptions.ValidationException when the execution wrote no statistics (it failed
     *                                                        or still runs)
     */
    public MonitorReport report() {
        return MonitorReport.dataQuality(baselineStatistics(), statistics(), constraintViolations());
    }

    /**
     * Writes the execution's pictures into a folder, next to copies of its JSON files: {@code statistics.json},
     * {@code constraint_violations.json}, one {@code feature-<name>.png} per feature and
     * {@code data-quality.html} (see {@link MonitorReport}).
     *
     * @param directory the folder (created when missing); existing files are replaced
     * @return the files written: the two JSON files, the PNGs in the page's order, then the HTML page
     * @throws dev.sagemaker4j.exceptions.ValidationException when the execution wrote no statistics
     * @throws dev.sagemaker4j.exceptions.StorageException    when a file cannot be written
     */
    public List<Path> visualize(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Statistics current = statistics();
        ConstraintViolations violations = constraintViolations();
        List<Path> written = new ArrayList<>();
        written.add(ReportPage.write(directory.resolve("statistics.json"),
                current.toJson().getBytes(StandardCharsets.UTF_8)));
        written.add(ReportPage.write(directory.resolve("constraint_violations.json"),
                violations.toJson().getBytes(StandardCharsets.UTF_8)));
        written.addAll(MonitorReport.dataQuality(baselineStatistics(), current, violations).write(directory));
        return written;
    }

    @Override
    public String toString() {
        return "MonitoringExecution(" + (job != null ? job.name() : summary.monitoringScheduleName() + " at "
                + summary.scheduledTime()) + ", " + status() + ")";
    }
}
