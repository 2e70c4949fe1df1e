package org.samraad.action;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.java.ao.DBParam;
import org.samraad.benchmark.BenchmarkDatabase;
import org.samraad.benchmark.BenchmarkHost;
import org.samraad.benchmark.Breakdown;
import org.samraad.benchmark.Load;
import org.samraad.benchmark.Samples;
import org.samraad.benchmark.SiteBenchmarks;
import org.samraad.benchmark.StatementTimer;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilParameter;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberVisibility;
import org.samraad.council.OrganisationEntity;
import org.samraad.devhost.DevHost;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.RequestContext;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.mail.MailRecipients;
import org.samraad.platform.sql.AoTableNames;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.SqlStatements;
import org.samraad.testing.EntityManagerActiveObjects;
import org.samraad.testing.SqlStatementCounter;

/**
 * {@code mvn -B -o -Pbenchmark}: the action register with 100 000 actions across 50 councils in a fresh dev host
 * (HSQLDB). Prints the macro's render time for one council's first page (50 rows, filtered by organisation and
 * status) and the REST list's time for that page over HTTP beside one hand-written SQL query for the same rows (the
 * floor), with the calling thread's CPU time; then where each render's time goes, the REST list and the demo space's
 * home page under load from several connections, and the annual report. A measurement to read, not a test: nothing
 * fails on a slow machine. {@code -Dbenchmark.actions=…}, {@code -Dbenchmark.rounds=…} (200) and
 * {@code -Dbenchmark.loadSeconds=…} (10) change the size, the repetitions and the time under load;
 * {@code -Dbenchmark.scale=true} adds the scale curve ({@code -Dbenchmark.scaleSizes=1000,10000,100000,1000000});
 * {@code -Dbenchmark.site=false} leaves out the rest of the site (load, annual report, meeting page);
 * {@code -Dbenchmark.db=postgres} runs it all on PostgreSQL ({@link BenchmarkDatabase}).
 */
public final class RegisterBenchmark {
    private static final int COUNCILS = 50;
    private static final int ORGANISATIONS = 40;
    private static final String STATUSES = "open,in_progress";

    private RegisterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int actions = Integer.getInteger("benchmark.actions", 100_000);
        int rounds = Integer.getInteger("benchmark.rounds", 200);
        int loadSeconds = Integer.getInteger("benchmark.loadSeconds", 10);
        System.out.printf(Locale.ROOT, "Load before the run (uptime): %s%n", Load.uptime());
        try (BenchmarkHost benchmark = BenchmarkHost.start("samraad-benchmark")) {
            DevHost host = benchmark.host();
            BenchmarkDatabase database = benchmark.database();
            Fixture fixture = fill(host, actions);
            database.settle();
            System.out.printf(Locale.ROOT, "%nSamråd action register on %s: %,d actions, %d councils, %d organisations; "
                    + "first page of one council (50 rows, one organisation, open and in progress, %d matches)%n",
                    database.describe(), actions, COUNCILS, ORGANISATIONS, fixture.matches(host));
            Probe macro = macroRender(host, fixture);
            Probe raw = rawSql(host, fixture);
            Probe rest = restList(host, fixture, Load.Client.BLOCKING);
            Probe restUrlConnection = restList(host, fixture, Load.Client.URL_CONNECTION);
            Probe restJavaClient = restList(host, fixture, Load.Client.JAVA_HTTP_CLIENT);
            Probe restInProcess = restInProcess(host, fixture);
            Probe staticFile = Load.connection(Load.Client.BLOCKING, Load.asAdmin(URI.create(host.baseUrl()
                    + "/devhost/static/host.css")))::send;
            Map<Probe, Measured> measured = interleaved(rounds, List.of(macro, raw, rest, restUrlConnection,
                    restJavaClient, restInProcess, staticFile));
            Measured floor = measured.get(raw);
            System.out.printf(Locale.ROOT, "%n| %-44s | %9s | %9s | %9s | %10s | %8s |%n", "What (one council's first page, 50 rows)",
                    "median ms", "p95 ms", "CPU ms", "per second", "× floor");
            System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(11), "-".repeat(11),
                    "-".repeat(11), "-".repeat(12), "-".repeat(10));
            row("samraad-actions macro render (3 statements)", measured.get(macro), floor);
            row("REST …&limit=50, HTTP/1.1 blocking socket", measured.get(rest), floor);
            row("REST …&limit=50, HTTP/1.1, HttpURLConnection", measured.get(restUrlConnection), floor);
            row("REST …&limit=50, HTTP/1.1, java.net.http", measured.get(restJavaClient), floor);
            row("REST list's work in process (no HTTP)", measured.get(restInProcess), floor);
            row("HTTP alone: a 4 KB file, blocking socket", measured.get(staticFile), floor);
            row("raw SQL for the same 50 rows (1 statement)", floor, floor);
            System.out.println();
            printBreakdown("samraad-actions macro, one render", macroBreakdown(host, fixture, rounds));
            printBreakdown("REST list, one request (in process, then over " + Load.Client.BLOCKING.label() + ")",
                    restBreakdown(host, fixture, rounds,
                    measured.get(rest).wall().median()));
            if (!"false".equals(System.getProperty("benchmark.site"))) {
                SiteBenchmarks.run(host, fixture.councilId(), rounds, loadSeconds, restUri(host, fixture));
            }
        }
        if (Boolean.getBoolean("benchmark.scale")) {
            scaleCurve(rounds);
        }
        System.out.printf(Locale.ROOT, "Load after the run (uptime): %s%n", Load.uptime());
    }

    /**
     * {@code -Dbenchmark.scale=true}: the same page at 1 000, 10 000, 100 000 and 1 000 000 actions
     * ({@code -Dbenchmark.scaleSizes=…}) in one fresh host, filled up step by step: statements per render (Active
     * Objects' and raw) and the times, interleaved as above.
     */
    private static void scaleCurve(int rounds) throws Exception {
        List<Integer> sizes = Stream.of(System.getProperty("benchmark.scaleSizes", "1000,10000,100000,1000000")
                .split(",")).map(String::strip).map(Integer::valueOf).sorted().toList();
        List<String> rows = new ArrayList<>();
        String db;
        try (BenchmarkHost benchmark = BenchmarkHost.start("samraad-benchmark-scale")) {
            DevHost host = benchmark.host();
            BenchmarkDatabase database = benchmark.database();
            db = database.describe();
            Fixture fixture = fill(host, 0);
            int filled = 0;
            for (int size : sizes) {
                insert(host, fixture, size - filled);
                database.settle();
                filled = size;
                Probe macro = macroRender(host, fixture);
                Probe raw = rawSql(host, fixture);
                Probe rest = restList(host, fixture, Load.Client.BLOCKING);
                Map<Probe, Measured> measured = interleaved(rounds, List.of(macro, raw, rest));
                rows.add(String.format(Locale.ROOT, "| %,10d | %10d | %10s | %9.2f | %9.2f | %9.2f | %9.2f |", size,
                        fixture.matches(host), statements(host, fixture), measured.get(macro).wall().median(),
                        measured.get(macro).cpu().median(), measured.get(rest).wall().median(),
                        measured.get(raw).wall().median()));
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        System.out.printf(Locale.ROOT, "%nScale curve on %s: one council's first page (50 rows) as the register grows "
                + "(%s)%n%n", db, Load.uptime());
        System.out.printf(Locale.ROOT, "| %10s | %10s | %10s | %9s | %9s | %9s | %9s |%n", "actions", "matches",
                "statements", "macro ms", "macro CPU", "REST ms", "raw SQL ms");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(12), "-".repeat(12), "-".repeat(12),
                "-".repeat(11), "-".repeat(11), "-".repeat(11), "-".repeat(11));
        rows.forEach(System.out::println);
    }

    /** The statements of one macro render: Active Objects' (its SQL listener) and raw ones, as "AO + raw". */
    private static String statements(DevHost host, Fixture fixture) throws Exception {
        StatementTimer timer = new StatementTimer(host.pluginBean(TransactionalExecutorFactory.class));
        ActionReads reads = new ActionReads(host.pluginBean(CouncilService.class), host.pluginBean(SpacePermissions.class),
                new ActionsQuery(new ReadOnlySql(timer)), host.pluginBean(MemberVisibility.class),
                host.pluginBean(CurrentUser.class), host.pluginBean(TimeSource.class),
                host.pluginBean(MailRecipients.class), host.pluginBean(ActionOriginRule.class));
        ActionsMacro macro = new ActionsMacro(host.pluginBean(CouncilParameter.class), reads,
                host.pluginBean(SpacePermissions.class), host.pluginBean(MacroRenderer.class), host.pluginBean(I18n.class),
                host.pluginBean(CurrentUser.class));
        try (SqlStatementCounter ao = SqlStatementCounter.attach(
                ((EntityManagerActiveObjects) host.activeObjects()).entityManager());
                RequestContext.Binding ignored = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
            // the host reports raw statements to AO's listeners too: the counter's total holds both
            int all = ao.count(() -> macro.execute(new HashMap<>(macroParameters(fixture)), null,
                    new HostConversionContext("UDS", 1L, "display")));
            int raw = timer.drain().stream().mapToInt(StatementTimer.Timing::statements).sum();
            return (all - raw) + " + " + raw;
        }
    }

    /** One thing to time: a round of it, which returns normally or throws when the answer is wrong. */
    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    /** A probe's wall-clock and CPU times (the CPU time of the calling thread: in-process work only). */
    record Measured(Samples wall, Samples cpu) {}

    /**
     * The probes in turn, round after round, after a quarter as many rounds to warm up: whatever else the machine
     * does at the time slows them alike, so their ratios hold better than their times.
     */
    static Map<Probe, Measured> interleaved(int rounds, List<Probe> probes) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] wall = new double[probes.size()][rounds];
        double[][] cpu = new double[probes.size()][rounds];
        for (int i = -rounds / 4; i < rounds; i++) {
            for (int p = 0; p < probes.size(); p++) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                probes.get(p).run();
                if (i >= 0) {
                    wall[p][i] = (System.nanoTime() - start) / 1e6;
                    cpu[p][i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
                }
            }
        }
        Map<Probe, Measured> measured = new HashMap<>();
        for (int p = 0; p < probes.size(); p++) {
            measured.put(probes.get(p), new Measured(new Samples(wall[p]), new Samples(cpu[p])));
        }
        return measured;
    }

    private record Fixture(int councilId, int organisationId, List<Integer> councils, List<Integer> organisations) {
        long matches(DevHost host) {
            return query(host, "SELECT COUNT(*)" + from(), this, rows -> {
                rows.next();
                return rows.getLong(1);
            });
        }
    }

    /** The demo space's council plus 49 more, organisations, and the actions spread over them in batches. */
    private static Fixture fill(DevHost host, int actions) {
        int demoCouncil = host.activeObjects().find(CouncilEntity.class, "SPACE_KEY = ?", "UDS")[0].getID();
        List<Integer> councils = new ArrayList<>(List.of(demoCouncil));
        for (int i = 1; i < COUNCILS; i++) {
            councils.add(host.activeObjects().create(CouncilEntity.class, new DBParam("SPACE_KEY", "BENCH" + i),
                    new DBParam("NAME", "Benchmark council " + i), new DBParam("KIND", "SOCIAL_COUNCIL"),
                    new DBParam("VERSION", 0)).getID());
        }
        List<Integer> organisations = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            organisations.add(host.activeObjects().create(OrganisationEntity.class, new DBParam("NAME", "Organisation " + i),
                    new DBParam("KIND", "VOLUNTARY_ORGANISATION"), new DBParam("SPACE_KEY", "UDS"),
                    new DBParam("VERSION", 0)).getID());
        }
        Fixture fixture = new Fixture(demoCouncil, organisations.get(0), List.copyOf(councils), List.copyOf(organisations));
        insert(host, fixture, actions);
        return fixture;
    }

    private static Probe macroRender(DevHost host, Fixture fixture) {
        ActionsMacro macro = new ActionsMacro(host.pluginBean(CouncilParameter.class), host.pluginBean(ActionReads.class),
                host.pluginBean(SpacePermissions.class), host.pluginBean(MacroRenderer.class), host.pluginBean(I18n.class),
                host.pluginBean(CurrentUser.class));
        Map<String, String> parameters = macroParameters(fixture);
        return () -> {
            try (RequestContext.Binding ignored = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
                String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, "display"));
                if (!html.contains("samraad-actions-table")) {
                    throw new IllegalStateException("the macro rendered no table:\n" + html);
                }
            }
        };
    }

    private static Map<String, String> macroParameters(Fixture fixture) {
        return Map.of("council", String.valueOf(fixture.councilId()), "organisation",
                String.valueOf(fixture.organisationId()), "status", STATUSES, "pageSize", "50");
    }

    /** More actions over the same councils and organisations, in JDBC batches. */
    private static void insert(DevHost host, Fixture fixture, int actions) {
        long started = System.nanoTime();
        host.pluginBean(TransactionalExecutorFactory.class).createExecutor(false, false).execute((Connection c) -> {
            try {
                BulkActions.insert(c, fixture.councils(), fixture.organisations(), actions, LocalDate.now());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "Inserted %,d actions in %d ms%n", actions, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The macro's render through the real {@link ActionsMacro#execute}, with a stopwatch on each collaborator: the
     * council's statement (Active Objects), each raw statement (database and driver), the template, and the rest,
     * which is mapping rows to records and building the view.
     */
    private static Breakdown macroBreakdown(DevHost host, Fixture fixture, int rounds) throws Exception {
        StatementTimer timer = new StatementTimer(host.pluginBean(TransactionalExecutorFactory.class));
        ActionReads reads = new ActionReads(host.pluginBean(CouncilService.class), host.pluginBean(SpacePermissions.class),
                new ActionsQuery(new ReadOnlySql(timer)), host.pluginBean(MemberVisibility.class),
                host.pluginBean(CurrentUser.class), host.pluginBean(TimeSource.class),
                host.pluginBean(MailRecipients.class), host.pluginBean(ActionOriginRule.class));
        long[] council = new long[1];
        long[] template = new long[1];
        CouncilParameter councils = new CouncilParameter(host.pluginBean(CouncilService.class), host.pluginBean(I18n.class),
                host.pluginBean(CurrentUser.class)) {
            @Override
            public Optional<Council> resolve(String parameter, String spaceKey) throws MacroExecutionException {
                long start = System.nanoTime();
                try {
                    return super.resolve(parameter, spaceKey);
                } finally {
                    council[0] += System.nanoTime() - start;
                }
            }
        };
        MacroRenderer renderer = host.pluginBean(MacroRenderer.class);
        MacroRenderer timedRenderer = new MacroRenderer(null, null, null) {
            @Override
            public String render(String name, Map<String, Object> model, ConversionContext context) {
                long start = System.nanoTime();
                try {
                    return renderer.render(name, model, context);
                } finally {
                    template[0] += System.nanoTime() - start;
                }
            }
        };
        ActionsMacro macro = new ActionsMacro(councils, reads, host.pluginBean(SpacePermissions.class), timedRenderer,
                host.pluginBean(I18n.class), host.pluginBean(CurrentUser.class));
        Map<String, String> parameters = macroParameters(fixture);
        Breakdown breakdown = new Breakdown(rounds);
        for (int i = -rounds / 4; i < rounds; i++) {
            council[0] = 0;
            template[0] = 0;
            timer.drain();
            try (RequestContext.Binding ignored = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
                long start = System.nanoTime();
                macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, "display"));
                long total = System.nanoTime() - start;
                List<StatementTimer.Timing> statements = timer.drain();
                if (i < 0) {
                    continue;
                }
                breakdown.add(i, "statement 1: the council (Active Objects)", council[0]);
                long rest = total - council[0] - template[0];
                for (int s = 0; s < statements.size(); s++) {
                    StatementTimer.Timing t = statements.get(s);
                    breakdown.add(i, "statement " + (s + 2) + ": " + label(t.sql()) + ", database", t.databaseNanos());
                    breakdown.add(i, "statement " + (s + 2) + ": " + label(t.sql()) + ", driver reads rows", t.fetchNanos());
                    rest -= t.statementNanos();
                }
                breakdown.add(i, "mapping rows to records, totals and the view", rest);
                breakdown.add(i, "template (Velocity, with $t texts)", template[0]);
            }
        }
        return breakdown;
    }

    /** A statement's name in the breakdown: what it selects, briefly. */
    static String label(String sql) {
        if (sql == null) {
            return "no statement";
        }
        String upper = sql.toUpperCase(Locale.ROOT);
        int from = upper.indexOf(" FROM ");
        int columns = from < 0 ? 0 : upper.substring(0, from).split(",").length;
        return columns + (columns == 1 ? " column" : " columns") + (upper.contains(" IN (?") && upper.contains(".\"ID\" IN")
                ? " by id" : "");
    }

    private static void printBreakdown(String title, Breakdown breakdown) {
        System.out.printf(Locale.ROOT, "%nWhere the time goes: %s (medians)%n%n", title);
        System.out.printf(Locale.ROOT, "| %-52s | %9s | %7s |%n", "Phase", "median ms", "share");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%n", "-".repeat(54), "-".repeat(11), "-".repeat(9));
        breakdown.rows().forEach(System.out::println);
    }

    private static Probe rawSql(DevHost host, Fixture fixture) {
        String sql = "SELECT a." + AoTableNames.column("ID") + ", a." + AoTableNames.column("Title") + ", a."
                + AoTableNames.column("OwnerName") + ", o." + AoTableNames.column("Name") + ", a."
                + AoTableNames.column("DueDate") + ", a." + AoTableNames.column("Status") + ", a."
                + AoTableNames.column("PercentDone") + from() + " ORDER BY a." + AoTableNames.column("DueDate") + ", a."
                + AoTableNames.column("ID");
        return () -> {
            int rows = query(host, sql, fixture, result -> {
                int n = 0;
                while (n < 50 && result.next()) {
                    result.getString(2);
                    n++;
                }
                return n;
            });
            if (rows == 0) {
                throw new IllegalStateException("no rows");
            }
        };
    }

    /** What the REST list's resource method does, in this thread: the reads and the JSON, without HTTP. */
    private static Probe restInProcess(DevHost host, Fixture fixture) {
        ActionReads reads = host.pluginBean(ActionReads.class);
        ActionFilter filter = restFilter(fixture);
        ObjectMapper json = new ObjectMapper();
        return () -> {
            try (RequestContext.Binding ignored = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
                ActionPage page = reads.list(filter);
                if (page.items().isEmpty() || json.writeValueAsString(new ActionResource.ActionList(page.items(),
                        page.total(), filter.limit(), filter.offset(), page.unreached())).isEmpty()) {
                    throw new IllegalStateException("no rows");
                }
            }
        };
    }

    private static ActionFilter restFilter(Fixture fixture) {
        return ActionFilter.parse(String.valueOf(fixture.councilId()), String.valueOf(fixture.organisationId()),
                null, List.of("OPEN,IN_PROGRESS"), null, null, null, null, "50", null);
    }

    static URI restUri(DevHost host, Fixture fixture) {
        return URI.create(host.baseUrl() + "/rest/samraad/1.0/actions?councilId=" + fixture.councilId()
                + "&organisationId=" + fixture.organisationId() + "&status=OPEN,IN_PROGRESS&limit=50");
    }

    private static Probe restList(DevHost host, Fixture fixture, Load.Client client) {
        Load.Connection connection = Load.connection(client, Load.asAdmin(restUri(host, fixture)));
        return connection::send;
    }

    /**
     * The REST list's request in process, with a stopwatch on each raw statement: the same {@link ActionReads#list}
     * and the same JSON as the resource answers, then the rest of the HTTP request (Jersey, Jetty, the loopback).
     */
    private static Breakdown restBreakdown(DevHost host, Fixture fixture, int rounds, double httpMedian) throws Exception {
        StatementTimer timer = new StatementTimer(host.pluginBean(TransactionalExecutorFactory.class));
        ActionReads reads = new ActionReads(host.pluginBean(CouncilService.class), host.pluginBean(SpacePermissions.class),
                new ActionsQuery(new ReadOnlySql(timer)), host.pluginBean(MemberVisibility.class),
                host.pluginBean(CurrentUser.class), host.pluginBean(TimeSource.class),
                host.pluginBean(MailRecipients.class), host.pluginBean(ActionOriginRule.class));
        ActionFilter filter = restFilter(fixture);
        ObjectMapper json = new ObjectMapper();
        Breakdown breakdown = new Breakdown(rounds);
        for (int i = -rounds / 4; i < rounds; i++) {
            timer.drain();
            try (RequestContext.Binding ignored = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
                long start = System.nanoTime();
                ActionPage page = reads.list(filter);
                long read = System.nanoTime() - start;
                long jsonStart = System.nanoTime();
                String body = json.writeValueAsString(new ActionResource.ActionList(page.items(), page.total(),
                        filter.limit(), filter.offset(), page.unreached()));
                long written = System.nanoTime() - jsonStart;
                List<StatementTimer.Timing> statements = timer.drain();
                if (body.isEmpty() || i < 0) {
                    continue;
                }
                long rest = read;
                for (int s = 0; s < statements.size(); s++) {
                    StatementTimer.Timing t = statements.get(s);
                    breakdown.add(i, "statement " + (s + 2) + ": " + label(t.sql()) + ", database", t.databaseNanos());
                    breakdown.add(i, "statement " + (s + 2) + ": " + label(t.sql()) + ", driver reads rows", t.fetchNanos());
                    rest -= t.statementNanos();
                }
                breakdown.add(i, "statement 1: the council (AO), permissions, mapping", rest);
                breakdown.add(i, "JSON (Jackson)", written);
            }
        }
        double inProcess = breakdown.phases().stream().mapToDouble(p -> breakdown.phase(p).median()).sum();
        for (int i = 0; i < rounds; i++) {
            breakdown.add(i, "HTTP: Jetty, Jersey, loopback, client (the rest)",
                    (long) (Math.max(0, httpMedian - inProcess) * 1e6));
        }
        return breakdown;
    }

    private static String from() {
        return " FROM " + AoTableNames.table(ActionItemEntity.class) + " a LEFT JOIN " + AoTableNames.table(OrganisationEntity.class)
                + " o ON o." + AoTableNames.column("ID") + " = a." + AoTableNames.column("OrganisationId")
                + " WHERE a." + AoTableNames.column("CouncilId") + " = ? AND a." + AoTableNames.column("OrganisationId")
                + " = ? AND a." + AoTableNames.column("Status") + " IN ('OPEN', 'IN_PROGRESS')";
    }

    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T query(DevHost host, String sql, Fixture fixture, Reader<T> reader) {
        return host.pluginBean(TransactionalExecutorFactory.class).createReadOnly().execute((Connection c) -> {
            try (PreparedStatement statement = SqlStatements.prepare(c, sql)) {
                statement.setInt(1, fixture.councilId());
                statement.setInt(2, fixture.organisationId());
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void row(String what, Measured measured, Measured floor) {
        System.out.printf(Locale.ROOT, "| %-44s | %9.2f | %9.2f | %9s | %10.0f | %8.1f |%n", what, measured.wall().median(),
                measured.wall().p95(), what.contains("HTTP") ? "–" : String.format(Locale.ROOT, "%.2f",
                        measured.cpu().median()), measured.wall().perSecond(),
                measured.wall().median() / floor.wall().median());
    }
}
