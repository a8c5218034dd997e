package dev.playlens.warehouse.ingest;

import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealServers.class)
class PostgresIngestionTest extends IngestionSuite {
    private PostgresServer pg;

    @BeforeEach
    void server(PostgresServer pg) {
        this.pg = pg;
    }

    @Override
    protected Warehouse newWarehouse(String name) {
        return Warehouses.open(pg.newDatabase("wh_pg_" + name), new Credentials(pg.user(), pg.password()));
    }
}
