package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.answerdesk.Tools;

/**
 * A real Dovecot IMAP server as a child process of the test: its own configuration, state and maildirs under
 * {@code target/}, plain IMAP on a free port of 127.0.0.1, one passwd-file user. No system service is involved.
 * Run as root, Dovecot's own unprivileged users (from the Debian package) run its login and auth processes and the
 * mail belongs to {@code nobody}; run as anyone else, everything runs as that user.
 */
final class DovecotServer implements AutoCloseable {

    static final String USER = "support@dovecot.test";
    static final String PASSWORD = "dovecot-secret";

    private final Path dir;
    private final int port;
    private final Process process;

    private DovecotServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** The dovecot binary, if installed. */
    static Optional<Path> binary() {
        return Tools.find("dovecot", "/usr/sbin/dovecot", "/usr/local/sbin/dovecot");
    }

    static DovecotServer start(Path binary) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "dovecot-").toAbsolutePath();
        // a temporary directory is owner-only; Dovecot's auth process (its own user) reads the passwd file
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(dir.resolve("run"));
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.writeString(dir.resolve("passwd"), USER + ":{PLAIN}" + PASSWORD + "\n");
        int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        int gid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:gid");
        String users = "";
        if (uid == 0) {
            // Dovecot refuses mail access as root: the mail belongs to nobody, which must be able to write here
            uid = 65534;
            gid = 65534;
            Files.setPosixFilePermissions(mail, PosixFilePermissions.fromString("rwxrwxrwx"));
        } else {
            String me = System.getProperty("user.name");
            users = "default_internal_user = " + me + "\ndefault_login_user = " + me + "\n";
        }
        // a port found free may be taken before Dovecot binds it on a busy machine: then another one
        for (int attempt = 1; ; attempt++) {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            DovecotServer server = launch(binary, dir, users, uid, gid, port);
            if (server.process.isAlive()) {
                return server;
            }
            String log = Files.readString(dir.resolve("stdout.log")) + readLog(dir);
            if (attempt == 3 || !log.contains("in use")) {
                throw new IllegalStateException("Dovecot did not start: " + log);
            }
        }
    }

    private static DovecotServer launch(Path binary, Path dir, String users, int uid, int gid, int port)
            throws IOException {
        Files.writeString(dir.resolve("dovecot.conf"), """
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                %2$s
                protocols = imap
                listen = 127.0.0.1
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                first_valid_uid = 1
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/passwd
                }
                userdb {
                  driver = static
                  args = uid=%3$d gid=%4$d home=%1$s/mail/%%u
                }
                mail_location = maildir:%1$s/mail/%%u/Maildir
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %5$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                """.formatted(dir, users, uid, gid, port));
        Process process = new ProcessBuilder(binary.toString(), "-F", "-c", dir.resolve("dovecot.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        var server = new DovecotServer(dir, port, process);
        await(server::accepting, up -> up || !process.isAlive(), "Dovecot listening on " + port);
        return server;
    }

    int port() {
        return port;
    }

    /** The app's IMAP settings for this server (SMTP stays GreenMail's). */
    List<String> appSettings() {
        return List.of("answerdesk.mail.imap-host=127.0.0.1", "answerdesk.mail.imap-port=" + port,
                "answerdesk.mail.imap-ssl=false", "answerdesk.mail.imap-username=" + USER,
                "answerdesk.mail.imap-password=" + PASSWORD);
    }

    /** Delivers by IMAP APPEND, as a mail client or an MDA would, byte for byte. */
    void append(byte[] source) throws MessagingException {
        try (Store store = open()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.appendMessages(new Message[] {
                new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(source))});
        }
    }

    /**
     * Takes the read permission from the stored file of the mail with this subject, as a disk or permission problem
     * would: Dovecot then ends the connection whenever the mail is fetched.
     */
    void makeUnreadable(String subject) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("mail"))) {
            List<Path> matching = files.filter(Files::isRegularFile).filter(f -> f.getParent().getFileName()
                    .toString().matches("new|cur")).filter(f -> contains(f, subject)).toList();
            if (matching.size() != 1) {
                throw new IllegalStateException("expected one stored mail with subject " + subject + ": " + matching);
            }
            Files.setPosixFilePermissions(matching.get(0), PosixFilePermissions.fromString("---------"));
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    Store open() throws MessagingException {
        var props = new Properties();
        props.put("mail.imap.peek", "true");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", port, USER, PASSWORD);
        return store;
    }

    String log() {
        return readLog(dir);
    }

    private boolean accepting() {
        try (var socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String readLog(Path dir) {
        try {
            return Files.readString(dir.resolve("dovecot.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the master stops its children
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
