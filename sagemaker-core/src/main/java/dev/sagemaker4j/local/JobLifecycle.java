/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.exceptions.ClientException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkPojo;

/**
 * The one state machine every local job kind runs through, as on the service: a job is created
 * {@code InProgress}, may be asked to stop ({@code Stopping}), and ends {@code Completed},
 * {@code Failed} or {@code Stopped}. Training, transform and the coming processing, tuning and
 * pipeline executions share it; each kind only says how its record spells a status
 * ({@link Statuses}).
 *
 * <p>Three rules hold for every kind:
 * <ul>
 *   <li><b>The terminal status is written last.</b> A waiter that sees it may read the log, the
 *       metrics and the outputs at once, so the job body finishes all of them before it returns its
 *       {@link Ending}; {@link #run} writes the status after the body returned.</li>
 *   <li><b>A stop wins over a failure it caused.</b> A job interrupted by StopTransformJob often fails
 *       on the interruption; it ends {@code Stopped}, not {@code Failed}.</li>
 *   <li><b>An unexpected error still ends the job.</b> A body that throws ends {@code Failed} with
 *       {@code ClientError: ...} (a {@link ClientException}: the caller's data or code) or
 *       {@code InternalServerError: ...} (anything else), the reason cut to the service's 1,024
 *       characters, so no record stays {@code InProgress} forever.</li>
 * </ul>
 *
 * <pre>{@code
 * JobLifecycle<DescribeTransformJobResponse> lifecycle = new JobLifecycle<>(JobKind.TRANSFORM, context,
 *         new JobLifecycle.Statuses<>() {
 *             public String status(DescribeTransformJobResponse r) { return r.transformJobStatusAsString(); }
 *             public DescribeTransformJobResponse withStatus(DescribeTransformJobResponse r, String status,
 *                     String reason, Instant at) { ... }
 *         });
 * lifecycle.start(name, record, signal -> { ...; return JobLifecycle.Ending.completed(); });
 * }</pre>
 *
 * @param <R> the kind's record, its Describe response
 */
public final class JobLifecycle<R extends SdkPojo> {
    private static final Logger LOG = LoggerFactory.getLogger(JobLifecycle.class);
    /** The longest failure reason the service keeps. */
    public static final int FAILURE_REASON_LIMIT = 1024;

    private final JobKind kind;
    private final LocalContext context;
    private final Statuses<R> statuses;

    /**
     * How one job kind's record spells its status.
     *
     * @param <R> the kind's record
     */
    public interface Statuses<R> {
        /**
         * The record's status, e.g. {@code InProgress}.
         *
         * @param record the record
         * @return its status
         */
        String status(R record);

        /**
         * The record in a new status. {@code Stopping} is not terminal; {@code Completed},
         * {@code Failed} and {@code Stopped} are, and set the kind's end time.
         *
         * @param record the current record
         * @param status the new status
         * @param reason the failure reason ({@code Failed}), or why the job stopped ({@code Stopping},
         *               {@code Stopped}); may be {@code null}
         * @param at     when
         * @return the new record
         */
        R withStatus(R record, String status, String reason, Instant at);
    }

    /**
     * How a job body ended: a terminal status, its reason, and what else the record gains with it
     * (model artifacts, final metrics, times), all written in one update.
     *
     * @param <R> the kind's record
     */
    public static final class Ending<R> {
        private final String status;
        private final String reason;
        private final UnaryOperator<R> extra;

        private Ending(String status, String reason, UnaryOperator<R> extra) {
            this.status = status;
            this.reason = reason;
            this.extra = extra == null ? UnaryOperator.identity() : extra;
        }

        /**
         * The job did its work.
         *
         * @param extra what the record gains with the status, or {@code null}
         * @param <R>   the kind's record
         * @return the ending
         */
        public static <R> Ending<R> completed(UnaryOperator<R> extra) {
            return new Ending<>("Completed", null, extra);
        }

        /**
         * The job failed.
         *
         * @param reason the failure reason the record shows (cut to {@value #FAILURE_REASON_LIMIT} characters)
         * @param extra  what the record gains with the status, or {@code null}
         * @param <R>    the kind's record
         * @return the ending
         */
        public static <R> Ending<R> failed(String reason, UnaryOperator<R> extra) {
            return new Ending<>("Failed", cut(reason), extra);
        }

        /**
         * The job stopped before its end.
         *
         * @param why   what stopped it, e.g. {@code StopTrainingJob} or {@code MaxRuntimeExceeded}
         * @param extra what the record gains with the status, or {@code null}
         * @param <R>   the kind's record
         * @return the ending
         */
        public static <R> Ending<R> stopped(String why, UnaryOperator<R> extra) {
            return new Ending<>("Stopped", why, extra);
        }

        /**
         * The terminal status.
         *
         * @return {@code Completed}, {@code Failed} or {@code Stopped}
         */
        public String status() {
            return status;
        }

        /**
         * The failure reason, or what stopped the job.
         *
         * @return the reason, or {@code null}
         */
        public String reason() {
            return reason;
        }
    }

    /**
     * A job body: does the work, finishes its log, metrics and outputs, and says how it ended.
     *
     * @param <R> the kind's record
     */
    @FunctionalInterface
    public interface Body<R> {
        /**
         * Runs the job.
         *
         * @param signal tells the job when to stop ({@link #stopRequested} also reads stop requests
         *               of other processes)
         * @return how it ended
         * @throws Exception an unexpected failure, which ends the job {@code Failed}
         */
        Ending<R> run(JobRunner.StopSignal signal) throws Exception;
    }

    /**
     * Creates the state machine of one job kind.
     *
     * @param kind     the kind
     * @param context  the parts' context (records and runner)
     * @param statuses how the kind's record spells a status
     */
    public JobLifecycle(JobKind kind, LocalContext context, Statuses<R> statuses) {
        this.kind = kind;
        this.context = context;
        this.statuses = statuses;
    }

    /**
     * Records a new job {@code InProgress} and queues its body on the job runner.
     *
     * @param name   the job name (validated by the caller)
     * @param record the first record, status {@code InProgress}
     * @param body   the work
     */
    public void start(String name, R record, Body<R> body) {
        context.jobs().create(kind, name, record);
        context.runner().submit(key(name), signal -> run(name, signal, body));
    }

    /**
     * Runs a body and writes its terminal status last; see the class comment for the rules.
     *
     * @param name   the job name
     * @param signal the job's stop signal
     * @param body   the work
     */
    public void run(String name, JobRunner.StopSignal signal, Body<R> body) {
        Ending<R> ending;
        try {
            ending = body.run(signal);
        } catch (ClientException e) {
            ending = Ending.failed("ClientError: " + e.getMessage(), null);
        } catch (Exception | LinkageError e) {
            LOG.debug("{} {} failed", kind.displayName(), name, e);
            ending = Ending.failed("InternalServerError: " + e, null);
        }
        if ("Failed".equals(ending.status) && stopRequested(name, signal)) {
            // the failure is most likely the stop's own interruption: the caller asked for Stopped
            ending = Ending.stopped(signal.stopped() ? signal.reason() : kind.stopOperation(), ending.extra);
        }
        finish(name, ending);
    }

    /**
     * Writes a terminal status. Bodies return their {@link Ending}; this is for a kind that must end a job
     * outside its body. A failure to write is logged, not thrown: the job has ended either way.
     *
     * @param name   the job name
     * @param ending how it ended
     */
    public void finish(String name, Ending<R> ending) {
        Instant end = Instant.now();
        try {
            context.jobs().<R>update(kind, name, r -> ending.extra.apply(statuses.withStatus(r, ending.status,
                    ending.reason, end)));
        } catch (RuntimeException e) {
            LOG.error("Could not record the end ({}: {}) of {} {}", ending.status, ending.reason, kind.displayName(),
                    name, e);
        }
    }

    /**
     * Whether the job should stop: its signal fired in this process, or another process asked (a
     * StopXxx call served by another JVM on the same root).
     *
     * @param name   the job name
     * @param signal the job's signal
     * @return whether to stop
     */
    public boolean stopRequested(String name, JobRunner.StopSignal signal) {
        return signal.stopped() || context.jobs().stopRequested(kind, name);
    }

    /**
     * A record as DescribeXxx and ListXxx show it: a job {@code InProgress} that another process asked to stop is
     * {@code Stopping}, as the service shows a job at once after StopXxx, until the process that runs it writes
     * its end (only that process writes the record, so the asking one cannot).
     *
     * @param name   the job name
     * @param record the stored record
     * @return the record, or a {@code Stopping} copy of it
     */
    public R view(String name, R record) {
        if ("InProgress".equals(statuses.status(record)) && context.jobs().stopRequested(kind, name)) {
            return statuses.withStatus(record, "Stopping", kind.stopOperation(), Instant.now());
        }
        return record;
    }

    /**
     * The StopXxx operation: an {@code InProgress} job goes {@code Stopping} and its body is told to
     * stop; a job already {@code Stopping} is left as it is; any other status is a
     * {@link ValidationException}. A job run by another process gets a stop request it reads.
     *
     * @param field the request's name field, e.g. {@code TransformJobName}
     * @param name  the job name (validated by the caller)
     */
    public void stop(String field, String name) {
        R job = context.jobs().get(kind, name);
        String status = statuses.status(view(name, job));
        if ("Stopping".equals(status)) {
            return;
        }
        if (!"InProgress".equals(status)) {
            throw new ValidationException(field, name, "is in status " + status + " and cannot be stopped",
                    "only InProgress " + kind.displayName() + "s can be stopped");
        }
        JobRunner.StopSignal signal = context.runner().signal(key(name));
        if (signal == null || !context.jobs().ownedHere(kind, name)) {
            context.jobs().requestStop(kind, name);
            return;
        }
        Instant now = Instant.now();
        context.jobs().<R>update(kind, name, r -> "InProgress".equals(statuses.status(r))
                ? statuses.withStatus(r, "Stopping", kind.stopOperation(), now) : r);
        signal.stop(kind.stopOperation());
    }

    /**
     * The job runner's key of a job of this kind.
     *
     * @param name the job name
     * @return the key
     */
    public String key(String name) {
        return kind.folder() + "/" + name;
    }

    /**
     * A failure reason cut to what the service keeps.
     *
     * @param reason the reason
     * @return at most {@value #FAILURE_REASON_LIMIT} characters
     */
    public static String cut(String reason) {
        return reason == null || reason.length() <= FAILURE_REASON_LIMIT ? reason
                : reason.substring(0, FAILURE_REASON_LIMIT);
    }
}
