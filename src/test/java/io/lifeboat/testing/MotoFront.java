package io.lifeboat.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lifeboat.aws.guard.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP front between the real SDK clients and Moto, on a free loopback port: it forwards each
 * request and can fail it below the SDK, where the SDK's own retries see the failure. It records what
 * reached it, so a test can count the requests the SDK really sent (its retries included).
 *
 * <p>It can also be EC2 as its rate limits make it ({@link #throttleMutating}, {@link #latency}): per
 * region (read from the request's signature), a token bucket for mutating EC2 operations answering 503
 * {@code RequestLimitExceeded} when empty, and a latency spent on every request, half before it is
 * forwarded, half after, on the front's own threads so that concurrent requests overlap.
 *
 * <p>Requests of the query protocols (EC2, STS, IAM) name their operation in the form body
 * ({@code Action=CreateSnapshots}), those of the JSON protocol (SSM) in the {@code X-Amz-Target} header
 * ({@code AmazonSSM.SendCommand}); {@link Request#action()} reads either, and the front's own errors
 * come in the shape the request's protocol parses.
 */
public final class MotoFront implements AutoCloseable {

    /** What the front does with one request. */
    public enum Action {
        /** Forward, answer with Moto's answer. */
        FORWARD,
        /** Forward (Moto does the work), then close the connection without answering: a lost answer. */
        FORWARD_THEN_DROP,
        /** Forward (Moto does the work), then answer 500 InternalError: the work done, the answer a failure. */
        FORWARD_THEN_500,
        /** Do not forward; answer 503 RequestLimitExceeded, as EC2 does when throttling. */
        THROTTLE
    }

    /** One request as it reached the front. */
    public record Request(String method, String path, String body, String target) {

        /** The operation's name: the query protocol's Action, else the JSON protocol's target ("SendCommand"). */
        public String action() {
            if (target != null && !target.isEmpty()) {
                return target.substring(target.lastIndexOf('.') + 1);
            }
            return form().getOrDefault("Action", "");
        }

        boolean json() {
            return target != null && !target.isEmpty();
        }

        public Map<String, String> form() {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }
    }

    private static final Pattern SIGNED_REGION = Pattern.compile(
            "Credential=[^/]+/\\d{8}/([a-z0-9-]+)/");

    private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "expect",
            "transfer-encoding", "upgrade", "keep-alive");

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI target;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Action> rules = request -> Action.FORWARD;
    private volatile Duration latency = Duration.ZERO;
    private volatile int bucketCapacity;
    private volatile double refillPerSecond;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();
    private final AtomicLong mutatingAdmitted = new AtomicLong();
    private final AtomicLong mutatingThrottled = new AtomicLong();

    private MotoFront(HttpServer server, URI target) {
        this.server = server;
        this.target = target;
    }

    /** Starts a front for {@code target} (the shared Moto server's endpoint). */
    public static MotoFront start(URI target) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            MotoFront front = new MotoFront(server, target);
            server.createContext("/", front::handle);
            server.setExecutor(front.workers);
            server.start();
            return front;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the front: " + e.getMessage(), e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Decides what to do with each request from now on; called on the front's threads. */
    public MotoFront rules(Function<Request, Action> decide) {
        this.rules = decide;
        return this;
    }

    /**
     * From now on, mutating EC2 operations take a token from their region's bucket of {@code capacity}
     * tokens refilled at {@code perSecond}, starting full, or are answered 503 RequestLimitExceeded.
     */
    public MotoFront throttleMutating(int capacity, double perSecond) {
        this.refillPerSecond = perSecond;
        this.bucketCapacity = capacity;
        buckets.clear();
        return this;
    }

    /** From now on, every request takes this long more. */
    public MotoFront latency(Duration perRequest) {
        this.latency = perRequest;
        return this;
    }

    /** Mutating EC2 requests let through by the buckets, and refused by them. */
    public long mutatingAdmitted() {
        return mutatingAdmitted.get();
    }

    public long mutatingThrottled() {
        return mutatingThrottled.get();
    }

    /** Every request that reached the front, in order, whatever was done with it. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many requests of this operation reached the front. */
    public long count(String action) {
        return requests.stream().filter(r -> r.action().equals(action)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readAll(exchange.getRequestBody());
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    new String(body, StandardCharsets.UTF_8), exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            requests.add(request);
            long half = latency.toNanos() / 2;
            pause(half);
            Action action = rules.apply(request);
            if (action == Action.FORWARD && !admitted(request, exchange.getRequestHeaders().getFirst("Authorization"))) {
                action = Action.THROTTLE;
            }
            if (action == Action.THROTTLE) {
                pause(half);
                if (request.json()) {
                    respondJson(exchange, 400, "ThrottlingException", "Rate exceeded");
                } else {
                    respond(exchange, 503, error("RequestLimitExceeded", "Request limit exceeded."));
                }
                return;
            }
            HttpResponse<byte[]> answer = forward(exchange, body);
            pause(half);
            switch (action) {
                case FORWARD -> {
                    answer.headers().map().forEach((name, values) -> {
                        if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                            exchange.getResponseHeaders().put(name, values);
                        }
                    });
                    respond(exchange, answer.statusCode(), answer.body());
                }
                case FORWARD_THEN_500 -> {
                    if (request.json()) {
                        respondJson(exchange, 500, "InternalServerError", "An internal error has occurred.");
                    } else {
                        respond(exchange, 500, error("InternalError", "An internal error has occurred."));
                    }
                }
                default -> {
                    // FORWARD_THEN_DROP: closing without a status line; the client reads an unexpected end of stream.
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes a token for a mutating EC2 request of the signing region, when buckets are on. */
    private boolean admitted(Request request, String authorization) {
        if (bucketCapacity == 0 || request.action().isEmpty() || !Operations.isMutating(request.action())
                || authorization == null || !authorization.contains("/ec2/aws4_request")) {
            return true;
        }
        Matcher region = SIGNED_REGION.matcher(authorization);
        double[] bucket = buckets.computeIfAbsent(region.find() ? region.group(1) : "", r -> new double[] {bucketCapacity,
                System.nanoTime()});
        synchronized (bucket) {
            long now = System.nanoTime();
            bucket[0] = Math.min(bucketCapacity, bucket[0] + (now - bucket[1]) / 1e9 * refillPerSecond);
            bucket[1] = now;
            if (bucket[0] < 1) {
                mutatingThrottled.incrementAndGet();
                return false;
            }
            bucket[0] -= 1;
            mutatingAdmitted.incrementAndGet();
            return true;
        }
    }

    private static void pause(long nanos) throws InterruptedException {
        if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                values.forEach(value -> forward.header(name, value));
            }
        });
        return http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** An error in the JSON protocol's shape (SSM): {@code __type} names it. */
    private static void respondJson(HttpExchange exchange, int status, String code, String message) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "front-" + System.nanoTime());
        respond(exchange, status, ("{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** An error in EC2's query-protocol shape, which the STS and IAM parsers also read by code. */
    private static byte[] error(String code, String message) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>" + code + "</Code><Message>"
                + message + "</Message></Error></Errors><RequestID>front-" + System.nanoTime()
                + "</RequestID></Response>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
