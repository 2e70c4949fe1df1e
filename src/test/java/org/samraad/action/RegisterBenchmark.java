package org.samraad.action;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.java.ao.DBParam;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilParameter;
import org.samraad.council.OrganisationEntity;
import org.samraad.devhost.DevHost;
import org.samraad.devhost.DevHostOptions;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.RequestContext;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.sql.AoTableNames;
import org.samraad.platform.sql.SqlStatements;

/**
 * {@code mvn -B -o -Pbenchmark}: the action register with 100 000 actions across 50 councils in a fresh dev host
 * (HSQLDB). Prints the macro's render time for one council's first page (50 rows, filtered by organisation and
 * status) beside one hand-written SQL query for the same rows, and the REST list's throughput for that page over
 * HTTP. A measurement to read, not a test: nothing fails on a slow machine.
 * {@code -Dbenchmark.actions=…} and {@code -Dbenchmark.rounds=…} change the size and the repetitions.
 */
public final class RegisterBenchmark {
    private static final int COUNCILS = 50;
    private static final int ORGANISATIONS = 40;
    private static final String STATUSES = "open,in_progress";

    private RegisterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int actions = Integer.getInteger("benchmark.actions", 100_000);
        int rounds = Integer.getInteger("benchmark.rounds", 200);
        Path home = Files.createTempDirectory("samraad-benchmark");
        try (DevHost host = DevHost.start(DevHostOptions.of(0, home))) {
            Fixture fixture = fill(host, actions);
            System.out.printf(Locale.ROOT, "%nSamråd action register: %,d actions, %d councils, %d organisations; "
                    + "first page of one council (50 rows, one organisation, open and in progress, %d matches)%n",
                    actions, COUNCILS, ORGANISATIONS, fixture.matches(host));
            double[] macro = macroRender(host, fixture, rounds);
            double[] raw = rawSql(host, fixture, rounds);
            double[] rest = restList(host, fixture, rounds);
            System.out.printf(Locale.ROOT, "%n| %-44s | %10s | %10s | %12s |%n", "What", "median ms", "p95 ms", "per second");
            System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(12), "-".repeat(12), "-".repeat(14));
            row("samraad-actions macro render (3 statements)", macro);
            row("raw SQL for the same 50 rows (1 statement)", raw);
            row("REST GET /actions?…&limit=50 over HTTP", rest);
            System.out.println();
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Fixture(int councilId, int organisationId) {
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
        long started = System.nanoTime();
        host.pluginBean(TransactionalExecutorFactory.class).createExecutor(false, false).execute((Connection c) -> {
            try {
                BulkActions.insert(c, councils, organisations, actions, LocalDate.now());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "Inserted %,d actions in %d ms%n", actions, (System.nanoTime() - started) / 1_000_000);
        return new Fixture(demoCouncil, organisations.get(0));
    }

    private static double[] macroRender(DevHost host, Fixture fixture, int rounds) throws Exception {
        ActionsMacro macro = new ActionsMacro(host.pluginBean(CouncilParameter.class), host.pluginBean(ActionReads.class),
                host.pluginBean(SpacePermissions.class), host.pluginBean(MacroRenderer.class), host.pluginBean(I18n.class));
        Map<String, String> parameters = Map.of("council", String.valueOf(fixture.councilId()),
                "organisation", String.valueOf(fixture.organisationId()), "status", STATUSES, "pageSize", "50");
        double[] millis = new double[rounds];
        for (int i = -rounds / 4; i < rounds; i++) {
            try (RequestContext.Binding ignored = RequestContext.bind(DemoUsers.ADMIN, Locale.ENGLISH)) {
                long start = System.nanoTime();
                String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, "display"));
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                if (!html.contains("samraad-actions-table")) {
                    throw new IllegalStateException("the macro rendered no table:\n" + html);
                }
            }
        }
        return millis;
    }

    private static double[] rawSql(DevHost host, Fixture fixture, int rounds) {
        String sql = "SELECT a." + AoTableNames.column("ID") + ", a." + AoTableNames.column("Title") + ", a."
                + AoTableNames.column("OwnerName") + ", o." + AoTableNames.column("Name") + ", a."
                + AoTableNames.column("DueDate") + ", a." + AoTableNames.column("Status") + ", a."
                + AoTableNames.column("PercentDone") + from() + " ORDER BY a." + AoTableNames.column("DueDate") + ", a."
                + AoTableNames.column("ID");
        double[] millis = new double[rounds];
        for (int i = -rounds / 4; i < rounds; i++) {
            long start = System.nanoTime();
            int rows = query(host, sql, fixture, result -> {
                int n = 0;
                while (n < 50 && result.next()) {
                    result.getString(2);
                    n++;
                }
                return n;
            });
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            if (rows == 0) {
                throw new IllegalStateException("no rows");
            }
        }
        return millis;
    }

    private static double[] restList(DevHost host, Fixture fixture, int rounds) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(host.baseUrl() + "/rest/samraad/1.0/actions?councilId="
                        + fixture.councilId() + "&organisationId=" + fixture.organisationId() + "&status=OPEN,IN_PROGRESS&limit=50"))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .build();
        double[] millis = new double[rounds];
        for (int i = -rounds / 4; i < rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        }
        return millis;
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

    private static void row(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))];
        double mean = Arrays.stream(millis).average().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "| %-44s | %10.2f | %10.2f | %12.0f |%n", what, median, p95, 1000 / mean);
    }
}
