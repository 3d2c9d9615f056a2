package io.lifeboat.aws;

/** The answer of STS GetCallerIdentity. */
public record CallerIdentity(String account, String arn, String userId) {
}
