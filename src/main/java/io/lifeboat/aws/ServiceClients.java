package io.lifeboat.aws;

import io.lifeboat.aws.pace.Pace;
import java.time.Clock;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The service clients of one account, per region. Implementations build clients lazily and keep
 * one per service and region; services never build clients themselves.
 */
public interface ServiceClients extends AutoCloseable {

    Ec2Client ec2(String region);

    /**
     * The client that sends EC2's mutating calls. Real accounts give one whose SDK retries cover
     * throttling only (a resent CreateSnapshot would make a second snapshot); elsewhere, the same client.
     */
    default Ec2Client ec2ForWrites(String region) {
        return ec2(region);
    }

    SsmClient ssm(String region);

    /**
     * The client that sends SSM's mutating calls. SendCommand is not idempotent (a resent request runs the
     * command twice), so real accounts give one whose SDK retries cover throttling only; elsewhere, the same.
     */
    default SsmClient ssmForWrites(String region) {
        return ssm(region);
    }

    RdsClient rds(String region);

    /** Route53 is global. */
    Route53Client route53();

    StsClient sts(String region);

    /** What the pacing of the region's mutating EC2 calls has learned (guarded clients pace them). */
    default Pace pace(String region) {
        return Pace.UNPACED;
    }

    /** The account's time: the system clock on AWS, the simulated clock on the sandbox. */
    default Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    void close();
}
