/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The expressions of Python's tests/unit/sagemaker/workflow/test_triggers.py (v2.257.6). */
class PipelineScheduleTest {

    @Test
    void resolveScheduleExpression_commonCases_matchPython() {
        // test_resolve_schedule_expressions_common_cases
        assertThat(PipelineSchedule.builder().at(LocalDateTime.of(2023, 10, 10, 17, 44, 55)).build()
                .resolveScheduleExpression()).isEqualTo("at(2023-10-10T17:44:55)");
        assertThat(PipelineSchedule.builder().rate(5, "minutes").build().resolveScheduleExpression())
                .isEqualTo("rate(5 minutes)");
        assertThat(PipelineSchedule.builder().cron("15 10 ? * 6L 2022-2023").build().resolveScheduleExpression())
                .isEqualTo("cron(15 10 ? * 6L 2022-2023)");
    }

    @Test
    void resolveScheduleExpression_atWithATimeZone_isConvertedToUtc() {
        // test_resolve_at_schedule_expression_timezone: US/Pacific 10:44:55 in October (-7) and December (-8)
        ZoneId pacific = ZoneId.of("US/Pacific");
        Instant october = LocalDateTime.of(2023, 10, 10, 10, 44, 55).atZone(pacific).toInstant();
        Instant december = LocalDateTime.of(2023, 12, 10, 10, 44, 55).atZone(pacific).toInstant();

        assertThat(PipelineSchedule.builder().at(october).build().resolveScheduleExpression())
                .isEqualTo("at(2023-10-10T17:44:55)");
        assertThat(PipelineSchedule.builder().at(december).build().resolveScheduleExpression())
                .isEqualTo("at(2023-12-10T18:44:55)");
    }

    @Test
    void build_tooManyOrNoTypes_isRefusedAsInPython() {
        // test_resolve_schedule_expression_exception_types
        assertThatThrownBy(() -> PipelineSchedule.builder().at(LocalDateTime.of(2023, 12, 12, 10, 0, 0))
                .rate(5, "minutes").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Too many types specified for PipelineSchedule");
        assertThatThrownBy(() -> PipelineSchedule.builder().name("schedule-no-type-specified").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("No schedule type specified");
    }

    @Test
    void build_expressionTheServiceRefuses_namesTheKeyword() {
        assertThatThrownBy(() -> PipelineSchedule.builder().cron("15 10 * * 6L 2022").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cron"));
        assertThatThrownBy(() -> PipelineSchedule.builder().rate(1, "minutes").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("rate");
                    assertThat(e.getMessage()).contains("rate(1 minute)");
                });
        assertThatThrownBy(() -> PipelineSchedule.builder().name("my schedule").rate(1, "day").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void triggerDefaults_areThePipelinesNameAndEnabled() {
        PipelineSchedule schedule = PipelineSchedule.builder().rate(1, "day").build();

        assertThat(schedule.resolveTriggerName("TestSchedulerPipeline")).isEqualTo("TestSchedulerPipeline");
        assertThat(schedule.resolveTriggerState()).isEqualTo("ENABLED");
        assertThat(schedule.toBuilder().name("my_schedule").enabled(false).build().resolveTriggerState())
                .isEqualTo("DISABLED");
        assertThat(schedule.toBuilder().build()).isEqualTo(schedule).hasSameHashCodeAs(schedule);
        assertThat(schedule.toBuilder().enabled(false).build()).isNotEqualTo(schedule);
    }
}
