package io.lifeboat.aws;

import io.lifeboat.aws.guard.ApiCallCounter;
import io.lifeboat.aws.guard.CallerContext;
import io.lifeboat.aws.guard.Operations;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A live connection to one account: what was asked for, who AWS says we are, and the guarded
 * clients every feature service uses. Read-only mode can be switched at any time and takes effect
 * on the next call.
 */
public final class Connection implements AutoCloseable, CallerContext {

    private final ConnectionSpec spec;
    private final AtomicBoolean readOnly;
    private final ApiCallCounter calls;
    private volatile CallerIdentity identity;
    private volatile String credentialSource;
    private volatile ServiceClients clients;

    Connection(ConnectionSpec spec, ApiCallCounter calls) {
        this.spec = spec;
        this.readOnly = new AtomicBoolean(spec.readOnly());
        this.calls = calls;
    }

    void attach(ServiceClients guardedClients) {
        this.clients = guardedClients;
    }

    void identify(CallerIdentity callerIdentity, String source) {
        this.identity = callerIdentity;
        this.credentialSource = source;
    }

    public ConnectionSpec spec() {
        return spec;
    }

    public ServiceClients clients() {
        return clients;
    }

    public CallerIdentity identity() {
        return identity;
    }

    /** Where the credentials came from: "environment (AWS_ACCESS_KEY_ID)", "profile prod", "EC2 instance role"… */
    public String credentialSource() {
        return credentialSource;
    }

    public String homeRegion() {
        return spec.region();
    }

    public boolean readOnly() {
        return readOnly.get();
    }

    public void setReadOnly(boolean value) {
        readOnly.set(value);
    }

    public Mode mode() {
        if (spec.sandbox()) {
            return Mode.SANDBOX;
        }
        return readOnly.get() ? Mode.READ_ONLY : Mode.LIVE;
    }

    /** Operations sent on this connection so far, per {@code service:Operation}. */
    public ApiCallCounter calls() {
        return calls;
    }

    @Override
    public String profileLabel() {
        return spec.label();
    }

    @Override
    public String accountId() {
        return identity == null ? "" : identity.account();
    }

    @Override
    public void close() {
        if (clients != null) {
            clients.close();
        }
    }

    @Override
    public String toString() {
        return spec.label() + " / " + accountId() + " / " + spec.region() + " (" + mode().label() + ")";
    }
}
