package com.monps.desktop.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Downloads football-data.co.uk seasons ({@code mmz4281/<season>/<division>.csv}) into a cache folder, keeping files
 * already there. Without network it fails with an {@link IOException} that says so; the caller opens empty.
 */
public final class SeasonDownloader {

    /** The leagues and seasons downloaded when the trader does not choose: the five big leagues, last two seasons. */
    public static final List<String> DEFAULT_FILES = List.of("E0_2324", "E0_2425", "F1_2324", "F1_2425", "D1_2324", "D1_2425",
            "I1_2324", "I1_2425", "SP1_2324", "SP1_2425");

    private final HttpClient http;
    private final URI base;
    private final Path cache;

    public SeasonDownloader(HttpClient http, URI base, Path cache) {
        this.http = http;
        this.base = base;
        this.cache = cache;
    }

    public static SeasonDownloader footballData(Path cache) {
        return new SeasonDownloader(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(8))
                .followRedirects(HttpClient.Redirect.NORMAL).build(), URI.create("https://www.football-data.co.uk/"), cache);
    }

    /** Each of {@code names} ("E0_2425": division E0, season 2024/25) as a cached file; downloads the missing ones. */
    public List<Path> fetch(List<String> names, Consumer<String> step) throws IOException {
        Files.createDirectories(cache);
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file = cache.resolve(name + ".csv");
            if (!Files.isRegularFile(file)) {
                step.accept(name);
                download(name, file);
            }
            files.add(file);
        }
        return files;
    }

    private void download(String name, Path file) throws IOException {
        String[] parts = name.split("_");
        URI uri = base.resolve("mmz4281/" + parts[1] + "/" + parts[0] + ".csv");
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
