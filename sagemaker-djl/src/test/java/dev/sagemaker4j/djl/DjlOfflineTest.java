/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DjlOfflineTest {

    @Test
    void ensure_propertyUnset_setsTrue_andKeepsAUsersValue() {
        String before = System.getProperty(DjlOffline.PROPERTY);
        try {
            System.clearProperty(DjlOffline.PROPERTY);
            assertThat(DjlOffline.ensure()).isTrue();
            assertThat(System.getProperty(DjlOffline.PROPERTY)).isEqualTo("true");

            System.setProperty(DjlOffline.PROPERTY, "false");
            assertThat(DjlOffline.ensure()).isFalse();
            assertThat(System.getProperty(DjlOffline.PROPERTY)).isEqualTo("false");
        } finally {
            if (before == null) {
                System.clearProperty(DjlOffline.PROPERTY);
            } else {
                System.setProperty(DjlOffline.PROPERTY, before);
            }
        }
    }
}
