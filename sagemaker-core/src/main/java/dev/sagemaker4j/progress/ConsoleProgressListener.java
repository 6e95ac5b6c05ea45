/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

/**
 * One progress bar per task, drawn by the progressbar library: created on a task's first event,
 * moved by the following ones, closed (final repaint and newline) by its finished event. A bar
 * repaints at most once a second and only when its count moved, so a task that never finishes
 * leaves a still bar, not a stream of lines.
 */
final class ConsoleProgressListener implements ProgressListener {
    /** Width of bars drawn on a plain stream, where no terminal tells the width. */
    static final int DEFAULT_WIDTH = 120;
    /** Longest name shown; job names end in a timestamp, so their end is kept. */
    static final int NAME_WIDTH = 36;

    private final Supplier<ProgressBarConsumer> consumers;
    private final ProgressBarStyle style;
    private final int updateMillis;
    private final Map<String, Bar> bars = new HashMap<>();

    ConsoleProgressListener(Supplier<ProgressBarConsumer> consumers, ProgressBarStyle style, int updateMillis) {
        this.consumers = consumers;
        this.style = style;
        this.updateMillis = updateMillis;
    }

    /**
     * Bars on the terminal's standard error, as wide as the terminal. Each bar repaints its line with
     * a carriage return (not the cursor movements that stack bars), so log lines written meanwhile
     * cannot leave the screen garbled.
     */
    static ConsoleProgressListener terminal() {
        return new ConsoleProgressListener(() -> new ConsoleProgressBarConsumer(System.err),
                ProgressBarStyle.UNICODE_BLOCK, 1000);
    }

    /** Bars on a stream, repainted in place with a carriage return; ASCII, as the stream's charset is unknown. */
    static ConsoleProgressListener stream(PrintStream out, int width) {
        return new ConsoleProgressListener(() -> new ConsoleProgressBarConsumer(out, width), ProgressBarStyle.ASCII,
                1000);
    }

    @Override
    public synchronized void onProgress(ProgressEvent e) {
        String key = e.task() + " " + e.name();
        Bar bar = bars.get(key);
        if (bar == null) {
            bar = new Bar(e, consumers.get());
            bars.put(key, bar);
        }
        bar.update(e);
        if (e.finished()) {
            bars.remove(key);
            bar.close();
        }
    }

    /** Number of bars open now (for tests). */
    synchronized int openBars() {
        return bars.size();
    }

    private final class Bar {
        private final ProgressBar progressBar;
        private final ClosingOnce consumer;
        private volatile Duration reportedEta;

        Bar(ProgressEvent first, ProgressBarConsumer target) {
            this.consumer = new ClosingOnce(target);
            ProgressBarBuilder builder = new ProgressBarBuilder()
                    .setTaskName(first.task() + " " + abbreviate(first.name()))
                    .setInitialMax(first.total())
                    // start at the first count: the bar paints at once from another thread, before
                    // a stepTo here could move it (and the time before the first unit is not rate)
                    .startsFrom(first.done(), first.elapsed())
                    .setUnit(" " + first.unit(), 1)
                    .setStyle(style)
                    .setUpdateIntervalMillis(updateMillis)
                    .setEtaFunction(this::eta);
            if (first.total() < 0) {
                builder.showSpeed(); // records a second, where the total is not known up front
            }
            builder.setConsumer(consumer);
            this.progressBar = builder.build();
        }

        void close() {
            progressBar.close();
            // progressbar 0.10.1 skips the consumer's close (the final newline) when the bar is closed
            // before its first scheduled repaint ran; end the line here then
            consumer.close();
        }

        void update(ProgressEvent e) {
            Double eta = e.metrics().get("eta_seconds");
            reportedEta = eta == null || eta.isNaN() || eta < 0 ? null : Duration.ofMillis((long) (eta * 1000));
            if (e.total() >= 0 && e.total() != progressBar.getMax()) {
                progressBar.maxHint(e.total());
            }
            progressBar.setExtraMessage(message(e.metrics()));
            progressBar.stepTo(e.done());
        }

        /** Time left: reported by the work itself when it knows better (bytes read), else linear in the count. */
        private Optional<Duration> eta(ProgressState state) {
            Duration reported = reportedEta;
            if (reported != null) {
                return Optional.of(reported);
            }
            long done = state.getCurrent() - state.getStart();
            if (state.isIndefinite() || state.getMax() <= 0 || done <= 0) {
                return Optional.empty();
            }
            return Optional.of(state.getElapsedAfterStart().dividedBy(done)
                    .multipliedBy(Math.max(0, state.getMax() - state.getCurrent())));
        }
    }

    /** A consumer whose close, which ends the bar's line, takes effect once. */
    private static final class ClosingOnce implements ProgressBarConsumer {
        private final ProgressBarConsumer target;
        private boolean closed;

        ClosingOnce(ProgressBarConsumer target) {
            this.target = target;
        }

        @Override
        public int getMaxRenderedLength() {
            return target.getMaxRenderedLength();
        }

        @Override
        public void accept(String rendered) {
            target.accept(rendered);
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                target.close();
            }
        }
    }

    /** {@code sagemaker-xgboost-2026-11-28-01-01-57-562/algo-1} → {@code ..-2026-11-28-01-01-57-562/algo-1}. */
    static String abbreviate(String name) {
        return name.length() <= NAME_WIDTH ? name : ".." + name.substring(name.length() - NAME_WIDTH + 2);
    }

    /**
     * The metrics as {@code " name=value ..."}: the validation and test ones when there are any (a
     * line has little room, and they are what a person watches), else all; rate and ETA are
     * already in the bar.
     */
    static String message(Map<String, Double> metrics) {
        boolean heldOut = metrics.entrySet().stream().anyMatch(e -> shown(e.getKey(), e.getValue())
                && heldOut(e.getKey()));
        StringBuilder sb = new StringBuilder();
        metrics.forEach((name, value) -> {
            if (shown(name, value) && (!heldOut || heldOut(name))) {
                sb.append(' ').append(name).append('=').append(String.format(Locale.ROOT, "%.4g", value));
            }
        });
        return sb.toString();
    }

    private static boolean shown(String name, Double value) {
        return !name.equals("eta_seconds") && !name.equals("records_per_second") && value != null
                && !value.isNaN();
    }

    private static boolean heldOut(String metric) {
        return metric.startsWith("validation") || metric.startsWith("test");
    }
}
