/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleExpressionTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private static Instant next(String expression, String after) {
        return ScheduleExpression.parse(expression).next(Instant.parse(after), UTC).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "rate(1 minute), PT1M",
        "rate(5 minutes), PT5M",
        "rate(1 hour), PT1H",
        "rate(12 hours), PT12H",
        "rate(1 day), PT24H",
        "rate(7 days), PT168H"
    })
    void parse_rate_hasPeriod(String expression, String period) {
        ScheduleExpression parsed = ScheduleExpression.parse(expression);

        assertThat(parsed.kind()).isEqualTo(ScheduleExpression.Kind.RATE);
        assertThat(parsed.rate()).contains(Duration.parse(period));
        assertThat(parsed.next(Instant.parse("2026-01-01T00:00:00Z"), UTC))
                .contains(Instant.parse("2026-01-01T00:00:00Z").plus(Duration.parse(period)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rate(1 minutes)|rate(1 minute)",
        "rate(5 minute)|rate(5 minutes)",
        "rate(0 minutes)|positive",
        "rate(-1 minutes)|positive",
        "rate(1 second)|minute, hour or day",
        "rate(5  minutes)|positive",
        "rate(1.5 hours)|positive",
        "rate(1 week)|minute, hour or day"
    })
    void parse_badRate_namesFieldAndFix(String expression, String fix) {
        assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("ScheduleExpression");
                    assertThat(e.value()).isEqualTo(expression);
                    assertThat(e.getMessage()).contains(fix);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // every day at 12:00 UTC
        "cron(0 12 * * ? *)|2026-03-10T13:00:00Z|2026-03-11T12:00:00Z",
        // every 15 minutes
        "cron(0/15 * * * ? *)|2026-03-10T13:07:00Z|2026-03-10T13:15:00Z",
        "cron(*/15 * * * ? *)|2026-03-10T13:15:00Z|2026-03-10T13:30:00Z",
        // 10:15 Monday to Friday (2026-03-14 is a Saturday)
        "cron(15 10 ? * MON-FRI *)|2026-03-13T11:00:00Z|2026-03-16T10:15:00Z",
        "cron(15 10 ? * 2-6 *)|2026-03-13T11:00:00Z|2026-03-16T10:15:00Z",
        // last day of the month
        "cron(0 0 L * ? *)|2026-02-01T00:00:00Z|2026-02-28T00:00:00Z",
        // nearest weekday to the 15th (2026-08-15 is a Saturday: Friday 14th)
        "cron(0 9 15W * ? *)|2026-08-01T00:00:00Z|2026-08-14T09:00:00Z",
        // third Friday of the month (2026-03-20)
        "cron(0 8 ? * 6#3 *)|2026-03-01T00:00:00Z|2026-03-20T08:00:00Z",
        // last Friday of the month (2026-03-27)
        "cron(0 8 ? * 6L *)|2026-03-01T00:00:00Z|2026-03-27T08:00:00Z",
        // lists and ranges of months, a fixed year
        "cron(30 6 1 JAN,JUL ? 2027)|2026-03-01T00:00:00Z|2027-01-01T06:30:00Z",
        "cron(0 18 ? * SUN 2026-2027)|2026-03-10T00:00:00Z|2026-03-15T18:00:00Z"
    })
    void next_cron_followsAwsRules(String expression, String after, String expected) {
        assertThat(next(expression, after)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void next_cronInZone_followsDaylightSavingTime() {
        ScheduleExpression nineInBerlin = ScheduleExpression.parse("cron(0 9 * * ? *)");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        // winter: UTC+1; summer (from 2026-03-29): UTC+2
        assertThat(nineInBerlin.next(Instant.parse("2026-03-27T12:00:00Z"), berlin))
                .contains(Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(nineInBerlin.next(Instant.parse("2026-03-28T12:00:00Z"), berlin))
                .contains(Instant.parse("2026-03-29T07:00:00Z"));
    }

    @Test
    void next_cronIsExclusiveOfAfter() {
        assertThat(next("cron(0 12 * * ? *)", "2026-03-10T12:00:00Z")).isEqualTo(Instant.parse("2026-03-11T12:00:00Z"));
        assertThat(next("cron(0 12 * * ? *)", "2026-03-10T11:59:59.999Z"))
                .isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
    }

    @Test
    void parse_awsLimits_areAccepted() {
        assertThat(ScheduleExpression.parse("cron(59 23 31 12 ? 2199)").kind()).isEqualTo(ScheduleExpression.Kind.CRON);
        assertThat(ScheduleExpression.parse("cron(0 0 1 1 ? 1970)").expression()).isEqualTo("cron(0 0 1 1 ? 1970)");
        assertThat(ScheduleExpression.parse("cron(0-30/10 8-17 ? jan-mar mon-fri,sun *)").kind())
                .isEqualTo(ScheduleExpression.Kind.CRON);
    }

    @Test
    void next_cronWhoseYearsAreOver_isEmpty() {
        assertThat(ScheduleExpression.parse("cron(0 12 * * ? 2025)").next(Instant.parse("2026-01-01T00:00:00Z"), UTC))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cron(0 12 * * * *)|put ? in exactly one",
        "cron(0 12 ? * ? *)|put ? in exactly one",
        "cron(0 12 * * ?)|six",
        "cron(0 0 12 * * ? *)|six",
        "cron()|six",
        "cron(60 12 * * ? *)|0 to 59",
        "cron(0 24 * * ? *)|0 to 23",
        "cron(0 12 32 * ? *)|1 to 31",
        "cron(0 12 0 * ? *)|1 to 31",
        "cron(0 12 * 13 ? *)|1 to 12",
        "cron(0 12 ? * 8 *)|1 to 7",
        "cron(0 12 * * ? 1969)|1970 to 2199",
        "cron(0 12 * * ? 2200)|1970 to 2199",
        "cron(0 12 * FOO ? *)|1-12 or JAN-DEC",
        "cron(0 12 ? * FUN *)|SUN-SAT",
        "cron(0 12 ? * MON/2 *)|1-7 or SUN-SAT",
        "cron(0 L * * ? *)|0-23",
        "cron(0 12 * * L *)|put ? in exactly one",
        "cron(0 12 ? * 5W *)|1-7 or SUN-SAT",
        "cron(0 12 ? * 6#9 *)|cron",
        "cron(0 12 * * ? *|write cron(",
        "every day|not a rate",
        "at(2026-02-30T12:00:00)|yyyy-mm-ddThh:mm:ss",
        "at(2026-02-03 12:00:00)|yyyy-mm-ddThh:mm:ss",
        "at(2026-02-03T12:00)|yyyy-mm-ddThh:mm:ss"
    })
    void parse_badCronOrAt_namesFieldAndFix(String expression, String fix) {
        assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("ScheduleExpression");
                    assertThat(e.getMessage()).contains(fix);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void parse_blank_isRefused(String expression) {
        assertThatThrownBy(() -> ScheduleExpression.parse("cron", expression))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cron"));
    }

    @Test
    void parse_tooLong_isRefusedWithoutEchoingItAll() {
        String expression = "cron(" + "0,".repeat(200) + "0 12 * * ? *)";

        assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).contains("at most 256");
                    assertThat(e.value()).hasSizeLessThan(100);
                });
    }

    @Test
    void next_at_isTheTimeInTheZoneOnce() {
        ScheduleExpression at = ScheduleExpression.parse("at(2026-07-01T09:30:00)");

        assertThat(at.kind()).isEqualTo(ScheduleExpression.Kind.AT);
        assertThat(at.at()).contains(LocalDateTime.parse("2026-07-01T09:30:00"));
        assertThat(at.next(Instant.parse("2026-01-01T00:00:00Z"), UTC)).contains(Instant.parse("2026-07-01T09:30:00Z"));
        assertThat(at.next(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("America/New_York")))
                .contains(Instant.parse("2026-07-01T13:30:00Z"));
        assertThat(at.next(Instant.parse("2026-07-01T09:30:00Z"), UTC)).isEmpty();
    }

    @Test
    void equals_sameText_isEqual() {
        assertThat(ScheduleExpression.parse("rate(1 day)")).isEqualTo(ScheduleExpression.parse("rate(1 day)"))
                .hasSameHashCodeAs(ScheduleExpression.parse("rate(1 day)"))
                .isNotEqualTo(ScheduleExpression.parse("rate(2 days)"));
        assertThat(ScheduleExpression.parse("rate(1 day)")).hasToString("rate(1 day)");
    }
}
