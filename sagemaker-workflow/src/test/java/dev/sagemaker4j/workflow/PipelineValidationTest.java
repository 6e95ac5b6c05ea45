/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad pipelines are refused when the definition is written, naming the step and the field. */
class PipelineValidationTest {

    @Test
    void cycleInDependsOn() {
        CustomStep a = new CustomStep("A", null, StepOptions.builder().dependsOn("B").build());
        CustomStep b = new CustomStep("B", null, StepOptions.builder().dependsOn("A").build());
        Pipeline p = Pipeline.builder("P").steps(a, b).build();
        assertThatThrownBy(p::definition).isInstanceOf(ValidationException.class)
                .hasMessageContaining("DependsOn").hasMessageContaining("cycle").hasMessageContaining("A -> B");
    }

    @Test
    void cycleThroughAPropertyReference() {
        CustomStep b = new CustomStep("B", new Properties("A.TrainingJobName"));
        CustomStep a = new CustomStep("A", b.properties().trainingJobName());
        assertThatThrownBy(Pipeline.builder("P").steps(a, b).build()::definition)
                .isInstanceOf(ValidationException.class).hasMessageContaining("cycle");
    }

    @Test
    void referenceToAStepOutsideThePipeline() {
        CustomStep outside = new CustomStep("Outside");
        CustomStep a = new CustomStep("A", outside.properties().modelArtifacts().s3ModelArtifacts());
        assertThatThrownBy(Pipeline.builder("P").steps(a).build()::definition)
                .isInstanceOf(ValidationException.class).hasMessageContaining("Steps.A.Arguments.input_data")
                .hasMessageContaining("not in the pipeline");
        CustomStep b = new CustomStep("B", null, StepOptions.builder().dependsOn("Missing").build());
        assertThatThrownBy(Pipeline.builder("P").steps(b).build()::definition)
                .isInstanceOf(ValidationException.class).hasMessageContaining("Steps.B.DependsOn")
                .hasMessageContaining("Missing");
    }

    @Test
    void undeclaredParameterAndPropertyFile() {
        CustomStep a = new CustomStep("A", new ParameterString("Undeclared"));
        assertThatThrownBy(Pipeline.builder("P").steps(a).build()::definition)
                .isInstanceOf(ValidationException.class).hasMessageContaining("Parameters.Undeclared");
        CustomStep eval = new CustomStep("Eval");
        FailStep fail = new FailStep("Fail", JsonGet.of(eval, new PropertyFile("Report", "out", "r.json"), "a.b"));
        assertThatThrownBy(Pipeline.builder("P").steps(eval, fail).build()::definition)
                .isInstanceOf(ValidationException.class).hasMessageContaining("Steps.Fail.Arguments.ErrorMessage")
                .hasMessageContaining("property file");
    }

    @Test
    void duplicateStepNames_alsoInsideConditionBranches() {
        ConditionStep c = ConditionStep.builder("C").conditions(new ConditionEquals(1, 1))
                .ifSteps(new CustomStep("A")).build();
        assertThatThrownBy(Pipeline.builder("P").steps(new CustomStep("A"), c).build()::definition)
                .isInstanceOf(ValidationException.class).hasMessageContaining("two steps");
    }

    @Test
    void conditionComparingAStringParameterWithANumber() {
        assertThatThrownBy(() -> new ConditionGreaterThan(new ParameterString("S"), 3))
                .isInstanceOf(ValidationException.class).hasMessageContaining("String parameter S");
    }

    @Test
    void retryPolicyNeedsExactlyOneLimit() {
        assertThatThrownBy(() -> new StepRetryPolicy(List.of(StepRetryPolicy.ExceptionType.THROTTLING), r -> { }))
                .isInstanceOf(ValidationException.class).hasMessageContaining("neither");
        assertThatThrownBy(() -> new StepRetryPolicy(List.of(StepRetryPolicy.ExceptionType.THROTTLING),
                r -> r.maxAttempts(21))).isInstanceOf(ValidationException.class).hasMessageContaining("1 to 20");
    }

    @Test
    void failStepHasNoProperties() {
        assertThatThrownBy(() -> new FailStep("F").properties()).isInstanceOf(IllegalStateException.class)
                .hasMessage("FailStep is a terminal step and the Properties object is not available for it.");
    }

    @Test
    void placeholdersInsideLongerStringsBecomeJoins() {
        ParameterString bucket = new ParameterString("Bucket");
        CustomStep a = new CustomStep("A", "s3://" + bucket.asString() + "/data");
        assertThat(Json.write(Json.toNode(a.arguments()))).isEqualTo(
                "{\"input_data\":{\"Std:Join\":{\"On\":\"\",\"Values\":[\"s3://\",{\"Get\":\"Parameters.Bucket\"},"
                        + "\"/data\"]}}}");
    }
}
