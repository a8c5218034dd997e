package dev.playlens.warehouse.query;

import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedshiftViaPgBouncer;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Redshift driver through pgbouncer: catalog listing must not use DatabaseMetaData (Redshift-only SQL). */
@ExtendWith(RealServers.class)
class RedshiftQueryTest extends QuerySuite {
    private final RedshiftViaPgBouncer rs;

    RedshiftQueryTest(RedshiftViaPgBouncer rs) {
        this.rs = rs;
    }

    @Override
    protected Warehouse newWarehouse() {
        return Warehouses.open(rs.newDatabase("wh_rs_query"), new Credentials(rs.user(), rs.password()));
    }

    @Override
    protected String longQuery() {
        return "SELECT pg_sleep(30)";
    }

    @Override
    protected String series(int n) {
        return "SELECT generate_series(1, " + n + ") AS n";
    }
}
