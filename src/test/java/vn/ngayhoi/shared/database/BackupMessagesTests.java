package vn.ngayhoi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore commands speak Vietnamese, from messages_vi.properties, with numbers as
 * 1.234.567; a wrong call prints the usage and exits with 2 without touching any database.
 */
class BackupMessagesTests {

    @Test
    void theCommandsSpeakVietnamese() {
        assertThat(BackupMessages.get("written", Path.of("ngayhoi.backup"), "64", 120, 1_234_567, 42))
                .isEqualTo("Đã sao lưu vào ngayhoi.backup: lược đồ phiên bản 64, 120 bảng, 1.234.567 dòng, 42 tệp");
        assertThat(BackupMessages.get("failed.restore", "x")).isEqualTo("Khôi phục không thành công: x");

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = BackupCommand.run(new String[] {"restore"});
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("Cách dùng: java -jar ngayhoi.jar backup TỆP | restore TỆP");
    }
}
