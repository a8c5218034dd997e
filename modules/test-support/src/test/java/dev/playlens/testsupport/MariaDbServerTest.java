package dev.playlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealServers.class)
class MariaDbServerTest {

    @Test
    void jdbcUrlReachesTheEmptyPlaylensDatabase(MariaDbServer maria) throws Exception {
        assertThat(maria.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:" + maria.port() + "/playlens?user=root");
        try (Connection c = DriverManager.getConnection(maria.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATABASE(), VERSION()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("playlens");
            assertThat(rs.getString(2)).containsIgnoringCase("mariadb");
        }
    }

    @Test
    void stopMakesConnectionsFailAndStartKeepsTheData(MariaDbServer maria) throws Exception {
        try (Connection c = DriverManager.getConnection(maria.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kept (id INT PRIMARY KEY) ENGINE=InnoDB");
            s.execute("REPLACE INTO kept VALUES (1)");
        }
        maria.stop();
        assertThatThrownBy(() -> DriverManager.getConnection(maria.jdbcUrl() + "&connectTimeout=500"))
                .isInstanceOf(SQLException.class);
        maria.start();
        try (Connection c = DriverManager.getConnection(maria.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM kept")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
