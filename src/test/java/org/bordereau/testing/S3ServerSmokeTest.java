package org.bordereau.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.BucketExistsArgs;
import org.junit.jupiter.api.Test;

class S3ServerSmokeTest {
    @Test
    void startsWithABucketAndSurvivesARestart() throws Exception {
        try (S3Server s3 = S3Server.start("smoke")) {
            assertThat(s3.client().bucketExists(BucketExistsArgs.builder().bucket("smoke").build())).isTrue();
            s3.stop();
            s3.restart();
            assertThat(s3.client().bucketExists(BucketExistsArgs.builder().bucket("smoke").build())).isTrue();
        }
    }
}
