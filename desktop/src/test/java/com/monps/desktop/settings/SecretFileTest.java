package com.monps.desktop.settings;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretFileTest {

    @TempDir
    Path folder;

    @Test
    void onPosixFileSystemsTheFileHasMode600EvenWhenItExistedWithWiderRights() throws IOException {
        Path file = Files.writeString(folder.resolve("db.pass"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecretFile.write(file, "s3cret");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretFile.read(file)).contains("s3cret");
    }

    @Test
    void onWindowsTheAclHasOneEntryTheUserWhoMayReadAndWriteButNotExecute() throws IOException {
        try (FileSystem ntfs = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "dos", "acl").build())) {
            Path file = ntfs.getPath("C:\\Users\\trader\\AppData\\Roaming\\Mon_PS\\db.pass");

            SecretFile.write(file, "s3cret");

            List<AclEntry> acl = Files.getFileAttributeView(file, AclFileAttributeView.class).getAcl();
            assertThat(acl).hasSize(1);
            assertThat(acl.getFirst().type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(acl.getFirst().principal().getName()).isEqualTo(System.getProperty("user.name"));
            assertThat(acl.getFirst().permissions()).contains(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA)
                    .doesNotContain(AclEntryPermission.EXECUTE, AclEntryPermission.WRITE_OWNER);
            assertThat(SecretFile.read(file)).contains("s3cret");
        }
    }

    @Test
    void anExistingFileOnWindowsLosesTheEntriesItInheritedForOtherUsers() throws IOException {
        try (FileSystem ntfs = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "acl").build())) {
            Path file = Files.createDirectories(ntfs.getPath("C:\\share")).resolve("agent.token");
            Files.writeString(file, "old");
            AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
            view.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW)
                    .setPrincipal(ntfs.getUserPrincipalLookupService().lookupPrincipalByName("Everyone"))
                    .setPermissions(AclEntryPermission.READ_DATA).build()));

            SecretFile.write(file, "token");

            assertThat(view.getAcl()).extracting(entry -> entry.principal().getName()).containsExactly(System.getProperty("user.name"));
        }
    }

    @Test
    void aFileSystemWithoutPermissionsStillGetsTheSecretAndTheLogSaysItIsNotProtected() throws IOException {
        Logger log = (Logger) LoggerFactory.getLogger(OwnerOnlyAccess.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try (FileSystem fat = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setRoots("C:\\", "E:\\").setAttributeViews("basic", "dos").build())) {
            Path file = fat.getPath("E:\\monps\\db.pass");

            SecretFile.write(file, "s3cret");

            assertThat(SecretFile.read(file)).contains("s3cret");
            assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("the file system of "
                    + file + " has neither POSIX permissions nor ACLs: that file is NOT protected, anyone who can read its "
                    + "folder can read it");
            assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(message -> message.contains("s3cret"));
        } finally {
            log.detachAppender(appender);
        }
    }
}
