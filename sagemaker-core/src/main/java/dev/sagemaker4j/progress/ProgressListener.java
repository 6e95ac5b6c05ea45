/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.progress;

import dev.sagemaker4j.internal.settings.Settings;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Receives progress of long work (training rounds, transform records, ingest rows). Set one per
 * session with {@code Session.builder().progressListener(...)}. The default, {@link #auto()}, draws
 * progress bars on an interactive terminal and in JShell, and logs a line through SLF4J every few
 * seconds when output goes to a file or a CI log; {@link #none()} turns progress off. Called from
 * the worker threads: implementations must be thread-safe and quick. Listeners need no closing.
 *
 * <pre>{@code
 * Session quiet = Session.builder().backend("local").progressListener(ProgressListener.none()).build();
 * Session bars = Session.builder().backend("local").progressListener(ProgressListener.console()).build();
 * Session mine = Session.builder().backend("local")
 *         .progressListener(e -> System.out.println(e)).build();
 * }</pre>
 *
 * <p>Without code changes: {@code -Dsagemaker4j.progress=bar|log|none} (or {@code SAGEMAKER4J_PROGRESS})
 * picks what {@link #auto()} returns.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Called as work advances.
     *
     * @param event how far it has come
     */
    void onProgress(ProgressEvent event);

    /**
     * A listener that ignores everything.
     *
     * @return the listener
     */
    static ProgressListener none() {
        return ProgressModes.NONE;
    }

    /**
     * A listener that logs through SLF4J ({@code dev.sagemaker4j.progress}), at most one line every
     * two seconds per task plus the last one.
     *
     * @return the listener
     */
    static ProgressListener logging() {
        return logging(Duration.ofSeconds(2));
    }

    /**
     * A listener that logs through SLF4J ({@code dev.sagemaker4j.progress}), at most one line per
     * interval per task plus the last one.
     *
     * @param interval the least time between two lines of one task
     * @return the listener
     */
    static ProgressListener logging(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        return new LoggingProgressListener(LoggerFactory.getLogger("dev.sagemaker4j.progress"), System::nanoTime,
                interval);
    }

    /**
     * A listener that draws one progress bar per task on standard error, repainted in place, with the
     * unit count, time left (or the rate, when the total is unknown) and the latest validation
     * metrics; a bar is finished, and its line ended, when its task completes or ends early. Bars of
     * tasks that run at once share the line. Use it where a person watches the output.
     *
     * @return the listener
     */
    static ProgressListener console() {
        return ProgressModes.interactiveTerminal() ? ConsoleProgressListener.terminal()
                : ConsoleProgressListener.stream(System.err, ConsoleProgressListener.DEFAULT_WIDTH);
    }

    /**
     * A listener that draws progress bars on a stream, each repainted in place with a carriage
     * return, in ASCII, 120 columns wide.
     *
     * @param out where to draw
     * @return the listener
     */
    static ProgressListener console(PrintStream out) {
        return ConsoleProgressListener.stream(Objects.requireNonNull(out, "out"),
                ConsoleProgressListener.DEFAULT_WIDTH);
    }

    /**
     * The listener for where this JVM runs: {@code sagemaker4j.progress} / {@code SAGEMAKER4J_PROGRESS}
     * when set ({@code bar} → {@link #console()}, {@code log} → {@link #logging()}, {@code none} →
     * {@link #none()}), else bars on an interactive terminal or in JShell, else log lines. This is
     * the session default.
     *
     * @return the listener
     * @throws dev.sagemaker4j.exceptions.ValidationException when the setting names another mode
     */
    static ProgressListener auto() {
        Settings settings = Settings.fromSystem();
        return ProgressModes.choose(settings, ProgressModes.interactiveTerminal() || settings.inJShell());
    }
}
