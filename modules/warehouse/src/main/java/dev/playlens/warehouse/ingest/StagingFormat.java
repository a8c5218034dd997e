package dev.playlens.warehouse.ingest;

/**
 * The text format of staging files: tab-separated, {@code \N} for null, one row a line. The two engines
 * differ only in how a value holding special characters is protected: PostgreSQL's COPY text format uses
 * backslash escapes; DuckDB's CSV reader has no such escapes, so such a value is wrapped in the quote
 * character {@code \u0001} (which valid JSON text never contains raw). Values from the fast scanner never
 * hold special characters and are written unchanged in both.
 */
enum StagingFormat {
    POSTGRES_TEXT, DUCKDB_TSV;

    static final byte QUOTE = 0x01;
}
