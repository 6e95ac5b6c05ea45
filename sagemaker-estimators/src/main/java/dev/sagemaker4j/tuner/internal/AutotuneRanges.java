/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.AutoParameter;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;

/**
 * Autotune ({@code Autotune{Mode=Enabled}}) on the local backend: the ranges the engine picks for a definition when
 * the request leaves them to it. For an algorithm with recommended tunable hyperparameters, each one neither given a
 * range nor kept static ({@code StaticHyperParameters}, as {@code hyperparameters_to_keep_static} leaves them) gets
 * the algorithm's recommended range; the other {@code AutoParameters} stay static at their {@code ValueHint}. The
 * chosen ranges are written into the request the engine runs, so DescribeHyperParameterTuningJob returns them (in
 * {@code ParameterRanges}, or each definition's {@code HyperParameterRanges}), next to the AutoParameters sent.
 *
 * <p>XGBoost's recommended ranges are those of SageMaker's "Tune an XGBoost model" page (alpha, eta, gamma, lambda,
 * max_depth, min_child_weight, subsample, colsample_bytree); {@code num_round}, whose recommended range reaches 4000
 * rounds, is tuned only when it is an AutoParameter, between half and twice its hint, so that a local tuning job
 * stays the size the user's estimator suggests. An algorithm without recommended ranges (a Java entry point, a
 * custom image) needs explicit ranges.
 */
final class AutotuneRanges {
    /** One recommended range: integer or continuous, in the algorithm's units. */
    private record Recommended(String name, boolean integer, double min, double max) {
    }

    private static final Map<String, List<Recommended>> BY_REPOSITORY = new LinkedHashMap<>();

    static {
        List<Recommended> xgboost = List.of(
                new Recommended("alpha", false, 0, 1000),
                new Recommended("eta", false, 0.1, 0.5),
                new Recommended("gamma", false, 0, 5),
                new Recommended("lambda", false, 0, 1000),
                new Recommended("max_depth", true, 1, 10),
                new Recommended("min_child_weight", false, 0, 120),
                new Recommended("subsample", false, 0.5, 1),
                new Recommended("colsample_bytree", false, 0.5, 1));
        BY_REPOSITORY.put("sagemaker-xgboost", xgboost);
        BY_REPOSITORY.put("xgboost", xgboost);
    }

    private AutotuneRanges() {
    }

    /**
     * The request with the ranges autotune picks filled in; the request itself when autotune is off.
     *
     * @throws ValidationException when a definition has neither ranges nor recommended ones
     */
    static CreateHyperParameterTuningJobRequest resolve(CreateHyperParameterTuningJobRequest request,
            Algorithms algorithms) {
        if (request.autotune() == null || !"Enabled".equals(request.autotune().modeAsString())) {
            return request;
        }
        if (!TuningDefinition.multi(request)) {
            HyperParameterTrainingJobDefinition d = request.trainingJobDefinition();
            if (d == null) {
                return request;
            }
            ParameterRanges ranges = request.hyperParameterTuningJobConfig() == null ? null
                    : request.hyperParameterTuningJobConfig().parameterRanges();
            Map<String, String> statics = new LinkedHashMap<>(d.hasStaticHyperParameters()
                    ? d.staticHyperParameters() : Map.of());
            ParameterRanges resolved = resolve("HyperParameterTuningJobConfig.ParameterRanges", d, ranges, statics,
                    algorithms);
            return request.toBuilder()
                    .hyperParameterTuningJobConfig(request.hyperParameterTuningJobConfig().toBuilder()
                            .parameterRanges(resolved).build())
                    .trainingJobDefinition(d.toBuilder().staticHyperParameters(statics).build())
                    .build();
        }
        List<HyperParameterTrainingJobDefinition> out = new ArrayList<>();
        List<HyperParameterTrainingJobDefinition> definitions = request.trainingJobDefinitions();
        for (int i = 0; i < definitions.size(); i++) {
            HyperParameterTrainingJobDefinition d = definitions.get(i);
            Map<String, String> statics = new LinkedHashMap<>(d.hasStaticHyperParameters()
                    ? d.staticHyperParameters() : Map.of());
            ParameterRanges resolved = resolve("TrainingJobDefinitions[" + i + "].HyperParameterRanges", d,
                    d.hyperParameterRanges(), statics, algorithms);
            out.add(d.toBuilder().hyperParameterRanges(resolved).staticHyperParameters(statics).build());
        }
        return request.toBuilder().trainingJobDefinitions(out).build();
    }

    private static ParameterRanges resolve(String field, HyperParameterTrainingJobDefinition d,
            ParameterRanges given, Map<String, String> statics, Algorithms algorithms) {
        ParameterRanges ranges = given != null ? given : ParameterRanges.builder().build();
        Set<String> ranged = new HashSet<>();
        ranges.continuousParameterRanges().forEach(r -> ranged.add(r.name()));
        ranges.integerParameterRanges().forEach(r -> ranged.add(r.name()));
        ranges.categoricalParameterRanges().forEach(r -> ranged.add(r.name()));
        Map<String, String> hints = new LinkedHashMap<>();
        for (AutoParameter a : ranges.autoParameters()) {
            hints.put(a.name(), a.valueHint());
        }
        String image = d.algorithmSpecification() == null ? null : d.algorithmSpecification().trainingImage();
        List<Recommended> recommended = image == null ? List.of()
                : BY_REPOSITORY.getOrDefault(LocalAlgorithm.repositoryOf(image), List.of());
        List<ContinuousParameterRange> continuous = new ArrayList<>(ranges.continuousParameterRanges());
        List<IntegerParameterRange> integer = new ArrayList<>(ranges.integerParameterRanges());
        int added = 0;
        for (Recommended r : recommended) {
            if (ranged.contains(r.name()) || statics.containsKey(r.name())) {
                continue;
            }
            if (r.integer()) {
                integer.add(IntegerParameterRange.builder().name(r.name()).minValue(Long.toString((long) r.min()))
                        .maxValue(Long.toString((long) r.max())).scalingType("Auto").build());
            } else {
                continuous.add(ContinuousParameterRange.builder().name(r.name()).minValue(number(r.min()))
                        .maxValue(number(r.max())).scalingType("Auto").build());
            }
            ranged.add(r.name());
            added++;
        }
        if (!recommended.isEmpty() && hints.containsKey("num_round") && !ranged.contains("num_round")) {
            try {
                long hint = Math.round(Double.parseDouble(hints.get("num_round").replace("\"", "")));
                long low = Math.max(1, hint / 2);
                long high = Math.max(low + 1, hint * 2);
                integer.add(IntegerParameterRange.builder().name("num_round").minValue(Long.toString(low))
                        .maxValue(Long.toString(high)).scalingType("Auto").build());
                ranged.add("num_round");
                added++;
            } catch (NumberFormatException e) {
                // a hint that is not a number stays static below
            }
        }
        hints.forEach((name, hint) -> {
            if (!ranged.contains(name)) {
                statics.putIfAbsent(name, hint);
            }
        });
        if (ranged.isEmpty()) {
            throw new ValidationException(field, image, "is empty, and Autotune knows no recommended ranges for the"
                    + " algorithm of this image (the local backend has them for the built-in XGBoost)",
                    "give hyperparameter ranges for this estimator (hyperparameterRanges), or tune a built-in"
                            + " algorithm");
        }
        if (added == 0) {
            return ranges;
        }
        return ranges.toBuilder().continuousParameterRanges(continuous).integerParameterRanges(integer).build();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
