package com.monps.desktop.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a file is kept readable by its user only, with what the file store under it offers: POSIX mode 600 (Linux, macOS),
 * an ACL whose only entry is the user (Windows, NTFS), or nothing (FAT, exFAT, some network shares), which the log says.
 */
enum OwnerOnlyAccess {

    POSIX {
        @Override
        void create(Path file) throws IOException {
            // Created with its mode, so that no other user can open it between creation and chmod.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        }

        @Override
        void restrict(Path file) throws IOException {
            Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
        }
    },

    ACL {
        @Override
        void create(Path file) throws IOException {
            // Created empty with the folder's inherited ACL (in %APPDATA%: the user, SYSTEM, Administrators), restricted
            // before the secret is written.
            Files.createFile(file);
            restrict(file);
        }

        /** Replaces the ACL, inherited entries included, with one entry: the user running the desktop. */
        @Override
        void restrict(Path file) throws IOException {
            UserPrincipal user = file.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            AclEntry onlyTheUser = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(user)
                    .setPermissions(USER_PERMISSIONS).build();
            Files.getFileAttributeView(file, AclFileAttributeView.class).setAcl(List.of(onlyTheUser));
        }
    },

    NONE {
        @Override
        void create(Path file) throws IOException {
            Files.createFile(file);
            restrict(file);
        }

        @Override
        void restrict(Path file) {
            LOG.warn("the file system of {} has neither POSIX permissions nor ACLs: that file is NOT protected, anyone who "
                    + "can read its folder can read it", file);
        }
    };

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyAccess.class);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    /** Read, write, delete and manage the file; not execute, not take ownership. */
    private static final Set<AclEntryPermission> USER_PERMISSIONS = EnumSet.of(AclEntryPermission.READ_DATA,
            AclEntryPermission.WRITE_DATA, AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_NAMED_ATTRS,
            AclEntryPermission.WRITE_NAMED_ATTRS, AclEntryPermission.READ_ATTRIBUTES, AclEntryPermission.WRITE_ATTRIBUTES,
            AclEntryPermission.DELETE, AclEntryPermission.READ_ACL, AclEntryPermission.WRITE_ACL, AclEntryPermission.SYNCHRONIZE);

    /** The protection the store of {@code folder} (an existing folder) supports, POSIX first. */
    static OwnerOnlyAccess of(Path folder) throws IOException {
        FileStore store = Files.getFileStore(folder);
        if (store.supportsFileAttributeView("posix")) {
            return POSIX;
        }
        return store.supportsFileAttributeView("acl") ? ACL : NONE;
    }

    /** Creates the missing, empty {@code file} already protected. */
    abstract void create(Path file) throws IOException;

    /** Protects an existing file. */
    abstract void restrict(Path file) throws IOException;
}
