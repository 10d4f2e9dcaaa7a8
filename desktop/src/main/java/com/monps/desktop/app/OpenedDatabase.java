package com.monps.desktop.app;

import com.monps.core.db.Database;
import com.monps.embedded.EmbeddedDatabase;

/** The database the session works on, the embedded server behind it (null for a remote profile), and a note for the user. */
record OpenedDatabase(Database database, EmbeddedDatabase embedded, String notice) implements AutoCloseable {

    @Override
    public void close() {
        database.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
