package com.monps.core.teams;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TeamNamesTest {

    @Test
    void normalisingDropsAccentsCasePunctuationAndClubFormWords() {
        assertThat(TeamNames.normalise("Atlético Madrid")).isEqualTo("atletico madrid");
        assertThat(TeamNames.normalise("Nott'm Forest")).isEqualTo("nottm forest");
        assertThat(TeamNames.normalise("1. FC Köln")).isEqualTo("koln");
        assertThat(TeamNames.normalise("AFC Bournemouth")).isEqualTo("bournemouth");
        assertThat(TeamNames.normalise("Saint-Étienne")).isEqualTo("st etienne");
        assertThat(TeamNames.normalise("Brighton & Hove Albion")).isEqualTo("brighton and hove albion");
        assertThat(TeamNames.normalise("FC St. Pauli")).isEqualTo("st pauli");
        assertThat(TeamNames.normalise("LOSC")).as("only form words: kept").isEqualTo("losc");
    }

    @Test
    void theOddsApiNamesMeetTheFootballDataNamesOfTheirClub() {
        TeamNames epl = TeamNames.forLeague("soccer_epl");
        assertThat(epl.key("Manchester United")).isEqualTo(epl.key("Man United"));
        assertThat(epl.key("Nottingham Forest")).isEqualTo(epl.key("Nott'm Forest"));
        assertThat(epl.key("Wolverhampton Wanderers")).isEqualTo(epl.key("Wolves"));
        assertThat(epl.key("AFC Bournemouth")).isEqualTo(epl.key("Bournemouth"));
        TeamNames liga = TeamNames.forLeague("soccer_spain_la_liga");
        assertThat(liga.key("Atlético Madrid")).isEqualTo(liga.key("Ath Madrid"));
        assertThat(liga.key("Athletic Bilbao")).isEqualTo(liga.key("Ath Bilbao"));
        TeamNames bundesliga = TeamNames.forLeague("soccer_germany_bundesliga");
        assertThat(bundesliga.key("1. FC Köln")).isEqualTo(bundesliga.key("FC Koln"));
        assertThat(bundesliga.key("Borussia Mönchengladbach")).isEqualTo(bundesliga.key("M'gladbach"));
        assertThat(bundesliga.key("VfL Bochum")).isEqualTo(bundesliga.key("Bochum"));
        TeamNames ligue1 = TeamNames.forLeague("soccer_france_ligue_one");
        assertThat(ligue1.key("Paris Saint Germain")).isEqualTo(ligue1.key("Paris SG"));
        assertThat(ligue1.key("Saint Etienne")).isEqualTo(ligue1.key("St Etienne"));
        assertThat(ligue1.key("AS Monaco")).isEqualTo(ligue1.key("Monaco"));
        assertThat(TeamNames.forLeague("soccer_italy_serie_a").key("Inter Milan")).isEqualTo("inter");
        assertThat(TeamNames.forLeague("soccer_efl_champ").key("Sheffield Wednesday")).isEqualTo("sheffield weds");
    }

    @Test
    void twoClubsNeverShareAKey() {
        TeamNames epl = TeamNames.forLeague("soccer_epl");
        assertThat(epl.key("Manchester City")).isNotEqualTo(epl.key("Man United"));
        assertThat(epl.key("Sheffield Wednesday")).isNotEqualTo(epl.key("Sheffield United"));
        assertThat(TeamNames.forLeague("soccer_spain_la_liga").key("Real Madrid"))
                .isNotEqualTo(TeamNames.forLeague("soccer_spain_la_liga").key("Atlético Madrid"));
        TeamNames ligue1 = TeamNames.forLeague("soccer_france_ligue_one");
        assertThat(ligue1.key("Paris FC")).isNotEqualTo(ligue1.key("Paris Saint-Germain"));
        assertThat(TeamNames.forLeague("soccer_germany_bundesliga").key("Borussia Dortmund"))
                .isNotEqualTo(TeamNames.forLeague("soccer_germany_bundesliga").key("Borussia Monchengladbach"));
    }

    @Test
    void anUnknownNameOrLeagueIsMatchedOnlyWhenWrittenTheSameWay() {
        assertThat(TeamNames.forLeague("soccer_epl").key("Coventry City")).isEqualTo("coventry");
        assertThat(TeamNames.forLeague("soccer_epl").key("Sunderland AFC")).isEqualTo("sunderland");
        TeamNames mls = TeamNames.forLeague("soccer_usa_mls");
        assertThat(mls.key("Inter Miami CF")).isEqualTo("inter miami").isNotEqualTo(mls.key("Inter"));
    }

    @Test
    void aTableGivingOneNameToTwoClubsIsRefusedNamingTheLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TeamNames.parse(List.of("soccer_epl | Man United | Manchester",
                        "# a comment", "soccer_epl | Man City | Manchester")))
                .withMessage("team aliases line 3: 'Manchester' in soccer_epl would be both 'man united' and 'man city'");
        assertThatIllegalArgumentException().isThrownBy(() -> TeamNames.parse(List.of("soccer_epl | Man United")))
                .withMessageContaining("line 1: expected 'leagues | name | alias ...'");
    }
}
