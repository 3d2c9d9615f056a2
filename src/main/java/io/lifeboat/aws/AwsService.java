package io.lifeboat.aws;

/** The AWS services Lifeboat talks to, named as the SDK and the audit log name them. */
public enum AwsService {
    EC2("ec2"),
    SSM("ssm"),
    RDS("rds"),
    ROUTE53("route53"),
    STS("sts");

    private final String id;

    AwsService(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
