package dev.sagemaker4j.clarify.internal;

/** Calls the model under analysis on rows of features: locally, Clarify's shadow endpoint. */
@FunctionalInterface
public interface ModelInvoker {

    /**
     * Predicts a batch of rows.
     *
     * @param rows the feature rows, each in the data set's feature order
     * @return one array of model outputs per row (a single score, or one probability per label)
     */
    double[][] predict(double[][] rows);
}
