package com.monps.core.tools;

import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import com.monps.embedded.EmbeddedDatabase;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Path;

/**
 * Regenerates the committed jOOQ classes (core/src/generated/java) from the schema as Flyway leaves it.
 * Run it with {@code core/regenerate-jooq.sh} after adding a migration.
 */
public final class JooqCodegen {

    public static final String PACKAGE = "com.monps.core.jooq";

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "core/src/generated/java");
        try (EmbeddedDatabase server = EmbeddedDatabase.startTemporary()) {
            DatabaseConfig config = new DatabaseConfig(server.jdbcUrl(), EmbeddedDatabase.USER, "");
            try (Database db = Database.connect(config)) {
                db.migrate();
            }
            GenerationTool.generate(configuration(config, target));
        }
    }

    static Configuration configuration(DatabaseConfig config, Path target) {
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(config.url()).withUser(config.user()).withPassword(config.password()))
                .withGenerator(new Generator()
                        .withDatabase(new org.jooq.meta.jaxb.Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withExcludes("flyway_schema_history|monps_.*|scheduled_tasks"))
                        .withGenerate(new Generate().withRecords(true).withPojos(false).withDaos(false).withJavaTimeTypes(true)
                                .withGeneratedAnnotation(false).withComments(false))
                        .withTarget(new Target().withPackageName(PACKAGE).withDirectory(target.toString()).withClean(true)));
    }
}
