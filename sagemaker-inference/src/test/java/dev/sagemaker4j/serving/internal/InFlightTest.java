/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InFlightTest {
    private final InFlight slot = new InFlight();
    private final List<Object> answered = new ArrayList<>();

    @Test
    void end_beforeTheDeadline_callerOwnsTheExchange() {
        slot.begin(null, "call", 1_000);

        slot.expireIfDue(999, f -> answered.add(f.call()));

        assertThat(answered).isEmpty();
        assertThat(slot.end()).isTrue();
    }

    @Test
    void expireIfDue_pastTheDeadline_answersOnceAndTheCallerLosesTheExchange() {
        slot.begin(null, "call", 1_000);

        slot.expireIfDue(1_000, f -> answered.add(f.call()));
        slot.expireIfDue(2_000, f -> answered.add(f.call()));

        assertThat(answered).containsExactly("call");
        assertThat(slot.end()).isFalse();
    }

    @Test
    void expireIfDue_idleSlot_doesNothing() {
        slot.begin(null, "call", 1_000);
        slot.end();

        slot.expireIfDue(5_000, f -> answered.add(f.call()));

        assertThat(answered).isEmpty();
    }

    @Test
    void begin_afterATimeout_slotIsReusable() {
        slot.begin(null, "first", 1_000);
        slot.expireIfDue(1_000, f -> answered.add(f.call()));
        slot.end();

        slot.begin(null, "second", 3_000);
        slot.expireIfDue(2_000, f -> answered.add(f.call()));

        assertThat(answered).containsExactly("first");
        assertThat(slot.end()).isTrue();
    }

    @Test
    void expireIfDue_readingPastTheDeadline_interruptsTheOwnerOnceAndRefusesTheNextPhase() {
        InFlight reading = new InFlight(Thread.currentThread(), 1_000);
        reading.reading(1_000);

        reading.expireIfDue(999, f -> answered.add(f.call()));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        reading.expireIfDue(1_000, f -> answered.add(f.call()));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(answered).isEmpty();
        assertThat(reading.busy()).isFalse();
        assertThat(reading.begin(null, "call", 5_000)).isFalse();
        assertThat(reading.reading()).isFalse();
        reading.finish();
        assertThat(reading.reading(2_000)).isTrue();
    }

    @Test
    void expireIfDue_busyOrFinishedPastTheReadDeadline_neverInterrupts() {
        InFlight slot = new InFlight(Thread.currentThread(), 1_000);
        slot.reading(1_000);
        slot.busy();
        slot.expireIfDue(5_000, f -> answered.add(f.call()));
        slot.reading(6_000);
        slot.finish();
        slot.expireIfDue(9_000, f -> answered.add(f.call()));

        assertThat(Thread.interrupted()).isFalse();
        assertThat(answered).isEmpty();
    }

    @Test
    void validName_theServicesPattern() {
        assertThat(EndpointHandler.validName("my-endpoint-1")).isTrue();
        assertThat(EndpointHandler.validName("a".repeat(63))).isTrue();
        assertThat(EndpointHandler.validName("a".repeat(64))).isFalse();
        assertThat(EndpointHandler.validName("")).isFalse();
        assertThat(EndpointHandler.validName("-lead")).isFalse();
        assertThat(EndpointHandler.validName("trail-")).isFalse();
        assertThat(EndpointHandler.validName("under_score")).isFalse();
    }
}
