package com.monps.bench.stats;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Loads many bets straight through COPY (setup, not measured): 10 % pending, the rest won, lost or void with the
 * payout and profit the table's constraint demands, and a closing price and CLV on four settled bets in five.
 */
public final class BetRows {

    private static final String[] OUTCOMES = {"home", "draw", "away"};
    private static final String[] BOOKMAKERS = {"pinnacle", "bet365", "williamhill", "unibet_eu", "betfair_ex_eu"};
    private static final Instant FIRST_KICK_OFF = Instant.parse("2019-08-09T19:00:00Z");

    private BetRows() {
    }

    public static void load(Connection connection, int count, long seed, String matchPrefix) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bets (match_id, home_team, away_team,"
                + " sport, league, commence_time, outcome, odds, stake, bookmaker, status, result, payout, profit,"
                + " closing_odds, clv_percent, settled_by, settled_at, placed_at) FROM STDIN WITH (FORMAT text)");
        try {
            Random random = new Random(seed);
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < count; i++) {
                line.setLength(0);
                appendBet(line, random, i, matchPrefix);
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void appendBet(StringBuilder line, Random random, int i, String matchPrefix) {
        int match = random.nextInt(50_000);
        Instant kickOff = FIRST_KICK_OFF.plus(Duration.ofHours(3L * match));
        String outcome = OUTCOMES[random.nextInt(3)];
        BigDecimal odds = BigDecimal.valueOf(1300 + random.nextInt(6700), 3);
        BigDecimal stake = BigDecimal.valueOf(100 + random.nextInt(9900), 2);
        double draw = random.nextDouble();
        String status = draw < 0.10 ? "pending" : draw < 0.12 ? "void"
                : random.nextDouble() < 0.97 / odds.doubleValue() ? "won" : "lost";
        line.append(matchPrefix).append(match).append("\tHome ").append(match % 500).append("\tAway ").append(match % 499)
                .append("\tsoccer_epl\tEPL\t").append(kickOff).append('\t').append(outcome).append('\t')
                .append(odds.toPlainString()).append('\t').append(stake.toPlainString()).append('\t')
                .append(BOOKMAKERS[i % BOOKMAKERS.length]).append('\t').append(status).append('\t');
        if (status.equals("pending")) {
            line.append("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N");
        } else {
            BigDecimal payout = switch (status) {
                case "won" -> stake.multiply(odds).setScale(2, RoundingMode.HALF_UP);
                case "void" -> stake;
                default -> BigDecimal.ZERO.setScale(2);
            };
            String result = status.equals("won") ? outcome : status.equals("void") ? "\\N" : OUTCOMES[(i + 1) % 3];
            boolean hasClose = random.nextInt(5) != 0;
            BigDecimal closing = BigDecimal.valueOf(1200 + random.nextInt(6800), 3);
            line.append(result).append('\t').append(payout.toPlainString()).append('\t')
                    .append(payout.subtract(stake).toPlainString()).append('\t')
                    .append(hasClose ? closing.toPlainString() : "\\N").append('\t')
                    .append(hasClose ? odds.divide(closing, 6, RoundingMode.HALF_UP).subtract(BigDecimal.ONE)
                            .movePointRight(2).setScale(3, RoundingMode.HALF_UP).toPlainString() : "\\N")
                    .append("\tauto\t").append(kickOff.plus(Duration.ofHours(3)));
        }
        line.append('\t').append(kickOff.minus(Duration.ofHours(1 + random.nextInt(72)))).append('\n');
    }
}
