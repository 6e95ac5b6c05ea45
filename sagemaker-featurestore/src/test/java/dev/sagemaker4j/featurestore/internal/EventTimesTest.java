/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sagemaker4j.exceptions.ValidationException;
import java.time.Duration;

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

    @Test
    void parseMicros_hugeOrTinyExponent_isRejectedOrRoundedWithoutScalingTheNumber() {
        // each of these took minutes when the BigDecimal was scaled before its range was checked
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String huge : new String[] {"1e100000000", "-1E999999999", "9.9e13", "1e19"}) {
                assertThatThrownBy(() -> EventTimes.parseMicros("ts", huge, true)).as(huge)
                        .isInstanceOf(ValidationException.class).hasMessageContaining("ts")
                        .hasMessageContaining(huge);
            }
            assertThat(EventTimes.parseMicros("ts", "1e-100000000", true)).isZero();
            assertThat(EventTimes.parseMicros("ts", "-4e-999999999", true)).isZero();
            assertThatThrownBy(() -> EventTimes.parseMicros("ts", "1".repeat(100_000), true))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> EventTimes.parseMicros("ts", "2024-01-01T00:00:00" + "0".repeat(100_000) + "Z",
                    false)).isInstanceOf(ValidationException.class);
        });
        assertThat(EventTimes.parseMicros("ts", "1700000000.123456", true)).isEqualTo(1_700_000_000_123_456L);
        assertThat(EventTimes.parseMicros("ts", "1.70000000025E9", true)).isEqualTo(1_700_000_000_250_000L);
        assertThat(EventTimes.parseMicros("ts", "0.0000005", true)).isEqualTo(1L);
        assertThat(EventTimes.parseMicros("ts", "-1.5", true)).isEqualTo(-1_500_000L);
        assertThat(EventTimes.parseMicros("ts", "9000000000000", true)).isEqualTo(9_000_000_000_000_000_000L);
    }
}
