package org.samraad.benchmark;

import com.atlassian.confluence.macro.Macro;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.samraad.action.ActionsMacro;
import org.samraad.action.RegisterBenchmark;
import org.samraad.council.CouncilOverviewMacro;
import org.samraad.council.MembersMacro;
import org.samraad.devhost.DevHost;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.RequestContext;
import org.samraad.hearing.HearingsMacro;
import org.samraad.plan.AnnualPlanMacro;
import org.samraad.plan.GettingStartedMacro;
import org.samraad.testing.EntityManagerActiveObjects;
import org.samraad.testing.SqlStatementCounter;

/**
 * The demo council space's home page ({@code /display/UDS}) macro by macro, as the site administrator sees it:
 * each of its six macros rendered in process in one conversion context and one request context per round, as a
 * page request renders them (statements alone on a page,
 * median and CPU ms), the page's body as the host renders it (storage format with the six macros), and the whole
 * page over HTTP under load from 8 connections, with each HTTP client and the server's share of the CPU.
 */
public final class HomePageBenchmark {
    private static final String SPACE = "UDS";

    private final DevHost host;

    HomePageBenchmark(DevHost host) {
        this.host = host;
    }

    private record Part(String name, Macro macro, Map<String, String> parameters) {}

    /**
     * {@code mvn -B -o -Pbenchmark -Dbenchmark.main=org.samraad.benchmark.HomePageBenchmark}: the home page alone,
     * in a fresh dev host with the demo data and no register to fill (under a minute).
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("benchmark.rounds", 200);
        int loadSeconds = Integer.getInteger("benchmark.loadSeconds", 10);
        System.out.printf(Locale.ROOT, "Load before the run (uptime): %s%n", Load.uptime());
        // the register benchmark's database (the dev host's HSQLDB, or -Dbenchmark.db=postgres)
        try (BenchmarkHost started = BenchmarkHost.start("samraad-benchmark-home")) {
            HomePageBenchmark benchmark = new HomePageBenchmark(started.host());
            benchmark.macros(rounds);
            // each client twice, in turn: what else the shared machine does then weighs on both alike
            // -Dbenchmark.clients=JAVA_HTTP_CLIENT,BLOCKING: which clients, in which order (the server warms up as
            // it goes, so a later row has an advantage)
            List<Load.Client> clients = java.util.Arrays.stream(System.getProperty("benchmark.clients",
                    "BLOCKING,URL_CONNECTION,JAVA_HTTP_CLIENT").split(",")).map(String::strip).map(Load.Client::valueOf)
                    .toList();
            benchmark.underLoad(loadSeconds, java.util.stream.Stream.concat(clients.stream(), clients.stream()).toList());
        }
        System.out.printf(Locale.ROOT, "Load after the run (uptime): %s%n", Load.uptime());
    }

    private List<Part> parts() {
        return List.of(
                new Part("samraad-getting-started", host.pluginModule(GettingStartedMacro.class), Map.of()),
                new Part("samraad-council (overview)", host.pluginModule(CouncilOverviewMacro.class), Map.of()),
                new Part("samraad-members", host.pluginModule(MembersMacro.class), Map.of()),
                new Part("samraad-annual-plan", host.pluginModule(AnnualPlanMacro.class), Map.of()),
                new Part("samraad-actions sort=organisation", host.pluginModule(ActionsMacro.class),
                        Map.of("sort", "organisation")),
                new Part("samraad-hearings", host.pluginModule(HearingsMacro.class), Map.of()));
    }

    /** Each macro's render and the page body's, round after round, then the table. */
    void macros(int rounds) throws Exception {
        long pageId = host.homePageId(SPACE);
        List<Part> parts = parts();
        int page = parts.size();
        Timings timings = new Timings(page + 1, rounds);
        for (int i = -rounds / 4; i < rounds; i++) {
            // one conversion context and one request for the page's macros, as the host renders a page
            HostConversionContext context = context(pageId);
            try (RequestContext.Binding request = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
                for (int p = 0; p < parts.size(); p++) {
                    Part part = parts.get(p);
                    if (timings.time(p, i, () -> render(part, context)) == null) {
                        throw new IllegalStateException(part.name() + " rendered nothing");
                    }
                }
            }
            String body = timings.time(page, i, () -> renderBody(pageId));
            if (!body.contains("samraad-actions-table") || body.contains("aui-message-error\">")) {
                throw new IllegalStateException("the home page rendered no register or an error:\n" + body);
            }
        }
        double[][] wall = timings.wall;
        double[][] cpu = timings.cpu;
        print(parts, wall, cpu, statements(parts, pageId));
    }

    /** Wall-clock and CPU times of each row, round by round (a negative round warms up and is not kept). */
    private static final class Timings {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final double[][] wall;
        final double[][] cpu;

        Timings(int rows, int rounds) {
            wall = new double[rows][rounds];
            cpu = new double[rows][rounds];
        }

        <T> T time(int row, int round, java.util.concurrent.Callable<T> work) throws Exception {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            T result = work.call();
            if (round >= 0) {
                wall[row][round] = (System.nanoTime() - start) / 1e6;
                cpu[row][round] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
            }
            return result;
        }
    }

    /** The whole page over HTTP from 8 connections with each client, as {@link SiteBenchmarks} prints it. */
    void underLoad(int seconds, List<Load.Client> clients) throws Exception {
        SiteBenchmarks.loadHeader(seconds);
        for (Load.Client client : clients) {
            SiteBenchmarks.throughput("demo space home page (GET /display/UDS)", client,
                    URI.create(host.baseUrl() + "/display/" + SPACE), 8, seconds);
        }
    }

    /** In the request bound by the caller. */
    private static String render(Part part, HostConversionContext context) throws Exception {
        return part.macro().execute(new HashMap<>(part.parameters()), null, context);
    }

    /** As a page request of its own: the host's reads are remembered for this render only. */
    private String renderBody(long pageId) {
        try (RequestContext.Binding request = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
            return host.renderPage(pageId, "display");
        }
    }

    private static HostConversionContext context(long pageId) {
        return new HostConversionContext(SPACE, pageId, "display");
    }

    /** Each macro's statements alone on a page, then the page body's in one render. */
    private List<Integer> statements(List<Part> parts, long pageId) throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (Part part : parts) {
            counts.add(count(() -> {
                try (RequestContext.Binding request = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
                    render(part, context(pageId));
                }
            }));
        }
        counts.add(count(() -> renderBody(pageId)));
        return counts;
    }

    private int count(SqlStatementCounter.Block block) throws Exception {
        return SqlStatementCounter.countOn(((EntityManagerActiveObjects) host.activeObjects()).entityManager(), block);
    }

    private static void print(List<Part> parts, double[][] wall, double[][] cpu, List<Integer> statements) {
        System.out.printf(Locale.ROOT, "%nDemo space home page (/display/UDS) macro by macro, as the site administrator "
                + "sees it (a macro's statements alone on a page; %s)%n%n", Load.uptime());
        System.out.printf(Locale.ROOT, "| %-44s | %10s | %9s | %9s | %9s |%n", "What", "statements", "median ms",
                "p95 ms", "CPU ms");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(12), "-".repeat(11),
                "-".repeat(11), "-".repeat(11));
        for (int p = 0; p < parts.size(); p++) {
            row(parts.get(p).name(), statements.get(p), wall[p], cpu[p]);
        }
        row("the six macros (sum)", statements.subList(0, parts.size()).stream().mapToInt(Integer::intValue).sum(),
                roundSums(wall, parts.size()), roundSums(cpu, parts.size()));
        row("page body render (storage format, 6 macros)", statements.get(parts.size()), wall[parts.size()],
                cpu[parts.size()]);
    }

    /** Per round, the sum of the first {@code parts} rows' times: the macros one after the other. */
    private static double[] roundSums(double[][] times, int parts) {
        return java.util.stream.IntStream.range(0, times[0].length)
                .mapToDouble(round -> java.util.stream.IntStream.range(0, parts).mapToDouble(p -> times[p][round]).sum())
                .toArray();
    }

    private static void row(String what, int statements, double[] wall, double[] cpu) {
        System.out.printf(Locale.ROOT, "| %-44s | %10d | %9.2f | %9.2f | %9.2f |%n", what, statements,
                new Samples(wall).median(), new Samples(wall).p95(), new Samples(cpu).median());
    }
}
