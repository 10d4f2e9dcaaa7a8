package com.monps.desktop.app;

import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.settings.ConnectionProfile;
import com.monps.desktop.settings.SecretFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemoteProfileTest {

    @TempDir
    Path folder;

    @Test
    void aRemoteProfileConnectsWithThePasswordFileAndAsksNothing() throws Exception {
        try (Database shared = TestDatabase.fresh()) {
            ConnectionProfile profile = profileOf(shared, folder.resolve("db.pass"));
            SecretFile.write(profile.passwordFile(), "from-the-file");
            List<String> asked = new ArrayList<>();

            try (OpenedDatabase opened = startup().open(profile, () -> {
                asked.add("password");
                return Optional.empty();
            })) {
                assertThat(opened.embedded()).isNull();
                assertThat(opened.database().dsl().fetchCount(com.monps.core.jooq.Tables.BETS)).isZero();
            }
            assertThat(asked).isEmpty();
        }
    }

    @Test
    void withoutAPasswordFileItAsksAndRefusesToGoOnWithoutAnAnswer() throws Exception {
        try (Database shared = TestDatabase.fresh()) {
            ConnectionProfile profile = profileOf(shared, folder.resolve("missing.pass"));

            assertThatThrownBy(() -> startup().open(profile, Optional::empty)).hasMessage("no password for " + profile.describe());
        }
    }

    private DatabaseStartup startup() {
        return new DatabaseStartup(folder, new I18n(Locale.ENGLISH), step -> { }, List::of, Clock.systemUTC());
    }

    private static ConnectionProfile profileOf(Database db, Path passwordFile) {
        URI uri = URI.create(db.config().url().substring("jdbc:".length()));
        return new ConnectionProfile("remote", uri.getHost(), uri.getPort(), uri.getPath().substring(1), db.config().user(), passwordFile);
    }
}
