package com.monps.desktop.fx;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class I18nTest {

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoMore() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void aFrenchSystemGetsFrenchAndAnyOtherGetsEnglish() {
        assertThat(new I18n(Locale.CANADA_FRENCH).get("dashboard.staked")).isEqualTo("Mise totale");
        assertThat(new I18n(Locale.GERMANY).get("dashboard.staked")).isEqualTo("Total staked");
        assertThat(new I18n(Locale.FRANCE).format("bet.error.oddsAboveOne", "1")).isEqualTo("La cote doit être supérieure à 1 (saisi : 1).");
        assertThat(new I18n(Locale.FRANCE).format("bet.error.notPending")).startsWith("Ce pari n'est plus en cours");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/com/monps/desktop/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
