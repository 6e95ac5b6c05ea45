/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Clarify, as Python's {@code sagemaker.clarify}: {@link dev.sagemaker4j.clarify.SageMakerClarifyProcessor} runs a
 * processing job on the Clarify image with the {@code analysis_config.json} that {@link
 * dev.sagemaker4j.clarify.DataConfig}, {@link dev.sagemaker4j.clarify.BiasConfig}, {@link
 * dev.sagemaker4j.clarify.ModelConfig} and {@link dev.sagemaker4j.clarify.ModelPredictedLabelConfig} describe; the
 * job writes {@code analysis.json} (Clarify's layout) and {@code report.html}. The local backend runs the image's
 * program in-process.
 *
 * <pre>{@code
 * SageMakerClarifyProcessor clarify = SageMakerClarifyProcessor.builder().role(role).instanceCount(1)
 *         .instanceType("local").session(session).build();
 * DataConfig data = DataConfig.builder().s3DataInputPath(uri).s3OutputPath("s3://bucket/clarify")
 *         .label("approved").headers(List.of("approved", "gender", "income")).build();
 * BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("gender")
 *         .facetValuesOrThreshold(List.of(0)).build();
 * clarify.runPreTrainingBias(data, bias);
 * }</pre>
 */
package dev.sagemaker4j.clarify;
