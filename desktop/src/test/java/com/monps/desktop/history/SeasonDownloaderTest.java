package com.monps.desktop.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeasonDownloaderTest {

    private static final String SEASON = FootballDataSite.ONE_MATCH;
    private static final Instant TODAY = Instant.parse("2026-12-01T09:00:00Z");
    private static final Season FINISHED = new Season("E0", 2024);
    private static final Season CURRENT = new Season("E0", 2026);

    @TempDir
    Path cache;

    private FootballDataSite site;

    @BeforeEach
    void startSite() throws IOException {
        site = new FootballDataSite().serve(FINISHED, SEASON).serve(CURRENT, SEASON);
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void downloadsAFinishedSeasonOnceThenReadsItFromTheCache() throws IOException {
        SeasonDownloader downloader = downloader();

        List<Path> first = downloader.fetch(List.of(FINISHED), season -> { });
        Files.setLastModifiedTime(first.getFirst(), FileTime.from(TODAY.minus(Duration.ofDays(30))));
        List<Path> second = downloader.fetch(List.of(FINISHED), season -> { });

        assertThat(first).isEqualTo(second).singleElement().satisfies(file -> {
            assertThat(file.getFileName()).hasToString("E0_2425.csv");
            assertThat(Files.readString(file)).isEqualTo(SEASON);
        });
        assertThat(site.requested()).containsExactly("/mmz4281/2425/E0.csv");
    }

    @Test
    void theCurrentSeasonIsDownloadedAgainOnceItsCopyIsADayOld() throws IOException {
        SeasonDownloader downloader = downloader();
        Path file = downloader.fetch(List.of(CURRENT), season -> { }).getFirst();

        Files.setLastModifiedTime(file, FileTime.from(TODAY.minus(Duration.ofHours(23))));
        downloader.fetch(List.of(CURRENT), season -> { });
        Files.setLastModifiedTime(file, FileTime.from(TODAY.minus(Duration.ofHours(25))));
        downloader.fetch(List.of(CURRENT), season -> { });

        assertThat(site.requested()).containsExactly("/mmz4281/2627/E0.csv", "/mmz4281/2627/E0.csv");
    }

    @Test
    void aMissingSeasonFailsWithTheAddressAndLeavesNoPartialFile() throws IOException {
        assertThatThrownBy(() -> downloader().fetch(List.of(new Season("F1", 2018)), season -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("/mmz4281/1819/F1.csv answered 404");
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void withoutNetworkItFails() {
        var base = site.base();
        site.close();
        SeasonDownloader offline = new SeasonDownloader(HttpClient.newHttpClient(), base, cache, Clock.fixed(TODAY, ZoneOffset.UTC));

        assertThatThrownBy(() -> offline.fetch(List.of(FINISHED), season -> { })).isInstanceOf(IOException.class);
    }

    private SeasonDownloader downloader() {
        return new SeasonDownloader(HttpClient.newHttpClient(), site.base(), cache, Clock.fixed(TODAY, ZoneOffset.UTC));
    }
}
