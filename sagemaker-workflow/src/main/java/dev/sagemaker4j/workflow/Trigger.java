/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Optional;

/**
 * What starts a pipeline without a caller, as the Python SDK's {@code sagemaker.workflow.triggers.Trigger}: a name
 * (default: the pipeline's) and a state. The one kind is {@link PipelineSchedule}; attach triggers with
 * {@link Pipeline#putTriggers(java.util.List, String)}.
 */
public abstract sealed class Trigger permits PipelineSchedule {

    /** Python's {@code ENABLED_TRIGGER_STATE}. */
    public static final String ENABLED_TRIGGER_STATE = "ENABLED";
    /** Python's {@code DISABLED_TRIGGER_STATE}. */
    public static final String DISABLED_TRIGGER_STATE = "DISABLED";

    private final String name;
    private final boolean enabled;

    Trigger(String name, boolean enabled) {
        this.name = name;
        this.enabled = enabled;
    }

    /**
     * The trigger's name (Python {@code name}).
     *
     * @return the name, or empty for "the pipeline's name"
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Whether the trigger fires (Python {@code enabled}, default true).
     *
     * @return the state as a boolean
     */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The trigger's name for a pipeline, as Python's {@code resolve_trigger_name}: its own, or the pipeline's.
     *
     * @param pipelineName the pipeline's name
     * @return the name
     */
    public String resolveTriggerName(String pipelineName) {
        return name != null ? name : pipelineName;
    }

    /**
     * The trigger's state as the service spells it, as Python's {@code resolve_trigger_state}.
     *
     * @return {@value #ENABLED_TRIGGER_STATE} or {@value #DISABLED_TRIGGER_STATE}
     */
    public String resolveTriggerState() {
        return enabled ? ENABLED_TRIGGER_STATE : DISABLED_TRIGGER_STATE;
    }
}
