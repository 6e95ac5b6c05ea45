/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventTimesTest {
    private static long viaFormatter(String value) {
        Instant t = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    @Test
    void parseUtcMicros_agreesWithTheIsoFormatter_onRandomInstantsAndEveryFractionLength() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-2_000_000_000L, 4_000_000_000L);
            int nanos = random.nextInt(1_000_000_000);
            String full = Instant.ofEpochSecond(seconds, nanos).atOffset(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            int dot = full.indexOf('.');
            String value = (dot < 0 ? full : full.substring(0, Math.min(full.length(), dot + 1 + (i % 10)))) + "Z";
            if (value.endsWith(".Z")) {
                value = value.replace(".Z", "Z");
            }
            assertThat(EventTimes.parseUtcMicros(value)).as(value).isEqualTo(viaFormatter(value));
        }
    }

    @Test
    void parseUtcMicros_leavesOtherShapesToTheFormatter() {
        for (String other : new String[] {"2026-11-01T10:00:00+01:00", "2026-02-30T10:00:00Z", "2026-11-01 10:00:00Z",
                "2026-11-01T10:00Z", "2026-11-01T10:00:00.Z", "2026-11-01T10:00:00.1234567890Z", "2026-13-01T10:00:00Z",
                "2026-11-01T24:00:00Z", "2026-11-01T10:00:0xZ"}) {
            assertThat(EventTimes.parseUtcMicros(other)).as(other).isEqualTo(Long.MIN_VALUE);
        }
        assertThat(EventTimes.parseUtcMicros("1970-01-01T00:00:01.5Z")).isEqualTo(1_500_000L);
    }
}
