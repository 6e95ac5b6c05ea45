/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Deep learning with DJL, the {@code sagemaker-djl} module: what a Java training script needs to train with DJL's
 * PyTorch engine (the devices of its instance, its channels as DJL datasets, a listener that reports epochs as the
 * job's metrics and checkpoints), and serving TorchScript and DJL model folders as SageMaker's PyTorch and DJL
 * serving containers do. DJL runs offline here: its PyTorch natives come from Maven and it never downloads.
 */
package dev.sagemaker4j.djl;
