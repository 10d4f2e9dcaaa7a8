package com.monps.desktop.packaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The platform a native library was built for, read from its header (ELF, PE or Mach-O), named as the portable
 * archives are ({@code linux-x64}, {@code windows-x64}, {@code macos-aarch64}, ...). A file name can lie; the machine
 * field of the header is what the loader checks.
 */
final class NativeArchitecture {

    private NativeArchitecture() {
    }

    static String of(byte[] header) {
        ByteBuffer bytes = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if (header.length >= 20 && bytes.getInt(0) == 0x464C457F) { // 0x7F 'E' 'L' 'F'
            return "linux-" + cpu(bytes.getShort(18) & 0xFFFF, 0x3E, 0xB7);
        }
        if (header.length >= 64 && (bytes.getShort(0) & 0xFFFF) == 0x5A4D) { // 'M' 'Z', then the PE header at e_lfanew
            int pe = bytes.getInt(0x3C);
            if (pe + 6 <= header.length && bytes.getInt(pe) == 0x00004550) {
                return "windows-" + cpu(bytes.getShort(pe + 4) & 0xFFFF, 0x8664, 0xAA64);
            }
        }
        if (header.length >= 8 && bytes.getInt(0) == 0xFEEDFACF) { // 64-bit Mach-O, little-endian
            return "macos-" + cpu(bytes.getInt(4), 0x01000007, 0x0100000C);
        }
        return "unknown";
    }

    private static String cpu(int machine, int x64, int aarch64) {
        if (machine == x64) {
            return "x64";
        }
        return machine == aarch64 ? "aarch64" : "machine-0x" + Integer.toHexString(machine);
    }
}
