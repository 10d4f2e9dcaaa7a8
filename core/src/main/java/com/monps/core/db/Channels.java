package com.monps.core.db;

import java.util.List;

/**
 * PostgreSQL NOTIFY channels written by the schema's triggers (see sql/V1__core_schema.sql), once per statement, with the
 * payload {@code {"table" : ..., "op" : INSERT|UPDATE|DELETE}}.
 */
public final class Channels {

    public static final String BETS = "monps_bets";
    public static final String ODDS = "monps_odds";
    public static final String OPPORTUNITIES = "monps_opportunities";
    public static final String MATCHES = "monps_matches";

    public static final List<String> ALL = List.of(BETS, ODDS, OPPORTUNITIES, MATCHES);

    private Channels() {
    }
}
