package com.monps.desktop.app;

import com.monps.core.testing.HistoryFiles;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeasonDownloaderTest {

    private static final String SEASON = HistoryFiles.HEADER + "\nE0,16/08/2024,20:00,Man United,Fulham,1,0,H,"
            + "1.60,4.20,5.25,1.62,4.00,5.50,1.62,4.33,5.56,1.65,4.40,5.80,1.61,4.18,5.37,1.57,4.50,6.00,1.57,4.33,6.00,1.56,4.54,6.40\n";

    @TempDir
    Path cache;

    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            byte[] body = path.equals("/mmz4281/2425/E0.csv") ? SEASON.getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopSite() {
        server.stop(0);
    }

    @Test
    void downloadsASeasonOnceThenReadsItFromTheCache() throws IOException {
        SeasonDownloader downloader = downloader();

        List<Path> first = downloader.fetch(List.of("E0_2425"), name -> { });
        List<Path> second = downloader.fetch(List.of("E0_2425"), name -> { });

        assertThat(first).isEqualTo(second).singleElement().satisfies(file -> assertThat(Files.readString(file)).isEqualTo(SEASON));
        assertThat(requested).containsExactly("/mmz4281/2425/E0.csv");
    }

    @Test
    void aMissingSeasonFailsWithTheAddressAndLeavesNoPartialFile() throws IOException {
        assertThatThrownBy(() -> downloader().fetch(List.of("F1_1819"), name -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("/mmz4281/1819/F1.csv answered 404");
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void withoutNetworkItFails() {
        URI site = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        server.stop(0);
        SeasonDownloader offline = new SeasonDownloader(HttpClient.newHttpClient(), site, cache);

        assertThatThrownBy(() -> offline.fetch(List.of("E0_2425"), name -> { })).isInstanceOf(IOException.class);
    }

    private SeasonDownloader downloader() {
        return new SeasonDownloader(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), cache);
    }
}
