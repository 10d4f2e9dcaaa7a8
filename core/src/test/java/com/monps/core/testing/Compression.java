package com.monps.core.testing;

import com.monps.core.db.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Compressed odds_h2h chunks for tests of what reads and writes them (TimescaleDB only; plain PostgreSQL skips). */
public final class Compression {

    private Compression() {
    }

    public static void assumeHypertable(Database db) {
        assumeTrue(db.engine().hypertable(), "odds_h2h is a plain table here (no TimescaleDB): nothing compresses");
    }

    /** Compresses every chunk of odds_h2h, as the policy does once they are old enough; returns how many there are. */
    public static long compressAllChunks(Database db) {
        return compressAllChunks(db, "odds_h2h");
    }

    /** The same for another price hypertable ({@code odds_lines}). */
    public static long compressAllChunks(Database db, String table) {
        long chunks = db.dsl().fetchOne("SELECT count(compress_chunk(c, if_not_compressed => true)) FROM show_chunks(CAST(? AS regclass)) c",
                table).get(0, Long.class);
        assertThat(chunks).as(table + " chunks").isPositive();
        assertThat(uncompressedChunks(db, table)).as("chunks left uncompressed").isZero();
        return chunks;
    }

    public static long uncompressedChunks(Database db) {
        return uncompressedChunks(db, "odds_h2h");
    }

    public static long uncompressedChunks(Database db, String table) {
        return db.dsl().fetchOne("""
                SELECT count(*) FROM timescaledb_information.chunks
                 WHERE hypertable_name = ? AND NOT is_compressed""", table).get(0, Long.class);
    }
}
