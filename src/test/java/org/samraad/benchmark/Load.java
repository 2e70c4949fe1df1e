package org.samraad.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Throughput over HTTP as wrk measures it: {@code connections} clients, each sending the next request as soon as
 * the last answer arrived, for a while after a warm-up; every answer must be 200. The clients run in this JVM, on
 * the same cores as the server, so the run also notes the CPU time of the server's threads (Jetty's pool) and of
 * the whole process, to tell the server's share from the load generator's.
 */
public final class Load {
    static {
        // HttpURLConnection keeps at most http.maxConnections idle connections per host (default 5): with more
        // clients than that, answered connections would be closed and new ones opened, which wrk does not do
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "64");
        }
    }

    /** How the clients send their requests. */
    public enum Client {
        /**
         * One blocking HTTP/1.1 connection per client, kept alive, on a plain socket ({@link SocketConnection}):
         * the request is written and the answer read on the client's own thread, as wrk's connections are, with
         * nothing else on the way (no proxy selection, cookie handler or connection cache).
         */
        BLOCKING("HTTP/1.1 keep-alive, blocking client"),
        /** The JDK's {@link HttpURLConnection}, blocking and kept alive through its connection cache. */
        URL_CONNECTION("HTTP/1.1 keep-alive, HttpURLConnection"),
        /**
         * {@link HttpClient} over HTTP/1.1: each exchange is handed to its selector thread and back to an
         * executor, client latency that is not the server's.
         */
        JAVA_HTTP_CLIENT("HTTP/1.1, java.net.http.HttpClient");

        private final String label;

        Client(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Requests per second and the answers' median and 95th percentile time, with the CPU time spent meanwhile by
     * the server's request threads and by the whole process (server, clients, GC, JIT), and the wall time.
     */
    public record Throughput(int connections, int requests, double perSecond, Samples latency, double serverCpuSeconds,
            double processCpuSeconds, double seconds) {

        /** The server's request threads' CPU time per request, in ms. */
        public double serverCpuMillisPerRequest() {
            return requests == 0 ? 0 : 1000 * serverCpuSeconds / requests;
        }

        /** The server's request threads' share of the process's CPU time. */
        public double serverShare() {
            return processCpuSeconds == 0 ? 0 : serverCpuSeconds / processCpuSeconds;
        }

        /** The process's CPU time as a share of all cores over the run. */
        public double processShareOfCores() {
            return processCpuSeconds / (seconds * Runtime.getRuntime().availableProcessors());
        }
    }

    private Load() {}

    /** A GET as the site administrator (HTTP Basic), asking for JSON under /rest/ and HTML elsewhere. */
    public record Get(URI uri, Map<String, String> headers) {}

    public static Get asAdmin(URI uri) {
        return new Get(uri, Map.of(
                "Accept", uri.getPath().contains("/rest/") ? "application/json" : "text/html",
                "Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))));
    }

    /** One client connection: sends the request and reads the whole answer; throws unless it is 200. */
    public interface Connection {
        void send() throws IOException, InterruptedException;
    }

    /** A connection of this kind for {@code request}, for one thread. */
    public static Connection connection(Client client, Get request) {
        return switch (client) {
            case BLOCKING -> new SocketConnection(request);
            case URL_CONNECTION -> urlConnection(request);
            case JAVA_HTTP_CLIENT -> javaHttpClient(request);
        };
    }

    private static Connection urlConnection(Get request) {
        return () -> {
            HttpURLConnection connection = (HttpURLConnection) request.uri().toURL().openConnection();
            request.headers().forEach(connection::setRequestProperty);
            int status = connection.getResponseCode();
            // reading the body to its end returns the connection to the keep-alive cache
            try (InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            if (status != 200) {
                throw new IllegalStateException(request.uri() + ": " + status);
            }
        };
    }

    private static Connection javaHttpClient(Get request) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri());
        request.headers().forEach(builder::header);
        HttpRequest built = builder.build();
        return () -> {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + ": " + response.statusCode());
            }
        };
    }

    public static Throughput run(Client client, Get request, int connections, double warmUpSeconds, double seconds)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        try {
            drive(clients, client, request, connections, warmUpSeconds);
            CpuClock cpu = CpuClock.start();
            long start = System.nanoTime();
            List<Double> latencies = drive(clients, client, request, connections, seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double[] millis = latencies.stream().mapToDouble(Double::doubleValue).toArray();
            return new Throughput(connections, millis.length, millis.length / elapsed, new Samples(millis),
                    cpu.serverSeconds(), cpu.processSeconds(), elapsed);
        } finally {
            clients.shutdownNow();
        }
    }

    private static List<Double> drive(ExecutorService clients, Client client, Get request, int connections,
            double seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<List<Double>>> running = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            running.add(clients.submit(() -> {
                Connection connection = connection(client, request);
                List<Double> latencies = new ArrayList<>();
                while (!stop.get()) {
                    long start = System.nanoTime();
                    connection.send();
                    latencies.add((System.nanoTime() - start) / 1e6);
                }
                return latencies;
            }));
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> each : running) {
            all.addAll(each.get());
        }
        return all;
    }

    /**
     * CPU time since the start: the dev host's Jetty threads (its default pool's {@code qtp…} threads, which
     * accept, parse and answer the requests) and the whole process.
     */
    private static final class CpuClock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> serverAtStart;
        private final long processAtStart;

        private CpuClock() {
            serverAtStart = serverThreads();
            processAtStart = processNanos();
        }

        static CpuClock start() {
            return new CpuClock();
        }

        double serverSeconds() {
            long sum = 0;
            for (Map.Entry<Long, Long> now : serverThreads().entrySet()) {
                sum += now.getValue() - serverAtStart.getOrDefault(now.getKey(), 0L);
            }
            return sum / 1e9;
        }

        double processSeconds() {
            return (processNanos() - processAtStart) / 1e9;
        }

        private Map<Long, Long> serverThreads() {
            Map<Long, Long> cpu = new HashMap<>();
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && info.getThreadName().startsWith("qtp")) {
                    long nanos = threads.getThreadCpuTime(info.getThreadId());
                    if (nanos >= 0) {
                        cpu.put(info.getThreadId(), nanos);
                    }
                }
            }
            return cpu;
        }

        private static long processNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    /** The machine's load averages, as {@code uptime} shows them, to print beside the figures. */
    public static String uptime() {
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load average " + averages[0] + ", " + averages[1] + ", " + averages[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
