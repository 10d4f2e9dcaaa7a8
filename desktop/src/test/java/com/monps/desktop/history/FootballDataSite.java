package com.monps.desktop.history;

import com.monps.core.testing.HistoryFiles;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local stand-in for football-data.co.uk: serves the season files it was given, 404 for the others, and logs requests. */
public final class FootballDataSite implements AutoCloseable {

    /** A season file of one match, Man United 1-0 Fulham, with the prices of eight bookmakers. */
    public static final String ONE_MATCH = HistoryFiles.HEADER + "\nE0,16/08/2024,20:00,Man United,Fulham,1,0,H,"
            + "1.60,4.20,5.25,1.62,4.00,5.50,1.62,4.33,5.56,1.65,4.40,5.80,1.61,4.18,5.37,1.57,4.50,6.00,1.57,4.33,6.00,1.56,4.54,6.40\n";

    private final HttpServer server;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    public FootballDataSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            String body = files.get(path);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** Serves {@code csv} as {@code /mmz4281/<folder>/<division>.csv}. */
    public FootballDataSite serve(Season season, String csv) {
        files.put("/mmz4281/" + season.folder() + "/" + season.division() + ".csv", csv);
        return this;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public List<String> requested() {
        return List.copyOf(requested);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
