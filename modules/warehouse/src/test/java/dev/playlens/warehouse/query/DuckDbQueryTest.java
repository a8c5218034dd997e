package dev.playlens.warehouse.query;

import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;

class DuckDbQueryTest extends QuerySuite {
    @Override
    protected Warehouse newWarehouse() {
        return Warehouses.open("duckdb:" + tmp.resolve("q.duckdb"), Credentials.none());
    }

    @Override
    protected String longQuery() {
        return "SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b";
    }

    @Override
    protected String series(int n) {
        return "SELECT range + 1 AS n FROM range(" + n + ")";
    }
}
