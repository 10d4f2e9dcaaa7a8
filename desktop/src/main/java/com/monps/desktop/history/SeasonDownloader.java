package com.monps.desktop.history;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Downloads football-data.co.uk seasons ({@code mmz4281/<season>/<division>.csv}) into a cache folder. A finished
 * season is downloaded once; the current one again when the cached copy is older than {@link #CURRENT_MAX_AGE}, since
 * the site adds each round's results to it. Without network it fails with an {@link IOException}; the caller opens empty.
 */
public final class SeasonDownloader {

    static final Duration CURRENT_MAX_AGE = Duration.ofDays(1);

    private final HttpClient http;
    private final URI base;
    private final Path cache;
    private final Clock clock;

    public SeasonDownloader(HttpClient http, URI base, Path cache, Clock clock) {
        this.http = http;
        this.base = base;
        this.cache = cache;
        this.clock = clock;
    }

    public static SeasonDownloader footballData(Path cache, Clock clock) {
        return new SeasonDownloader(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(8))
                .followRedirects(HttpClient.Redirect.NORMAL).build(), URI.create("https://www.football-data.co.uk/"), cache, clock);
    }

    /** Each of {@code seasons} as a cached file; downloads the missing ones and a stale current season, telling {@code step} of each. */
    public List<Path> fetch(List<Season> seasons, Consumer<Season> step) throws IOException {
        return fetch(seasons, false, step);
    }

    /** Each of {@code seasons} downloaded again, whatever the cache holds (the trader asked for it). */
    public List<Path> fetchAgain(List<Season> seasons) throws IOException {
        return fetch(seasons, true, name -> { });
    }

    private List<Path> fetch(List<Season> seasons, boolean again, Consumer<Season> step) throws IOException {
        Files.createDirectories(cache);
        SeasonCatalog catalog = new SeasonCatalog(clock);
        List<Path> files = new ArrayList<>();
        for (Season season : seasons) {
            Path file = file(season);
            if (again || !Files.isRegularFile(file) || catalog.isCurrent(season) && stale(file)) {
                step.accept(season);
                download(season, file);
            }
            files.add(file);
        }
        return files;
    }

    /** The current season's files already in the cache (the leagues the trader chose at the first start). */
    public List<Season> cachedCurrent() {
        int year = new SeasonCatalog(clock).currentStartYear();
        return new SeasonCatalog(clock).offered().stream()
                .filter(s -> s.startYear() == year && Files.isRegularFile(file(s))).toList();
    }

    /** Where {@code season} is cached. */
    public Path file(Season season) {
        return cache.resolve(season.code() + ".csv");
    }

    private boolean stale(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().isBefore(clock.instant().minus(CURRENT_MAX_AGE));
    }

    private void download(Season season, Path file) throws IOException {
        URI uri = base.resolve("mmz4281/" + season.folder() + "/" + season.division() + ".csv");
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered " + response.statusCode());
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("download interrupted", e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
