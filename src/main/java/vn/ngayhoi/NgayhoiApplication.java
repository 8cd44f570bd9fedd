package vn.ngayhoi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Ngày hội: the yearly "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" campaign system. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NgayhoiApplication {

    public static void main(String[] args) {
        if (vn.ngayhoi.shared.database.BackupCommand.handles(args)) {
            System.exit(vn.ngayhoi.shared.database.BackupCommand.run(args));
        }
        SpringApplication.run(NgayhoiApplication.class, args);
    }
}
