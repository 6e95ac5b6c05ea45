/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.modelmonitor;

/**
 * A Model Monitor that owns a monitoring schedule, as {@code Predictor.listMonitors()} returns them. The monitor
 * classes live in {@code sagemaker-monitor} ({@code dev.sagemaker4j.monitor.DefaultModelMonitor} and the others
 * implement this); cast to the class of {@link #monitoringType()} for their methods.
 */
public interface Monitor {

    /**
     * The schedule this monitor owns (Python's {@code monitoring_schedule_name}).
     *
     * @return the schedule name
     */
    String monitoringScheduleName();

    /**
     * The job definition its schedule runs (Python's {@code job_definition_name}).
     *
     * @return the name, or null for a schedule with an inline job definition
     */
    String jobDefinitionName();

    /**
     * The monitoring type: {@code DataQuality}, {@code ModelQuality}, {@code ModelBias} or
     * {@code ModelExplainability}.
     *
     * @return the type
     */
    String monitoringType();
}
