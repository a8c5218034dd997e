package dev.playlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealServers.class)
class PostgresServerTest {

    @Test
    void createsInsertsAndSelectsOverJdbc(PostgresServer pg) throws SQLException {
        String url = pg.newDatabase("pg_roundtrip");
        assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + pg.port() + "/pg_roundtrip");
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE players (id INT PRIMARY KEY, name TEXT NOT NULL, score DOUBLE PRECISION)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO players VALUES (?, ?, ?)")) {
                for (int i = 1; i <= 3; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "player-" + i);
                    insert.setDouble(3, i * 1.5);
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsExactly(1, 1, 1);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), sum(score), max(name) FROM players")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getDouble(2)).isEqualTo(9.0);
                assertThat(rs.getString(3)).isEqualTo("player-3");
            }
        }
    }

    @Test
    void newDatabaseReplacesAnEarlierOneOfTheSameName(PostgresServer pg) throws SQLException {
        String url = pg.newDatabase("pg_fresh");
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE leftover (x INT)");
        }
        // An open connection to the old database must not block the drop.
        try (Connection held = DriverManager.getConnection(url, pg.user(), pg.password())) {
            assertThat(held.isValid(1)).isTrue();
            pg.newDatabase("pg_fresh");
        }
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password());
             ResultSet rs = c.getMetaData().getTables(null, "public", "leftover", null)) {
            assertThat(rs.next()).as("table from the replaced database").isFalse();
        }
    }

    @Test
    void passwordIsRequiredAndStoredAsMd5(PostgresServer pg) throws SQLException {
        assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), pg.user(), "wrong"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection c = pg.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(RedshiftViaPgBouncer.md5Secret(pg.user(), pg.password()));
        }
    }

    @Test
    void rejectsDatabaseNamesThatCouldInjectSql(PostgresServer pg) {
        assertThatThrownBy(() -> pg.newDatabase("x; DROP DATABASE playlens"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid database name");
        assertThatThrownBy(() -> pg.newDatabase("playlens")).hasMessageContaining("reserved");
    }
}
