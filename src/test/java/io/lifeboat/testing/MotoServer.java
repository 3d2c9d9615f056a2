package io.lifeboat.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One Moto server per test JVM, on a free loopback port, started on first use and stopped when the
 * JVM exits. Tests reset it before each test ({@code POST /moto-api/reset}).
 */
public final class MotoServer {

    private static MotoServer shared;
    private static Boolean available;

    private final Process process;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Whether {@code python3 -m moto.server} can run here. */
    public static synchronized boolean available() {
        if (available == null) {
            try {
                Process check = new ProcessBuilder("python3", "-c", "import moto.server")
                        .redirectErrorStream(true).start();
                available = check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    public static synchronized MotoServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "moto-stop"));
        }
        return shared;
    }

    private static MotoServer start() {
        try {
            int port = freePort();
            Path log = Files.createTempFile("moto-", ".log");
            ProcessBuilder builder = new ProcessBuilder("python3", "-m", "moto.server", "-H", "127.0.0.1",
                    "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // Moto's own boto3 must not see the developer's (or the test run's) AWS settings.
            builder.environment().keySet().removeIf(key -> key.startsWith("AWS_"));
            // Without this, Moto seeds ~1,000 public AMIs and their snapshots (OwnerIds is ignored).
            builder.environment().put("MOTO_EC2_LOAD_DEFAULT_AMIS", "false");
            builder.environment().put("MOTO_ALLOW_NONEXISTENT_REGION", "false");
            Process process = builder.start();
            MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port));
            server.awaitReady(log);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Moto: " + e.getMessage(), e);
        }
    }

    private void awaitReady(Path log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Moto exited at start:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(100);
        }
        throw new IllegalStateException("Moto did not answer within 60 s:\n" + Files.readString(log));
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Clears every region's state. */
    public void reset() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Moto reset answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Moto reset failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
