/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.progress;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingProgressListenerTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.sagemaker4j.progress.test");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final AtomicLong clock = new AtomicLong();

    @BeforeEach
    void attach() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(appender);
    }

    private static ProgressEvent round(String job, long done) {
        return new ProgressEvent("Training", job, done, 10, "round", Map.of("train-auc", 0.5), Duration.ZERO);
    }

    @Test
    void onProgress_eventsWithinTheInterval_logsOneLinePerIntervalPlusTheLast() {
        ProgressListener listener = new LoggingProgressListener(logger, clock::get, Duration.ofSeconds(2));

        listener.onProgress(round("a", 1));               // t=0: logged
        clock.set(1_000_000_000L);
        listener.onProgress(round("a", 2));               // t=1s: too soon
        clock.set(2_500_000_000L);
        listener.onProgress(round("a", 3));               // t=2.5s: logged
        clock.set(2_600_000_000L);
        listener.onProgress(round("a", 4));               // too soon
        listener.onProgress(round("a", 10));              // finished: always logged

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Training a: round 1/10 train-auc=0.500000 (0.0 s)",
                "Training a: round 3/10 train-auc=0.500000 (0.0 s)",
                "Training a: round 10/10 train-auc=0.500000 (0.0 s)");
    }

    @Test
    void onProgress_twoTasks_throttlesEachOnItsOwn() {
        ProgressListener listener = new LoggingProgressListener(logger, clock::get, Duration.ofSeconds(2));

        listener.onProgress(round("a", 1));
        listener.onProgress(round("b", 1));
        listener.onProgress(round("a", 2));

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Training a: round 1/10 train-auc=0.500000 (0.0 s)",
                        "Training b: round 1/10 train-auc=0.500000 (0.0 s)");
    }

    @Test
    void onProgress_endedEarly_logsTheLastLineMarkedEnded() {
        ProgressListener listener = new LoggingProgressListener(logger, clock::get, Duration.ofSeconds(2));

        listener.onProgress(round("a", 1));
        listener.onProgress(new ProgressEvent("Training", "a", 4, 10, "round", Map.of(), Duration.ofSeconds(3), true));

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .endsWith("Training a: round 4/10 (3.0 s, ended)");
    }
}
