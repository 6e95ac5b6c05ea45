/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;

class ServiceArgumentsTest {
    @Test
    void tags_map_keyValueListInTheMapsOrder_asFormatTags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("b", "2");
        tags.put("a", "");
        assertThat(ServiceArguments.tags("tags", tags)).containsExactly(Tag.builder().key("b").value("2").build(),
                Tag.builder().key("a").value("").build());
    }

    @Test
    void tags_outOfShape_validationErrorNamingTheField() {
        List<Tag> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Tag.builder().key("k" + i).value("v").build());
        }
        assertThatThrownBy(() -> ServiceArguments.tags("tags", many)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("tags"));
        assertThatThrownBy(() -> ServiceArguments.tags("tags", Map.of("k", "v".repeat(257))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tags[k]"));
    }

    @Test
    void kmsKeyAndVpc_serviceShapes_acceptedOrRejected() {
        assertThat(ServiceArguments.kmsKey("kmsKey", "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab"))
                .startsWith("arn:aws:kms");
        assertThat(ServiceArguments.kmsKey("kmsKey", null)).isNull();
        assertThatThrownBy(() -> ServiceArguments.kmsKey("volumeKmsKey", "key with spaces"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("volumeKmsKey"));
        VpcConfig ok = VpcConfig.builder().subnets("subnet-0a1b").securityGroupIds("sg-0a1b").build();
        assertThat(ServiceArguments.vpcConfig("vpcConfig", ok)).isSameAs(ok);
        assertThatThrownBy(() -> ServiceArguments.vpcConfig("vpcConfig", VpcConfig.builder().subnets("subnet-1")
                .securityGroupIds("sg-1", "sg-2", "sg-3", "sg-4", "sg-5", "sg-6").build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("vpcConfig.SecurityGroupIds"));
    }
}
