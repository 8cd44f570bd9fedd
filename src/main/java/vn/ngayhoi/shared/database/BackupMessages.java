package vn.ngayhoi.shared.database;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The backup and restore commands' words, from the application's own {@code messages_vi.properties}
 * (keys {@code backup.cli.*}): the commands run without Spring, so they read the bundle directly, and
 * the people who run them read Vietnamese like every other screen. Numbers come out as 1.234.567.
 */
final class BackupMessages {

    static final Locale VI = Locale.forLanguageTag("vi");

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", VI);

    private BackupMessages() {}

    /** The message of {@code key} (without its {@code backup.cli.} prefix) with its arguments. */
    static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString("backup.cli." + key), VI).format(args);
    }
}
