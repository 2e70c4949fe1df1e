package org.samraad.devhost;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dev host in a JVM of its own ({@link DevHost#main}, the test classpath, a free port), so a test can do to it
 * what happens to a server: {@link #kill()} sends SIGKILL, with no shutdown hook and no database checkpoint.
 */
public final class DevHostProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("dev host ready at (http://\\S+)");
    private static final long START_TIMEOUT_SECONDS = 120;

    private final Process process;
    private final String baseUrl;
    private final List<String> output;

    private DevHostProcess(Process process, String baseUrl, List<String> output) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.output = output;
    }

    /** Starts the real plugin on {@code home} with these extra system properties (e.g. the database); waits until it serves. */
    public static DevHostProcess start(Path home, Map<String, String> properties) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-XX:TieredStopAtLevel=1"); // a short-lived JVM: start-up over peak speed
        command.add("-Ddevhost.port=0");
        command.add("-Ddevhost.home=" + home.toAbsolutePath());
        String isolation = System.getProperty("ao.transaction.isolation.level");
        if (isolation != null && !isolation.isBlank()) {
            command.add("-Dao.transaction.isolation.level=" + isolation);
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DevHost.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a dev host JVM", e);
        }
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, output, ready), "devhost-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new DevHostProcess(process, ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS), output);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The dev host JVM did not start; its output:\n" + String.join("\n", output), e);
        }
    }

    private static void readOutput(Process process, List<String> output, CompletableFuture<String> ready) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                Matcher matcher = READY.matcher(line);
                if (matcher.find()) {
                    ready.complete(matcher.group(1));
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        }
        ready.completeExceptionally(new IllegalStateException("exited with " + process.onExit().join().exitValue()));
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** What the host printed so far, for failure messages. */
    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** SIGKILL, as the kernel's OOM killer or {@code kill -9} would: nothing in the host runs after it. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The dev host JVM did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
