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
        long chunks = db.dsl().fetchOne("SELECT count(compress_chunk(c, if_not_compressed => true)) FROM show_chunks('odds_h2h') c")
                .get(0, Long.class);
        assertThat(chunks).as("odds_h2h chunks").isPositive();
        assertThat(uncompressedChunks(db)).as("chunks left uncompressed").isZero();
        return chunks;
    }

    public static long uncompressedChunks(Database db) {
        return db.dsl().fetchOne("""
                SELECT count(*) FROM timescaledb_information.chunks
                 WHERE hypertable_name = 'odds_h2h' AND NOT is_compressed""").get(0, Long.class);
    }
}
