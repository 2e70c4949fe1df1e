package org.samraad.devhost.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Build step (exec:java in {@code process-test-classes}, see the pom): brings the npm packages the dev host serves
 * as Confluence's own front end (AUI and its jQuery), and axe-core for the accessibility audit, onto the test class path under {@code devhost/npm/<dir>/}.
 * Each tarball is fetched once from the npm registry into a cache outside {@code target/} (under the local Maven
 * repository), checked against the registry's SHA-512 integrity, and unpacked from there on every build, so
 * {@code mvn clean} and offline builds need no network once the cache holds it. A package that can be neither
 * found in the cache nor fetched stops the build with a message that says what to do: the dev host then has no
 * AUI, and pages tested without it would not be seen as in Confluence.
 *
 * <p>Arguments: {@code <cache dir> <class-path output dir> <spec>...} with {@code spec} as
 * {@code name@version=sha512-<base64>}, e.g. {@code @atlassian/aui@10.0.4=sha512-…}.
 */
public final class NpmPackages {
    static final String REGISTRY = "https://registry.npmjs.org/";
    /** Under the output dir; the dev host's {@link AuiResources} reads from here. */
    static final String CLASSPATH_DIR = "devhost/npm/";

    private NpmPackages() {}

    /** One pinned package; {@code dir} is where its {@code dist/} lands on the class path. */
    record Spec(String name, String version, String integrity) {
        static Spec parse(String text) {
            int equals = text.indexOf("=sha512-");
            int at = equals < 0 ? -1 : text.lastIndexOf('@', equals);
            if (at <= 0) {
                throw new IllegalArgumentException("Expected name@version=sha512-…, got " + text);
            }
            return new Spec(text.substring(0, at), text.substring(at + 1, equals), text.substring(equals + 1));
        }

        String tarball() {
            return (name.contains("/") ? name.substring(name.indexOf('/') + 1) : name) + "-" + version + ".tgz";
        }

        String url() {
            return REGISTRY + name + "/-/" + tarball();
        }

        String dir() {
            return name.replace("@", "").replace('/', '-');
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("Usage: NpmPackages <cache dir> <output dir> name@version=sha512-… ...");
        }
        Path cache = Path.of(args[0]);
        Path output = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            Spec spec = Spec.parse(args[i]);
            byte[] tarball = cached(spec, cache);
            unpackDist(tarball, output.resolve(CLASSPATH_DIR + spec.dir()));
            System.out.println("[samraad] " + spec.name() + " " + spec.version() + " for the dev host, from "
                    + cache.resolve(spec.tarball()));
        }
    }

    /** The verified tarball from the cache, fetching it first when the cache lacks it (or holds a damaged copy). */
    static byte[] cached(Spec spec, Path cache) throws IOException {
        Path file = cache.resolve(spec.tarball());
        if (Files.isRegularFile(file)) {
            byte[] bytes = Files.readAllBytes(file);
            if (matches(bytes, spec.integrity())) {
                return bytes;
            }
        }
        byte[] fetched;
        try {
            fetched = fetch(spec);
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException(cannotFetch(spec, file, e.toString()), e);
        }
        if (!matches(fetched, spec.integrity())) {
            throw new IllegalStateException(cannotFetch(spec, file,
                    "the download does not match the pinned SHA-512 integrity " + spec.integrity()));
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempFile(cache, spec.tarball(), ".part");
        Files.write(partial, fetched);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return fetched;
    }

    private static String cannotFetch(Spec spec, Path file, String why) {
        return "The dev host serves Confluence's AUI from the npm package " + spec.name() + "@" + spec.version()
                + ", which is not in the build cache and could not be fetched from " + spec.url() + " (" + why
                + "). Run the build once with network access (it is cached in " + file.getParent()
                + " afterwards), or put that tarball there as " + file.getFileName() + ".";
    }

    private static byte[] fetch(Spec spec) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(spec.url()))
                .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    static boolean matches(byte[] bytes, String integrity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(bytes);
            return MessageDigest.isEqual(digest, Base64.getDecoder().decode(integrity.substring("sha512-".length())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the package's {@code dist/} files (without source maps) and the minified scripts at its root below
     * {@code target}, replacing what was there.
     */
    static List<String> unpackDist(byte[] tarball, Path target) throws IOException {
        deleteTree(target);
        List<String> written = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tarball))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = field(header, 345, 155).isEmpty() ? field(header, 0, 100)
                        : field(header, 345, 155) + "/" + field(header, 0, 100);
                String octalSize = field(header, 124, 12).trim();
                long size = octalSize.isEmpty() ? 0 : Long.parseLong(octalSize, 8);
                byte type = header[156];
                byte[] content = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                String relative = name.substring(name.indexOf('/') + 1);
                boolean regular = type == '0' || type == 0;
                boolean dist = relative.startsWith("dist/");
                // a package without dist/ (axe-core) ships its minified script at the package root
                boolean rootScript = !relative.contains("/") && relative.endsWith(".min.js");
                if (regular && (dist || rootScript) && !relative.endsWith(".map") && !relative.contains("..")) {
                    Path file = target.resolve(dist ? relative.substring("dist/".length()) : relative);
                    Files.createDirectories(file.getParent());
                    Files.write(file, content);
                    written.add(relative);
                }
            }
        }
        if (written.isEmpty()) {
            throw new IllegalStateException("The npm tarball has no dist/ files or root scripts: " + target);
        }
        return written;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
