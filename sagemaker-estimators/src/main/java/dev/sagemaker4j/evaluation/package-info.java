/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Evaluating a model's predictions against the truth, with pictures: the confusion matrix,
 * precision, recall, F1, the ROC curve and its AUC.
 *
 * <pre>{@code
 * ClassificationEvaluation e = ClassificationEvaluation.of(labels, scores, 0.5);
 * System.out.println(e.metrics());           // {accuracy=0.94, precision=0.93, recall=0.95, f1=0.94, auc=0.98}
 * e.plot(Path.of("report"));
 * }</pre>
 */
package dev.sagemaker4j.evaluation;
