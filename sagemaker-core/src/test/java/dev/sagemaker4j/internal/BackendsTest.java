/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.BackendSelectionException;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.BackendProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendsTest {
    static final class Named implements BackendProvider {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Backend create(BackendConfig config) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void all_findsTheBuiltInBackendsWithServiceLoader() {
        assertThat(Backends.all(getClass().getClassLoader())).extracting(BackendProvider::name)
                .contains("local", "sagemaker");
    }

    @Test
    void select_oneMatch_returnsIt() {
        Named spark = new Named("spark");
        assertThat(Backends.select("spark", List.of(new Named("local"), spark))).isSameAs(spark);
    }

    @Test
    void select_twoProvidersForOneName_isAnErrorNamingBoth() {
        assertThatThrownBy(() -> Backends.select("spark", List.of(new Named("spark"), new Named("spark"))))
                .isInstanceOf(BackendSelectionException.class)
                .hasMessageContaining("More than one backend answers to 'spark'")
                .hasMessageContaining(Named.class.getName());
    }
}
