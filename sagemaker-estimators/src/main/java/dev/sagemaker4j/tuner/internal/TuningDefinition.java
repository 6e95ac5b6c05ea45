/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobObjective;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;

/**
 * One training job definition of a tuning job as the engine sees it, whichever way the request carries it: the
 * single {@code TrainingJobDefinition} (its ranges and objective in {@code HyperParameterTuningJobConfig}), or one
 * item of {@code TrainingJobDefinitions} (multi-algorithm tuning: its own {@code DefinitionName},
 * {@code HyperParameterRanges} and {@code TuningObjective}).
 */
final class TuningDefinition {
    /** The {@code DefinitionName}, or {@code null} for the single definition. */
    final String name;
    /** The request field this definition is read from, for error messages. */
    final String field;
    /** The field of its ranges. */
    final String rangesField;
    /** The field of its objective. */
    final String objectiveField;
    final HyperParameterTrainingJobDefinition definition;
    final ParameterRanges ranges;
    final HyperParameterTuningJobObjective objective;

    private TuningDefinition(String name, String field, String rangesField, String objectiveField,
            HyperParameterTrainingJobDefinition definition, ParameterRanges ranges,
            HyperParameterTuningJobObjective objective) {
        this.name = name;
        this.field = field;
        this.rangesField = rangesField;
        this.objectiveField = objectiveField;
        this.definition = definition;
        this.ranges = ranges;
        this.objective = objective;
    }

    /** Whether the request tunes several definitions ({@code TrainingJobDefinitions}). */
    static boolean multi(CreateHyperParameterTuningJobRequest request) {
        return request.trainingJobDefinition() == null && request.hasTrainingJobDefinitions()
                && !request.trainingJobDefinitions().isEmpty();
    }

    /** The request's definitions, in the request's order. */
    static List<TuningDefinition> of(CreateHyperParameterTuningJobRequest request) {
        List<TuningDefinition> all = new ArrayList<>();
        if (!multi(request)) {
            all.add(new TuningDefinition(null, "TrainingJobDefinition", "HyperParameterTuningJobConfig.ParameterRanges",
                    "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective", request.trainingJobDefinition(),
                    request.hyperParameterTuningJobConfig().parameterRanges(),
                    request.hyperParameterTuningJobConfig().hyperParameterTuningJobObjective()));
            return all;
        }
        List<HyperParameterTrainingJobDefinition> definitions = request.trainingJobDefinitions();
        for (int i = 0; i < definitions.size(); i++) {
            HyperParameterTrainingJobDefinition d = definitions.get(i);
            String field = "TrainingJobDefinitions[" + i + "]";
            all.add(new TuningDefinition(d.definitionName(), field, field + ".HyperParameterRanges",
                    field + ".TuningObjective", d, d.hyperParameterRanges(), d.tuningObjective()));
        }
        return all;
    }
}
