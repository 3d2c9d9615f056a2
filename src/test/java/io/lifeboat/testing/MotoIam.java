package io.lifeboat.testing;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;

/**
 * IAM users with access keys on Moto. Moto answers GetCallerIdentity with the user whose key signed
 * the call, so a test tells credential sources apart by giving each source its own user.
 */
public final class MotoIam {

    private MotoIam() {
    }

    /** A new user named {@code name} and its access key; the ARN Moto reports for it ends in {@code user/name}. */
    public static AwsBasicCredentials user(URI moto, String name) {
        try (IamClient iam = IamClient.builder().endpointOverride(moto).region(Region.AWS_GLOBAL)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build()) {
            iam.createUser(r -> r.userName(name));
            AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
            return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
        }
    }
}
