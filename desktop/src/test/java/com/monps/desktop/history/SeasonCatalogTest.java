package com.monps.desktop.history;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SeasonCatalogTest {

    @Test
    void onTheFirstOfDecember2026TheCurrentSeason2026To27ComesFirst() {
        SeasonCatalog catalog = catalogOn("2026-12-01T10:00:00Z");

        assertThat(catalog.offered()).first().satisfies(first -> {
            assertThat(first.label()).isEqualTo("Premier League 2026/27");
            assertThat(first.code()).isEqualTo("E0_2627");
        });
        assertThat(catalog.offered()).extracting(Season::label).contains("Premier League 2025/26", "La Liga 2017/18")
                .doesNotContain("Premier League 2027/28", "Premier League 2016/17").hasSize(60);
        assertThat(catalog.defaults()).extracting(Season::label).containsExactly("Premier League 2026/27", "Ligue 1 2026/27",
                "Bundesliga 2026/27", "Serie A 2026/27", "La Liga 2026/27", "Premier League 2025/26", "Ligue 1 2025/26",
                "Bundesliga 2025/26", "Serie A 2025/26", "La Liga 2025/26");
    }

    @Test
    void inJulyTheSeasonThatEndedInMayIsStillTheCurrentOne() {
        assertThat(catalogOn("2026-07-31T23:00:00Z").offered().getFirst().label()).isEqualTo("Premier League 2025/26");
        assertThat(catalogOn("2026-08-01T00:00:00Z").offered().getFirst().label()).isEqualTo("Premier League 2026/27");
    }

    @Test
    void aSeasonCrossingTheCenturyIsNamedAsTheSiteNamesItsFolder() {
        Season season = new Season("SP1", 1999);

        assertThat(season.folder()).isEqualTo("9900");
        assertThat(season.label()).isEqualTo("La Liga 1999/00");
    }

    private static SeasonCatalog catalogOn(String instant) {
        return new SeasonCatalog(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }
}
