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
        System.out.printf(Locale.ROOT, "%nUnder load (%d s after %d s warm-up, every answer 200; %s)%n%n", loadSeconds,
                Math.max(1, loadSeconds / 5), Load.uptime());
        System.out.printf(Locale.ROOT, "| %-44s | %11s | %10s | %9s | %9s |%n", "What", "connections", "per second",
                "median ms", "p95 ms");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(13), "-".repeat(12),
                "-".repeat(11), "-".repeat(11));
        URI home = URI.create(host.baseUrl() + "/display/UDS");
        throughput("demo space home page (GET /display/UDS)", home, 8, loadSeconds);
        throughput("REST GET /actions?…&limit=50", restList, 8, loadSeconds);
        throughput("REST GET /actions?…&limit=50", restList, 16, loadSeconds);
        annualReport(host, councilId, rounds);
        new MeetingPageBenchmark(host).run(councilId, rounds);
    }

    private static void throughput(String what, URI uri, int connections, int seconds) throws Exception {
        Load.Throughput measured = Load.run(Load.asAdmin(uri), connections, Math.max(1, seconds / 5.0), seconds);
        System.out.printf(Locale.ROOT, "| %-44s | %11d | %10.0f | %9.2f | %9.2f |%n", what, connections,
                measured.perSecond(), measured.latency().median(), measured.latency().p95());
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
            try (RequestContext.Binding ignored = RequestContext.bind(DemoUsers.ADMIN, Locale.ENGLISH)) {
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
