package org.samraad.devhost.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class StatementCachingDataSourceTest {
    private static final String READ = "SELECT N FROM T WHERE N >= ? ORDER BY N";

    private Connection connection;

    @Before
    public void connect() throws SQLException {
        JDBCDataSource hsql = new JDBCDataSource();
        hsql.setUrl("jdbc:hsqldb:mem:kept-" + System.nanoTime());
        hsql.setUser("SA");
        hsql.setPassword("");
        connection = new StatementCachingDataSource(hsql).getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE T (N INT)");
            statement.execute("INSERT INTO T VALUES 1, 2, 3");
        }
    }

    @After
    public void disconnect() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        connection.close();
    }

    @Test
    public void aTextPreparedAgainAfterItsStatementClosedGetsTheKeptStatement() throws SQLException {
        PreparedStatement first = connection.prepareStatement(READ);
        PreparedStatement kept = first.unwrap(PreparedStatement.class);
        first.close();

        PreparedStatement again = connection.prepareStatement(READ);

        assertSame(kept, again.unwrap(PreparedStatement.class));
        assertEquals(List.of(2, 3), read(again, 2));
    }

    @Test
    public void aKeptStatementComesBackWithoutItsParametersResultOrLimit() throws SQLException {
        PreparedStatement first = connection.prepareStatement(READ);
        first.setMaxRows(1);
        first.setInt(1, 1);
        ResultSet open = first.executeQuery();
        first.close();

        PreparedStatement again = connection.prepareStatement(READ);

        assertTrue("the result left open is closed", open.isClosed());
        assertThrows("no parameter carried over", SQLException.class, again::executeQuery);
        assertEquals("no row limit carried over", List.of(1, 2, 3), read(again, 1));
    }

    @Test
    public void aClosedStatementIsClosedForTheCaller() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(READ);
        statement.close();

        assertTrue(statement.isClosed());
        assertThrows(SQLException.class, () -> statement.setInt(1, 1));
        statement.close(); // twice is harmless, and does not give it back twice
        assertNotSame(connection.prepareStatement(READ).unwrap(PreparedStatement.class),
                connection.prepareStatement(READ).unwrap(PreparedStatement.class));
    }

    @Test
    public void aTextPreparedWhileItsStatementIsInUseGetsAStatementOfItsOwn() throws SQLException {
        PreparedStatement outer = connection.prepareStatement(READ);
        PreparedStatement inner = connection.prepareStatement(READ);

        assertNotSame(outer.unwrap(PreparedStatement.class), inner.unwrap(PreparedStatement.class));
        assertEquals(List.of(3), read(inner, 3));
        assertEquals(List.of(1, 2, 3), read(outer, 1));
    }

    @Test
    public void theLeastRecentlyUsedBeyondTheLimitAreClosedAndSoIsAllTheConnectionKeeps() throws SQLException {
        List<PreparedStatement> kept = new ArrayList<>();
        for (int i = 0; i <= StatementCachingDataSource.KEPT_PER_CONNECTION; i++) {
            PreparedStatement statement = connection.prepareStatement("SELECT N + " + i + " FROM T");
            kept.add(statement.unwrap(PreparedStatement.class));
            statement.close();
        }

        assertTrue("the oldest is closed", kept.get(0).isClosed());
        assertFalse(kept.get(1).isClosed());
        connection.prepareStatement("VALUES 1").close();
        assertTrue(kept.get(1).isClosed());
        PreparedStatement last = kept.get(kept.size() - 1);
        connection.close();
        assertTrue("closed with its connection", last.isClosed());
        connection = new StatementCachingDataSource(dataSourceOf()).getConnection();
    }

    private static JDBCDataSource dataSourceOf() {
        JDBCDataSource hsql = new JDBCDataSource();
        hsql.setUrl("jdbc:hsqldb:mem:kept-after-" + System.nanoTime());
        hsql.setUser("SA");
        hsql.setPassword("");
        return hsql;
    }

    private static List<Integer> read(PreparedStatement statement, int from) throws SQLException {
        statement.setInt(1, from);
        List<Integer> numbers = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                numbers.add(rows.getInt(1));
            }
        }
        return numbers;
    }
}
