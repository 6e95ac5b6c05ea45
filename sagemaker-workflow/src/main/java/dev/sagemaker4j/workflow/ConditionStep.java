/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one list of steps or another depending on conditions, as in the Python SDK's
 * {@code sagemaker.workflow.condition_step.ConditionStep}. The steps of both branches belong to the pipeline; a
 * step that no branch is taken for does not run.
 *
 * <pre>{@code
 * ConditionStep check = ConditionStep.builder("CheckMse")
 *         .conditions(new ConditionLessThanOrEqualTo(JsonGet.of(eval, evaluation, "mse"), threshold))
 *         .ifSteps(register).elseSteps(new FailStep("TooHigh", "MSE above the threshold"))
 *         .build();
 * }</pre>
 */
public final class ConditionStep extends Step {

    private final List<Condition> conditions;
    private final List<Step> ifSteps;
    private final List<Step> elseSteps;

    private ConditionStep(Builder b) {
        super(b.name, "Condition", b.options.build());
        this.conditions = List.copyOf(b.conditions);
        this.ifSteps = List.copyOf(b.ifSteps);
        this.elseSteps = List.copyOf(b.elseSteps);
    }

    /**
     * A builder.
     *
     * @param name the step's name (Python {@code name})
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The steps run when the conditions hold.
     *
     * @return the steps
     */
    public List<Step> ifSteps() {
        return ifSteps;
    }

    /**
     * The steps run otherwise.
     *
     * @return the steps
     */
    public List<Step> elseSteps() {
        return elseSteps;
    }

    /**
     * The conditions; all must hold.
     *
     * @return the conditions
     */
    public List<Condition> conditions() {
        return conditions;
    }

    /**
     * The outcome, {@code Steps.<name>.Outcome}: true or false once the step ran.
     *
     * @return the property
     */
    public Properties outcome() {
        return properties().get("Outcome");
    }

    @Override
    public Object arguments() {
        return Json.map("Conditions", conditionRequests(), "IfSteps", ifSteps, "ElseSteps", elseSteps);
    }

    /**
     * The arguments of this step alone, without the branches' steps, as Python's {@code step_only_arguments}:
     * {@code {"Conditions": [...]}}.
     *
     * @return the arguments
     */
    public Map<String, Object> stepOnlyArguments() {
        return Json.map("Conditions", conditionRequests());
    }

    private List<Object> conditionRequests() {
        List<Object> c = new ArrayList<>();
        for (Condition condition : conditions) {
            c.add(condition.toRequest());
        }
        return c;
    }

    /** Builds a {@link ConditionStep}. */
    public static final class Builder {
        private final String name;
        private final List<Condition> conditions = new ArrayList<>();
        private final List<Step> ifSteps = new ArrayList<>();
        private final List<Step> elseSteps = new ArrayList<>();
        private final StepOptions.Builder options = StepOptions.builder();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Python {@code conditions}: all must hold.
         *
         * @param conditions the conditions
         * @return this
         */
        public Builder conditions(Condition... conditions) {
            this.conditions.addAll(List.of(conditions));
            return this;
        }

        /**
         * Python {@code if_steps}.
         *
         * @param steps the steps run when the conditions hold
         * @return this
         */
        public Builder ifSteps(Step... steps) {
            ifSteps.addAll(List.of(steps));
            return this;
        }

        /**
         * Python {@code else_steps}.
         *
         * @param steps the steps run otherwise
         * @return this
         */
        public Builder elseSteps(Step... steps) {
            elseSteps.addAll(List.of(steps));
            return this;
        }

        /**
         * Python {@code depends_on}.
         *
         * @param stepNames the names of the steps this one waits for
         * @return this
         */
        public Builder dependsOn(String... stepNames) {
            options.dependsOn(stepNames);
            return this;
        }

        /**
         * Python {@code depends_on}.
         *
         * @param steps the steps this one waits for
         * @return this
         */
        public Builder dependsOn(Step... steps) {
            options.dependsOn(steps);
            return this;
        }

        /**
         * Python {@code display_name}.
         *
         * @param displayName the display name
         * @return this
         */
        public Builder displayName(String displayName) {
            options.displayName(displayName);
            return this;
        }

        /**
         * Python {@code description}.
         *
         * @param description the description
         * @return this
         */
        public Builder description(String description) {
            options.description(description);
            return this;
        }

        /**
         * The step.
         *
         * @return the step
         */
        public ConditionStep build() {
            return new ConditionStep(this);
        }
    }
}
