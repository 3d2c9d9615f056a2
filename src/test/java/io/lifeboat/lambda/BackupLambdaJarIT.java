package io.lifeboat.lambda;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.Fleet;
import io.lifeboat.testing.MotoExtension.Moto;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * The Lambda artifact as AWS runs it: {@code target/lifeboat-lambda.jar} alone on a class loader whose
 * parent is the platform loader (no test class path, no JavaFX), its handler invoked with a Lambda
 * {@code Context} against Moto through {@code LIFEBOAT_ENDPOINT_URL}, snapshotting a small tagged fleet.
 */
@ContractTest
class BackupLambdaJarIT {

    private static final String REGION = "eu-west-3";
    private static final Path JAR = Path.of(System.getProperty("lifeboat.lambda.jar", "target/lifeboat-lambda.jar"));

    private final Properties saved = (Properties) System.getProperties().clone();
    private Connection connection;
    private Moto moto;
    private List<String> covered;

    @BeforeEach
    void fleet(Moto moto) {
        this.moto = moto;
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        connection = moto.connect(REGION);
        Fleet fleet = new Fleet(connection.clients().ec2(REGION), REGION);
        String web = fleet.instance(tags("Name", "web-1", "Backup", "Yes", "CostCenter", "cc-9")).instanceId();
        String webRoot = fleet.rootVolume(web);
        String data = fleet.volume(10, Map.of());
        fleet.attach(data, web, "/dev/sdf");
        String api = fleet.instance(tags("Name", "api-1", "Backup", "Yes", "Retention", "3")).instanceId();
        fleet.instance(tags("Name", "bastion"));
        covered = List.of(webRoot, data, fleet.rootVolume(api));
    }

    @AfterEach
    void restore() {
        connection.close();
        System.setProperties(saved);
    }

    @Test
    void theJarHoldsTheHandlerAndNoDesktopClasses() throws Exception {
        assertThat(JAR).exists();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("io/lifeboat/lambda/BackupHandler.class",
                    "com/amazonaws/services/lambda/runtime/RequestHandler.class");
            assertThat(names).noneMatch(n -> n.startsWith("javafx/") || n.startsWith("com/sun/javafx/")
                    || n.startsWith("picocli/") || n.startsWith("org/sqlite/") || n.startsWith("atlantafx/")
                    || n.startsWith("io/lifeboat/ui/") || n.startsWith("io/lifeboat/cli/")
                    || n.startsWith("io/lifeboat/store/") || n.startsWith("io/lifeboat/aws/sandbox/"));
        }
        assertThat(Files.size(JAR)).as("direct upload limit for a Lambda zip").isLessThan(50L * 1024 * 1024);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHandlerInAnIsolatedClassLoaderSnapshotsATaggedFleetAndARerunAddsNothing() throws Exception {
        Map<String, String> env = Map.of("AWS_REGION", REGION, "LIFEBOAT_REGIONS", REGION,
                "LIFEBOAT_ENDPOINT_URL", moto.server().endpoint().toString());
        try (URLClassLoader isolated = new URLClassLoader(new URL[]{JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> handlerClass = isolated.loadClass("io.lifeboat.lambda.BackupHandler");
            Class<?> contextClass = isolated.loadClass("com.amazonaws.services.lambda.runtime.Context");
            assertThat(handlerClass.getClassLoader()).isSameAs(isolated);
            Object handler = handlerClass.getConstructor(Function.class).newInstance((Function<String, String>) env::get);
            Object context = Proxy.newProxyInstance(isolated, new Class<?>[]{contextClass}, (proxy, method, args) ->
                    switch (method.getName()) {
                        case "getRemainingTimeInMillis" -> 900_000;
                        case "getAwsRequestId" -> "it-request";
                        case "getFunctionName" -> "lifeboat-backup";
                        default -> null;
                    });
            Method handle = handlerClass.getMethod("handleRequest", Map.class, contextClass);

            Map<String, Object> first = (Map<String, Object>) handle.invoke(handler, Map.of("source", "aws.events"), context);
            Map<String, Object> second = (Map<String, Object>) handle.invoke(handler, Map.of(), context);

            assertThat(first.get("outcome")).isEqualTo("done");
            assertThat((Map<String, Object>) first.get("counts")).containsEntry("created", 3);
            assertThat((Map<String, Object>) second.get("counts")).containsEntry("created", 0).containsEntry("alreadyDone", 3);
        }
        List<Snapshot> snapshots = connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots();
        assertThat(snapshots).extracting(Snapshot::volumeId).containsExactlyInAnyOrderElementsOf(covered);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(snapshots).allSatisfy(s -> assertThat(s.tags()).anySatisfy(t -> {
            assertThat(t.key()).isEqualTo("lifeboat:policy");
            assertThat(t.value()).isEqualTo("default");
        }));
        assertThat(snapshots).filteredOn(s -> s.volumeId().equals(covered.get(2))).singleElement()
                .satisfies(s -> assertThat(s.tags()).anySatisfy(t -> assertThat(t.key() + "=" + t.value())
                        .isEqualTo("DeleteOn=" + LocalDate.parse(today).plusDays(3))));
    }
}
