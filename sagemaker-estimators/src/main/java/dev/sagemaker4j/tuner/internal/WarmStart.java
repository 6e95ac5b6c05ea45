/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;

/**
 * The two warm start types, as the service tells them apart.
 * <ul>
 * <li>{@code IdenticalDataAndAlgorithm}: the parents ran the same algorithm (training image repository) on the same
 * input data (the same channels and S3 URIs) for the same objective, so their finished jobs are observations of
 * this very problem: those inside the current ranges seed the surrogate directly, and a parent that differs is
 * refused.</li>
 * <li>{@code TransferLearning}: the parents may have used other data, another version of the algorithm, other ranges
 * or static hyperparameters; only the objective metric must be the same. Their jobs are mapped into the current
 * space (values outside a range clipped to its bound, a hyperparameter the parent kept static read from its static
 * hyperparameters, jobs with a category the space lacks dropped) and serve as the surrogate's prior mean, never as
 * observations (see {@link Strategy.Bayesian}).</li>
 * </ul>
 */
final class WarmStart {
    static final String IDENTICAL = "IdenticalDataAndAlgorithm";
    static final String TRANSFER = "TransferLearning";

    private WarmStart() {
    }

    /** Refuses a parent the warm start type cannot use, as the service does. */
    static void checkParent(String type, String parentName, DescribeHyperParameterTuningJobResponse parent,
            CreateHyperParameterTuningJobRequest request) {
        String field = "WarmStartConfig.ParentHyperParameterTuningJobs";
        HyperParameterTrainingJobDefinition mine = request.trainingJobDefinition();
        HyperParameterTrainingJobDefinition theirs = parent.trainingJobDefinition();
        if (mine == null) {
            return;
        }
        if (theirs == null) {
            throw new ValidationException(field, parentName, "tuned several training job definitions; a warm start"
                    + " takes parents that tuned one algorithm", "name a parent tuning job of one estimator");
        }
        String metric = request.hyperParameterTuningJobConfig().hyperParameterTuningJobObjective() == null ? null
                : request.hyperParameterTuningJobConfig().hyperParameterTuningJobObjective().metricName();
        String parentMetric = parent.hyperParameterTuningJobConfig().hyperParameterTuningJobObjective() == null ? null
                : parent.hyperParameterTuningJobConfig().hyperParameterTuningJobObjective().metricName();
        if (!Objects.equals(metric, parentMetric)) {
            throw new ValidationException(field, parentName, "optimised objective metric " + parentMetric
                    + ", not " + metric + "; a warm start needs the parents' objective metric",
                    "tune " + parentMetric + ", or warm start from parents that tuned " + metric);
        }
        if (!IDENTICAL.equals(type)) {
            return;
        }
        String image = mine.algorithmSpecification().trainingImage();
        String parentImage = theirs.algorithmSpecification().trainingImage();
        if (!Objects.equals(LocalAlgorithm.repositoryOf(image), LocalAlgorithm.repositoryOf(parentImage))) {
            throw new ValidationException(field, parentName, "trained with image " + parentImage + ", not " + image
                    + "; IdenticalDataAndAlgorithm needs the parents' algorithm", "use WarmStartType TransferLearning"
                    + " (transferLearningTuner) to warm start from another algorithm");
        }
        List<String> data = channels(mine.inputDataConfig());
        List<String> parentData = channels(theirs.inputDataConfig());
        if (!data.equals(parentData)) {
            throw new ValidationException(field, parentName, "trained on " + parentData + ", not " + data
                    + "; IdenticalDataAndAlgorithm needs the parents' input data", "use WarmStartType"
                    + " TransferLearning (transferLearningTuner) to warm start on new data");
        }
    }

    private static List<String> channels(List<Channel> channels) {
        List<String> all = new ArrayList<>();
        for (Channel c : channels) {
            String uri = c.dataSource() == null ? null : c.dataSource().s3DataSource() != null
                    ? c.dataSource().s3DataSource().s3Uri() : String.valueOf(c.dataSource());
            all.add(c.channelName() + "=" + uri);
        }
        return all;
    }

    /**
     * The parents' finished jobs as observations of {@code space} (targets larger is better): for
     * IdenticalDataAndAlgorithm only those inside the ranges; for TransferLearning clipped into them.
     */
    static List<Strategy.Observation> observations(String type, SearchSpace space, boolean maximize,
            List<HyperParameterTrainingJobSummary> trials, Map<String, String> parentStatics) {
        List<Strategy.Observation> out = new ArrayList<>();
        for (HyperParameterTrainingJobSummary s : trials) {
            if (s.finalHyperParameterTuningJobObjectiveMetric() == null || !s.hasTunedHyperParameters()
                    || s.finalHyperParameterTuningJobObjectiveMetric().value() == null) {
                continue;
            }
            double[] p = TRANSFER.equals(type) ? space.clippedPoint(s.tunedHyperParameters(), parentStatics)
                    : space.point(s.tunedHyperParameters());
            if (p != null) {
                double v = s.finalHyperParameterTuningJobObjectiveMetric().value();
                out.add(new Strategy.Observation(p, maximize ? v : -v));
            }
        }
        return out;
    }
}
