package dev.playlens.warehouse.query;

import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealServers.class)
class PostgresQueryTest extends QuerySuite {
    private final PostgresServer pg;

    PostgresQueryTest(PostgresServer pg) {
        this.pg = pg;
    }

    @Override
    protected Warehouse newWarehouse() {
        return Warehouses.open(pg.newDatabase("wh_query"), new Credentials(pg.user(), pg.password()));
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
