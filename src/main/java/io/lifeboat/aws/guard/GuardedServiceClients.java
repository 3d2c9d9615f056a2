package io.lifeboat.aws.guard;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.aws.pace.Pace;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Puts the guards ({@link CallInterceptor}s) around every client of an account, real or sandbox:
 * read-only mode, the thread check, call counting and the audit log hold on every account.
 */
public final class GuardedServiceClients implements ServiceClients {

    private final ServiceClients delegate;
    private final List<CallInterceptor> interceptors;
    private final Function<String, Pace> paces;
    private final Map<String, SdkClient> guarded = new ConcurrentHashMap<>();

    public GuardedServiceClients(ServiceClients delegate, List<CallInterceptor> interceptors) {
        this(delegate, interceptors, delegate::pace);
    }

    /** @param paces what the pacing among {@code interceptors} has learned, per region */
    public GuardedServiceClients(ServiceClients delegate, List<CallInterceptor> interceptors, Function<String, Pace> paces) {
        this.delegate = delegate;
        this.interceptors = List.copyOf(interceptors);
        this.paces = paces;
    }

    @Override
    public Ec2Client ec2(String region) {
        return guard(Ec2Client.class, "ec2/" + region, () -> GuardedClients.ec2(delegate.ec2(region),
                () -> delegate.ec2ForWrites(region), region, interceptors));
    }

    /** The guarded client already sends its mutating calls through the account's client for writes. */
    @Override
    public Ec2Client ec2ForWrites(String region) {
        return ec2(region);
    }

    @Override
    public SsmClient ssm(String region) {
        return guard(SsmClient.class, "ssm/" + region, () -> GuardedClients.ssm(delegate.ssm(region),
                () -> delegate.ssmForWrites(region), region, interceptors));
    }

    /** The guarded client already sends its mutating calls through the account's client for writes. */
    @Override
    public SsmClient ssmForWrites(String region) {
        return ssm(region);
    }

    @Override
    public RdsClient rds(String region) {
        return guard(RdsClient.class, "rds/" + region, () -> GuardedClients.rds(delegate.rds(region), region, interceptors));
    }

    @Override
    public Route53Client route53() {
        String global = Region.AWS_GLOBAL.id();
        return guard(Route53Client.class, "route53", () -> GuardedClients.route53(delegate.route53(), global, interceptors));
    }

    @Override
    public StsClient sts(String region) {
        return guard(StsClient.class, "sts/" + region, () -> GuardedClients.sts(delegate.sts(region), region, interceptors));
    }

    @Override
    public Pace pace(String region) {
        return paces.apply(region);
    }

    @Override
    public Clock clock() {
        return delegate.clock();
    }

    private <C extends SdkClient> C guard(Class<C> api, String key, Supplier<C> guardedClient) {
        return api.cast(guarded.computeIfAbsent(key, k -> guardedClient.get()));
    }

    @Override
    public void close() {
        guarded.clear();
        delegate.close();
    }
}
