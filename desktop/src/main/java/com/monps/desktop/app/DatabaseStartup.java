package com.monps.desktop.app;

import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.history.Season;
import com.monps.desktop.history.SeasonDownloader;
import com.monps.desktop.settings.ConnectionProfile;
import com.monps.desktop.settings.SecretFile;
import com.monps.embedded.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens the database of the connection profile. The embedded default starts PostgreSQL in the data folder, migrates it
 * and, on the first start only, fills it with real history: from {@code MONPS_DEMO_DATA} when set, else downloaded
 * from football-data.co.uk (with no network it says so and opens empty). Runs off the FX thread.
 */
final class DatabaseStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStartup.class);

    private final Path dataDir;
    private final I18n i18n;
    private final Consumer<String> progress;
    private final Supplier<List<Season>> chooseSeasons;
    private final Clock clock;

    /** {@code chooseSeasons} names the football-data.co.uk seasons to download when MONPS_DEMO_DATA is not set (empty: none). */
    DatabaseStartup(Path dataDir, I18n i18n, Consumer<String> progress, Supplier<List<Season>> chooseSeasons, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.i18n = i18n;
        this.progress = progress;
        this.chooseSeasons = chooseSeasons;
    }

    OpenedDatabase open(ConnectionProfile profile, Supplier<Optional<String>> askPassword) throws IOException {
        return profile.isEmbedded() ? openEmbedded() : openRemote(profile, askPassword);
    }

    private OpenedDatabase openEmbedded() throws IOException {
        progress.accept(i18n.get("prepare.starting"));
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir.resolve("pg"));
        Database db = Database.connect(new DatabaseConfig(embedded.jdbcUrl(), EmbeddedDatabase.USER, ""));
        try {
            progress.accept(i18n.get("prepare.migrating"));
            db.migrate();
            return new OpenedDatabase(db, embedded, prepareDemo(db));
        } catch (IOException | RuntimeException e) {
            db.close();
            embedded.close();
            throw e;
        }
    }

    private OpenedDatabase openRemote(ConnectionProfile profile, Supplier<Optional<String>> askPassword) throws IOException {
        progress.accept(i18n.format("prepare.connecting", profile.describe()));
        String password = SecretFile.read(profile.passwordFile()).or(askPassword)
                .orElseThrow(() -> new IOException("no password for " + profile.describe()));
        // the agent owns a shared schema and migrates it; the desktop's role may not (see README, database roles)
        return new OpenedDatabase(Database.connect(profile.toConfig(password)), null, null);
    }

    /** The cache of football-data.co.uk files in the data folder. */
    SeasonDownloader downloader() {
        return SeasonDownloader.footballData(dataDir.resolve("football-data"), clock);
    }

    private String prepareDemo(Database db) throws IOException {
        DemoData demo = new DemoData(db, dataDir);
        if (demo.prepared()) {
            return null;
        }
        List<Path> files;
        String folder = System.getenv("MONPS_DEMO_DATA");
        if (folder != null && !folder.isBlank() && Files.isDirectory(Path.of(folder))) {
            files = DemoData.csvFiles(Path.of(folder));
        } else {
            List<Season> seasons = chooseSeasons.get();
            if (seasons.isEmpty()) {
                return i18n.format("prepare.skipped");
            }
            try {
                progress.accept(i18n.get("prepare.downloading"));
                files = downloader().fetch(seasons, season -> progress.accept(i18n.get("prepare.downloading") + "  " + season.label()));
            } catch (IOException e) {
                LOG.warn("football-data.co.uk unreachable, opening empty: {}", e.toString());
                return i18n.format("prepare.offline");
            }
        }
        progress.accept(i18n.format("prepare.importing", files.size()));
        DemoData.Summary summary = demo.prepare(files, step -> progress.accept(i18n.format("prepare.importing", files.size()) + "  " + step));
        LOG.info("demo data ready: {}", summary.describe());
        return null;
    }
}
