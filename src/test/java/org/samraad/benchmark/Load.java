package org.samraad.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Throughput over HTTP as wrk measures it: {@code connections} clients, each sending the next request as soon as
 * the last answer arrived, for a while after a warm-up; every answer must be 200.
 */
public final class Load {

    /** Requests per second and the answers' median and 95th percentile time. */
    public record Throughput(int connections, int requests, double perSecond, Samples latency) {}

    private Load() {}

    public static HttpRequest asAdmin(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Accept", uri.getPath().contains("/rest/") ? "application/json" : "text/html")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(
                        StandardCharsets.UTF_8)))
                .build();
    }

    public static Throughput run(HttpRequest request, int connections, double warmUpSeconds, double seconds)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        try {
            drive(clients, request, connections, warmUpSeconds);
            long start = System.nanoTime();
            List<Double> latencies = drive(clients, request, connections, seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double[] millis = latencies.stream().mapToDouble(Double::doubleValue).toArray();
            return new Throughput(connections, millis.length, millis.length / elapsed, new Samples(millis));
        } finally {
            clients.shutdownNow();
        }
    }

    private static List<Double> drive(ExecutorService clients, HttpRequest request, int connections, double seconds)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<List<Double>>> running = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            running.add(clients.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                List<Double> latencies = new ArrayList<>();
                while (!stop.get()) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(request.uri() + ": " + response.statusCode());
                    }
                    latencies.add((System.nanoTime() - start) / 1e6);
                }
                return latencies;
            }));
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> client : running) {
            all.addAll(client.get());
        }
        return all;
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
