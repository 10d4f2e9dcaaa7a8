package com.monps.desktop.packaging;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a portable archive holds, read once: its files with their Unix modes, and inside its jars the native libraries
 * (with their header) and the embedded PostgreSQL bundles ({@code postgres-*.txz}).
 */
record PortableArchive(Map<String, Integer> modes, List<NestedNative> natives, List<String> postgresBundles) {

    /** A native library inside a jar of the archive. */
    record NestedNative(String jar, String name, byte[] header) {
    }

    private static final int HEADER_BYTES = 4096;

    static PortableArchive read(Path file) throws IOException {
        PortableArchive archive = new PortableArchive(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
        if (file.getFileName().toString().endsWith(".tar.gz")) {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(file)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    archive.add(entry, entry.getMode(), tar);
                }
            }
        } else {
            // ZipFile, not a stream: the Unix modes are in the central directory at the end.
            try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
                for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        archive.add(entry, entry.getUnixMode(), in);
                    }
                }
            }
        }
        return archive;
    }

    private void add(ArchiveEntry entry, int mode, InputStream content) throws IOException {
        if (entry.isDirectory()) {
            return;
        }
        modes.put(entry.getName(), mode & 0777);
        if (entry.getName().endsWith(".jar")) {
            readJar(entry.getName(), content.readAllBytes());
        }
    }

    private void readJar(String jar, byte[] content) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (name.matches(".*\\.(so|dll|dylib|jnilib)$")) {
                    natives.add(new NestedNative(jar, name, in.readNBytes(HEADER_BYTES)));
                } else if (name.matches("postgres-.*\\.txz")) {
                    postgresBundles.add(name);
                }
            }
        }
    }
}
