/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/** The local lineage store (artifacts, actions, contexts, associations, QueryLineage); internal. */
package dev.sagemaker4j.lineage.internal;
