package io.lifeboat.aws.sandbox;

import io.lifeboat.aws.ServiceClients;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/** The sandbox account's clients: in-memory implementations of the SDK interfaces. */
public final class SandboxServiceClients implements ServiceClients {

    private final SandboxAccount account;
    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    public SandboxServiceClients(SandboxAccount account) {
        this.account = account;
    }

    /**
     * The desktop's and the CLI's sandbox: the demo fleet on the system clock, answering at once unless
     * EC2's throttling and latency are asked for ({@link SandboxLimits#fromProperties}, from system properties).
     */
    public static SandboxServiceClients demo() {
        return new SandboxServiceClients(SandboxAccount.withDemoFleet(SandboxClock.system())
                .limit(SandboxLimits.fromProperties(System::getProperty)));
    }

    public SandboxAccount account() {
        return account;
    }

    @Override
    public Ec2Client ec2(String region) {
        return (Ec2Client) clients.computeIfAbsent("ec2/" + region, k -> new SandboxEc2Client(account, region));
    }

    @Override
    public SsmClient ssm(String region) {
        return (SsmClient) clients.computeIfAbsent("ssm/" + region, k -> new SandboxSsmClient(account, region));
    }

    @Override
    public RdsClient rds(String region) {
        return (RdsClient) clients.computeIfAbsent("rds/" + region, k -> new SandboxRdsClient(account, region));
    }

    @Override
    public Route53Client route53() {
        return (Route53Client) clients.computeIfAbsent("route53", k -> new SandboxRoute53Client(account));
    }

    @Override
    public StsClient sts(String region) {
        return (StsClient) clients.computeIfAbsent("sts/" + region, k -> new SandboxStsClient(account));
    }

    @Override
    public Clock clock() {
        return account.clock();
    }

    @Override
    public void close() {
        clients.clear();
    }
}
