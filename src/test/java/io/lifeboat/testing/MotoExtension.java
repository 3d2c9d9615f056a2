package io.lifeboat.testing;

import io.lifeboat.aws.ClientTuning;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Starts (once) and resets (before each test) the shared Moto server; injects {@link Moto}. */
public final class MotoExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static boolean skipNoticePrinted;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!MotoServer.available()) {
            String message = "Moto is not installed: contract tests are skipped. Get it with: pip install 'moto[server]'";
            if ("1".equals(System.getenv("LIFEBOAT_REQUIRE_MOTO"))) {
                throw new IllegalStateException(message + " (LIFEBOAT_REQUIRE_MOTO=1: CI must run them)");
            }
            synchronized (MotoExtension.class) {
                if (!skipNoticePrinted) {
                    System.err.println("\n*** " + message + " ***\n");
                    skipNoticePrinted = true;
                }
            }
            Assumptions.abort(message);
        }
        MotoServer.shared();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MotoServer.shared().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Moto.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new Moto(MotoServer.shared());
    }

    /** The shared server's handle, for scenario subclasses whose base class sets up before injection. */
    public static Moto moto() {
        return new Moto(MotoServer.shared());
    }

    /** What a contract test gets: connections to the Moto account. */
    public record Moto(MotoServer server) {

        public static final String ACCOUNT = "123456789012";

        public Connection connect(String region) {
            return connector(Connector.builder()).connect(spec(region, false));
        }

        public Connection connectReadOnly(String region) {
            return connector(Connector.builder()).connect(spec(region, true));
        }

        /** Starts from {@code builder} (extra interceptors, audit sink) and points it at Moto. */
        public Connector connector(Connector.Builder builder) {
            return builder.tuning(ClientTuning.noRetries())
                    .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                    .build();
        }

        public ConnectionSpec spec(String region, boolean readOnly) {
            return ConnectionSpec.defaultChain(region, server.endpoint(), readOnly);
        }
    }
}
