package com.monps.desktop.fx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface texts, French or English from resource bundles; French for a French locale, English otherwise. */
public final class I18n {

    private final ResourceBundle bundle;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("com.monps.desktop.i18n.messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text as written in the bundle; texts with arguments or an escaped quote ('') go through {@link #format}. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** The texts as a bundle, for the {@code %key} attributes of the FXML layouts. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }
}
