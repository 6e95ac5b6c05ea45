/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Script mode's source code, as the Python SDK's {@code fw_utils.tar_and_upload_dir} and
 * {@code git_utils.git_clone_repo} handle it: cloning a {@code git_config} repository with the {@code git}
 * command line and packing an entry point, source folder and dependencies into {@code sourcedir.tar.gz};
 * not public API (the estimators and models call it).
 */
package dev.sagemaker4j.internal.code;
