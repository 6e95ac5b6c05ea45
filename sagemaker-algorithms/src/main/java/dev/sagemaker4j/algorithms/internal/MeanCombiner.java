/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import com.google.protobuf.Any;
import java.util.Arrays;
import java.util.List;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Prediction;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;

/**
 * Tribuo's {@link AveragingCombiner} with its unweighted mean corrected: in Tribuo 4.3.2 the unweighted
 * {@code combine} adds {@code value - mean} without dividing by the count, so a KNN regressor answered its
 * <em>farthest</em> neighbour's label instead of the neighbours' mean (found by this engine's tests against an exact
 * search). The weighted {@code combine} is right, so the unweighted one calls it with equal weights. Public, with
 * Tribuo's {@code deserializeFromProto} factory, because a KNN model file names its combiner's class.
 */
public final class MeanCombiner extends AveragingCombiner {
    private static final long serialVersionUID = 1L;

    /** Creates the combiner. */
    public MeanCombiner() {
    }

    /**
     * Tribuo's deserialization factory.
     *
     * @param version   the serialized version
     * @param className the class name
     * @param message   the serialized data (empty)
     * @return a combiner
     */
    public static MeanCombiner deserializeFromProto(int version, String className, Any message) {
        AveragingCombiner.deserializeFromProto(version, className, message);
        return new MeanCombiner();
    }

    @Override
    public Prediction<Regressor> combine(ImmutableOutputInfo<Regressor> outputInfo,
                                         List<Prediction<Regressor>> predictions) {
        float[] weights = new float[predictions.size()];
        Arrays.fill(weights, 1f);
        return combine(outputInfo, predictions, weights);
    }
}
