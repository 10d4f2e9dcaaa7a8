package com.monps.desktop.app;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code --snapshot DIR} renders the main screens to PNG files and exits; {@code --data-dir DIR} moves
 * the user data folder (default: {@link DataFolder}); {@code --startup-probe} prints the time to the first frame and
 * exits (for bench/).
 */
public record LaunchOptions(Path snapshotDir, Path dataDir, boolean startupProbe) {

    public static LaunchOptions parse(List<String> args) {
        Path snapshot = null;
        Path data = null;
        boolean probe = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--snapshot" -> snapshot = Path.of(value(args, ++i, "--snapshot"));
                case "--data-dir" -> data = Path.of(value(args, ++i, "--data-dir"));
                case "--startup-probe" -> probe = true;
                case "--run" -> { }
                default -> throw new IllegalArgumentException("unknown option '" + args.get(i)
                        + "': expected --snapshot DIR, --data-dir DIR or --startup-probe");
            }
        }
        return new LaunchOptions(snapshot, data == null ? DataFolder.ofThisMachine() : data, probe);
    }

    public boolean snapshot() {
        return snapshotDir != null;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a folder");
        }
        return args.get(index);
    }
}
