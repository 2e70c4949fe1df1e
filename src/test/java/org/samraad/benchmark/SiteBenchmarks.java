package org.samraad.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.samraad.devhost.DevHost;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.RequestContext;
import org.samraad.plan.AnnualReportMacro;

/**
 * What users open besides the register, on the benchmark's host: the REST list and the demo space's home page
 * (the council's pages with their macros) under load from several connections, the annual report of the
 * demo council over this year, and a large meeting page ({@link MeetingPageBenchmark}).
 */
public final class SiteBenchmarks {
    private SiteBenchmarks() {}

    public static void run(DevHost host, int councilId, int rounds, int loadSeconds, URI restList) throws Exception {
        HomePageBenchmark home = new HomePageBenchmark(host);
        home.macros(rounds);
        loadHeader(loadSeconds);
        URI homePage = URI.create(host.baseUrl() + "/display/UDS");
        throughput("demo space home page (GET /display/UDS)", Load.Client.BLOCKING, homePage, 8, loadSeconds);
        throughput("demo space home page (GET /display/UDS)", Load.Client.JAVA_HTTP_CLIENT, homePage, 8, loadSeconds);
        throughput("REST GET /actions?…&limit=50", Load.Client.BLOCKING, restList, 8, loadSeconds);
        throughput("REST GET /actions?…&limit=50", Load.Client.BLOCKING, restList, 16, loadSeconds);
        annualReport(host, councilId, rounds);
        new MeetingPageBenchmark(host).run(councilId, rounds);
    }

    /**
     * The heading of the table of {@link #throughput} rows. The clients run in the benchmark's JVM on the same cores
     * as the server: "server CPU" is the CPU time of the dev host's Jetty threads per request (they parse, render and
     * answer), "server share" their share of the process's CPU time (the rest: clients, GC, JIT), "process" the
     * process's CPU time over all cores.
     */
    static void loadHeader(int loadSeconds) {
        System.out.printf(Locale.ROOT, "%nUnder load (%d s after %.0f s warm-up, every answer 200; %s)%n%n", loadSeconds,
                warmUp(loadSeconds), Load.uptime());
        System.out.printf(Locale.ROOT, "| %-40s | %-37s | %5s | %7s | %6s | %6s | %10s | %6s | %7s |%n", "What", "client",
                "conns", "per s", "median", "p95 ms", "server CPU", "server", "process");
        System.out.printf(Locale.ROOT, "| %-40s | %-37s | %5s | %7s | %6s | %6s | %10s | %6s | %7s |%n", "", "", "", "",
                "ms", "", "ms/request", "share", "/ cores");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(42), "-".repeat(39), "-".repeat(7),
                "-".repeat(9), "-".repeat(8), "-".repeat(8), "-".repeat(12), "-".repeat(8), "-".repeat(9));
    }

    /**
     * Half the measured time, at least a second: with a fifth (2 s of 10) the server's CPU per page still fell by half
     * from one row to the next as the JIT compiled the request path, so whichever client ran later looked faster.
     */
    private static double warmUp(int seconds) {
        return Math.max(1, seconds / 2.0);
    }

    static void throughput(String what, Load.Client client, URI uri, int connections, int seconds) throws Exception {
        Load.Throughput measured = Load.run(client, Load.asAdmin(uri), connections, warmUp(seconds), seconds);
        System.out.printf(Locale.ROOT, "| %-40s | %-37s | %5d | %7.0f | %6.2f | %6.2f | %10.2f | %5.0f%% | %6.0f%% |%n",
                what, client.label(), connections, measured.perSecond(), measured.latency().median(),
                measured.latency().p95(), measured.serverCpuMillisPerRequest(), 100 * measured.serverShare(),
                100 * measured.processShareOfCores());
    }

    private static void annualReport(DevHost host, int councilId, int rounds) throws Exception {
        // the plugin's own macro bean, however its constructor grows
        AnnualReportMacro macro = host.pluginModule(AnnualReportMacro.class);
        Map<String, String> parameters = Map.of("council", String.valueOf(councilId), "year",
                String.valueOf(Year.now().getValue()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int i = -rounds / 4; i < rounds; i++) {
            try (RequestContext.Binding ignored = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                String html = macro.execute(new HashMap<>(parameters), null,
                        new HostConversionContext("UDS", 1L, "display"));
                if (i >= 0) {
                    wall[i] = (System.nanoTime() - start) / 1e6;
                    cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
                }
                if (!html.contains("samraad-annual-report")) {
                    throw new IllegalStateException("no report:\n" + html);
                }
            }
        }
        Samples wallTimes = new Samples(wall);
        System.out.printf(Locale.ROOT, "%n| %-44s | %9s | %9s | %9s |%n", "What", "median ms", "p95 ms", "CPU ms");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(11), "-".repeat(11), "-".repeat(11));
        System.out.printf(Locale.ROOT, "| %-44s | %9.2f | %9.2f | %9.2f |%n",
                "samraad-annual-report, demo council, " + Year.now(), wallTimes.median(), wallTimes.p95(),
                new Samples(cpu).median());
    }
}
