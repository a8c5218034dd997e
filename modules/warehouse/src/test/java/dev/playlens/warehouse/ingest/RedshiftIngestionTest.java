package dev.playlens.warehouse.ingest;

import dev.playlens.core.sql.Engine;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedshiftViaPgBouncer;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.RedshiftDialect;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The same suite through the real Redshift JDBC driver, against PostgreSQL behind pgbouncer. */
@ExtendWith(RealServers.class)
class RedshiftIngestionTest extends IngestionSuite {
    private RedshiftViaPgBouncer rs;

    @BeforeEach
    void server(RedshiftViaPgBouncer rs) {
        this.rs = rs;
    }

    @Override
    protected Warehouse newWarehouse(String name) {
        Warehouse w = Warehouses.open(rs.newDatabase("wh_rs_" + name), new Credentials(rs.user(), rs.password()));
        assertThat(w.engine()).isEqualTo(Engine.REDSHIFT);
        assertThat(((RedshiftDialect) w.dialect()).isRealRedshift()).isFalse();
        return w;
    }
}
