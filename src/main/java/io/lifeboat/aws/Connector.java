package io.lifeboat.aws;

import io.lifeboat.aws.credentials.AwsEnvironment;
import io.lifeboat.aws.credentials.CredentialChain;
import io.lifeboat.aws.credentials.CredentialsFactory;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.guard.ApiCallCounter;
import io.lifeboat.aws.guard.AuditInterceptor;
import io.lifeboat.aws.guard.AuditSink;
import io.lifeboat.aws.guard.CallInterceptor;
import io.lifeboat.aws.guard.GuardedServiceClients;
import io.lifeboat.aws.guard.ReadOnlyGuard;
import io.lifeboat.aws.guard.ThreadGuard;
import io.lifeboat.aws.guard.WritePacing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Opens connections: builds the clients (sandbox or real), puts the guards around them and asks STS
 * who we are. The guard order matters: read-only first (a refused call is neither sent nor counted),
 * then the thread check, the counter, the audit log, the pacing of mutating EC2 calls (last, so that a
 * call waits for its region's pace only once nothing refuses it), then any extra interceptors (fault
 * injection in tests, which the pacing then sees as EC2's answers).
 */
public final class Connector {

    private final Function<ConnectionSpec, ServiceClients> sandbox;
    private final AuditSink audit;
    private final BooleanSupplier forbiddenThread;
    private final ClientTuning tuning;
    private final CredentialsFactory credentials;
    private final AwsCredentialsProvider fixedCredentials;
    private final List<CallInterceptor> extraInterceptors;
    private final List<ExecutionInterceptor> sdkInterceptors;

    private Connector(Builder builder) {
        this.sandbox = builder.sandbox;
        this.audit = builder.audit;
        this.forbiddenThread = builder.forbiddenThread;
        this.tuning = builder.tuning;
        this.credentials = new CredentialsFactory(builder.profileFiles, builder.mfa, builder.environment);
        this.fixedCredentials = builder.fixedCredentials;
        this.extraInterceptors = List.copyOf(builder.extraInterceptors);
        this.sdkInterceptors = List.copyOf(builder.sdkInterceptors);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Connects and identifies; on failure everything built is closed again. */
    public Connection connect(ConnectionSpec spec) {
        Connection connection = new Connection(spec, new ApiCallCounter());
        ServiceClients raw = null;
        CredentialChain chain = spec.sandbox() || fixedCredentials != null ? null : credentials.forSpec(spec);
        WritePacing pacing = new WritePacing();
        try {
            raw = rawClients(spec, connection, chain, pacing);
            List<CallInterceptor> guards = new ArrayList<>();
            guards.add(new ReadOnlyGuard(connection::readOnly));
            guards.add(new ThreadGuard(forbiddenThread));
            guards.add(connection.calls());
            guards.add(new AuditInterceptor(audit, connection));
            guards.add(pacing);
            guards.addAll(extraInterceptors);
            connection.attach(new GuardedServiceClients(raw, guards, pacing::pace));
            GetCallerIdentityResponse who = connection.clients().sts(spec.region()).getCallerIdentity();
            connection.identify(new CallerIdentity(who.account(), who.arn(), who.userId()),
                    spec.sandbox() ? "sandbox" : chain == null ? "given credentials" : chain.source());
            return connection;
        } catch (RuntimeException e) {
            if (raw != null) {
                raw.close();
            }
            throw new ConnectionFailedException(spec, AwsErrors.describe(e, spec.profile()), e);
        }
    }

    private ServiceClients rawClients(ConnectionSpec spec, Connection connection, CredentialChain chain,
                                      WritePacing pacing) {
        if (spec.sandbox()) {
            if (sandbox == null) {
                throw new IllegalStateException("No sandbox account in this build");
            }
            return sandbox.apply(spec);
        }
        AwsCredentialsProvider provider = chain != null ? chain : fixedCredentials;
        return new SdkServiceClients(provider, spec.endpoint(), tuning,
                connection::readOnly, sdkInterceptors, pacing::throttledAttempt);
    }

    public static final class Builder {
        private Function<ConnectionSpec, ServiceClients> sandbox;
        private AuditSink audit = AuditInterceptor.discarding();
        private BooleanSupplier forbiddenThread = () -> false;
        private ClientTuning tuning = ClientTuning.standard();
        private Supplier<ProfileFile> profileFiles = ProfileFile::defaultProfileFile;
        private MfaCodePrompt mfa = MfaCodePrompt.NONE;
        private AwsEnvironment environment = AwsEnvironment.system(false);
        private AwsCredentialsProvider fixedCredentials;
        private final List<CallInterceptor> extraInterceptors = new ArrayList<>();
        private final List<ExecutionInterceptor> sdkInterceptors = new ArrayList<>();

        public Builder sandbox(Function<ConnectionSpec, ServiceClients> factory) {
            this.sandbox = factory;
            return this;
        }

        public Builder audit(AuditSink sink) {
            this.audit = sink;
            return this;
        }

        public Builder forbiddenThread(BooleanSupplier check) {
            this.forbiddenThread = check;
            return this;
        }

        public Builder tuning(ClientTuning clientTuning) {
            this.tuning = clientTuning;
            return this;
        }

        public Builder profileFiles(Supplier<ProfileFile> files) {
            this.profileFiles = files;
            return this;
        }

        public Builder mfa(MfaCodePrompt prompt) {
            this.mfa = prompt;
            return this;
        }

        /** Where a connection without a named profile finds {@code AWS_PROFILE} (the process environment by default). */
        public Builder environment(AwsEnvironment env) {
            this.environment = env;
            return this;
        }

        /** Credentials to use instead of the spec's (Moto and LocalStack accept any). */
        public Builder credentials(AwsCredentialsProvider provider) {
            this.fixedCredentials = provider;
            return this;
        }

        public Builder interceptor(CallInterceptor interceptor) {
            this.extraInterceptors.add(interceptor);
            return this;
        }

        public Builder sdkInterceptor(ExecutionInterceptor interceptor) {
            this.sdkInterceptors.add(interceptor);
            return this;
        }

        public Connector build() {
            return new Connector(this);
        }
    }
}
