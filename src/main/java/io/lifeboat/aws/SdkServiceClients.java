package io.lifeboat.aws;

import io.lifeboat.aws.guard.SdkReadOnlyInterceptor;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Real SDK clients for one set of credentials: built lazily (building one costs most of a second),
 * one per service and region, sharing one HTTP client, with adaptive retries (a limiter per client) and
 * timeouts. EC2's and SSM's mutating calls go through clients of their own whose retries cover throttling
 * only, each throttled EC2 attempt reported to Lifeboat's pacing.
 */
public final class SdkServiceClients implements ServiceClients {

    private final AwsCredentialsProvider credentials;
    private final URI endpoint;
    private final ClientOverrideConfiguration overrides;
    private final ClientTuning tuning;
    private final ThrottleReportingRetryStrategy.ThrottledAttempts throttledWrite;
    private final SdkHttpClient http;
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

    public SdkServiceClients(AwsCredentialsProvider credentials, URI endpoint, ClientTuning tuning,
                             BooleanSupplier readOnly, List<ExecutionInterceptor> interceptors) {
        this(credentials, endpoint, tuning, readOnly, interceptors, retried -> Duration.ZERO);
    }

    /**
     * @param throttledWrite told of each throttled attempt of a mutating EC2 call, on the calling thread;
     *                       answers how long the retry should wait for the region's pace
     */
    public SdkServiceClients(AwsCredentialsProvider credentials, URI endpoint, ClientTuning tuning,
                             BooleanSupplier readOnly, List<ExecutionInterceptor> interceptors,
                             Function<Boolean, Duration> throttledWrite) {
        this.credentials = credentials;
        this.tuning = tuning;
        this.throttledWrite = throttledWrite::apply;
        this.endpoint = endpoint;
        this.http = UrlConnectionHttpClient.builder()
                .socketTimeout(tuning.attemptTimeout())
                .connectionTimeout(java.time.Duration.ofSeconds(10))
                .build();
        ClientOverrideConfiguration.Builder config = ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(tuning.attemptTimeout())
                .apiCallTimeout(tuning.callTimeout())
                .addExecutionInterceptor(new SdkReadOnlyInterceptor(readOnly));
        interceptors.forEach(config::addExecutionInterceptor);
        this.overrides = config.build();
    }

    @Override
    public Ec2Client ec2(String region) {
        return client("ec2", region, () -> configure(Ec2Client.builder(), Region.of(region), reads()).build());
    }

    /** A second EC2 client for mutating calls, whose SDK retries cover throttling only (see {@link ClientTuning}). */
    @Override
    public Ec2Client ec2ForWrites(String region) {
        return client("ec2-writes", region, () -> configure(Ec2Client.builder(), Region.of(region),
                overrides.toBuilder().retryStrategy(tuning.forWrites(throttledWrite)).build()).build());
    }

    @Override
    public SsmClient ssm(String region) {
        return client("ssm", region, () -> configure(SsmClient.builder(), Region.of(region), reads()).build());
    }

    /**
     * A second SSM client for mutating calls (SendCommand), whose SDK retries cover throttling only; SSM's
     * throttling is not EC2's, so it tells the EC2 pace nothing.
     */
    @Override
    public SsmClient ssmForWrites(String region) {
        return client("ssm-writes", region, () -> configure(SsmClient.builder(), Region.of(region),
                overrides.toBuilder().retryStrategy(tuning.forWrites(ThrottleReportingRetryStrategy.ThrottledAttempts.NONE)).build()).build());
    }

    @Override
    public RdsClient rds(String region) {
        return client("rds", region, () -> configure(RdsClient.builder(), Region.of(region), reads()).build());
    }

    @Override
    public Route53Client route53() {
        return client("route53", Region.AWS_GLOBAL.id(), () -> configure(Route53Client.builder(), Region.AWS_GLOBAL, reads()).build());
    }

    @Override
    public StsClient sts(String region) {
        return client("sts", region, () -> configure(StsClient.builder(), Region.of(region), reads()).build());
    }

    /** Each client its own retry strategy: the adaptive rate limiter lives in it (see {@link ClientTuning#forReads}). */
    private ClientOverrideConfiguration reads() {
        return overrides.toBuilder().retryStrategy(tuning.forReads()).build();
    }

    private <C extends SdkClient> C client(String service, String region, Supplier<C> factory) {
        @SuppressWarnings("unchecked")
        C client = (C) clients.computeIfAbsent(service + "/" + region, k -> factory.get());
        return client;
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder, Region region,
                                                                                            ClientOverrideConfiguration config) {
        builder.region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(config)
                .httpClient(http);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
        http.close();
        if (credentials instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing credentials providers only stops their refresh threads
            }
        }
    }
}
