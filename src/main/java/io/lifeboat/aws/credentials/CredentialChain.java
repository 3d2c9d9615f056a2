package io.lifeboat.aws.credentials;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Credential sources tried in a fixed order, each built only when reached; the first that answers is
 * kept, and its name says where the credentials came from ({@code whoami}, the status bar). The SDK's
 * own chain cannot say, and puts web identity before the profiles, where the AWS CLI does not.
 */
public final class CredentialChain implements AwsCredentialsProvider, SdkAutoCloseable {

    private final Map<String, Supplier<AwsCredentialsProvider>> steps;
    private final Set<String> decisive;
    private final Map<String, AwsCredentialsProvider> built = new LinkedHashMap<>();
    private volatile String source;
    private volatile AwsCredentialsProvider chosen;

    private CredentialChain(Map<String, Supplier<AwsCredentialsProvider>> steps, Set<String> decisive) {
        this.steps = steps;
        this.decisive = decisive;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One source, named: a profile given by name. */
    public static CredentialChain of(String name, Supplier<AwsCredentialsProvider> provider) {
        return builder().then(name, provider).build();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        AwsCredentialsProvider current = chosen;
        if (current != null) {
            return current.resolveCredentials();
        }
        List<String> tried = new ArrayList<>();
        for (Map.Entry<String, Supplier<AwsCredentialsProvider>> step : steps.entrySet()) {
            try {
                AwsCredentialsProvider provider = provider(step.getKey(), step.getValue());
                AwsCredentials credentials = provider.resolveCredentials();
                chosen = provider;
                source = step.getKey();
                return credentials;
            } catch (SdkClientException | IllegalStateException notThere) {
                if (steps.size() == 1 || decisive.contains(step.getKey())) {
                    throw notThere;
                }
                tried.add(step.getKey() + ": " + notThere.getMessage());
            }
        }
        throw SdkClientException.create("Unable to load credentials from any source: " + String.join("; ", tried));
    }

    /** Where the credentials came from, once resolved; else {@code null}. */
    public String source() {
        return source;
    }

    private synchronized AwsCredentialsProvider provider(String name, Supplier<AwsCredentialsProvider> factory) {
        return built.computeIfAbsent(name, k -> factory.get());
    }

    @Override
    public synchronized void close() {
        for (AwsCredentialsProvider provider : built.values()) {
            if (provider instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // closing a provider only stops its refresh thread
                }
            }
        }
        built.clear();
    }

    public static final class Builder {
        private final Map<String, Supplier<AwsCredentialsProvider>> steps = new LinkedHashMap<>();
        private final Set<String> decisive = new HashSet<>();

        public Builder then(String name, Supplier<AwsCredentialsProvider> provider) {
            steps.put(name, provider);
            return this;
        }

        /**
         * A source whose failure is the answer: its error (an expired SSO session, a failing
         * credential_process) is what the user must fix, not a reason to try the sources after it.
         */
        public Builder thenDecisive(String name, Supplier<AwsCredentialsProvider> provider) {
            decisive.add(name);
            return then(name, provider);
        }

        public CredentialChain build() {
            return new CredentialChain(new LinkedHashMap<>(steps), Set.copyOf(decisive));
        }
    }
}
