package vn.ngayhoi.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** Run in a child JVM: starts the embedded server, writes a row, says READY and waits to be killed. */
public final class HoldEmbeddedPostgres {

    private HoldEmbeddedPostgres() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgresServer.start(Path.of(args[0]), false);
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists survivor (note text)");
            s.execute("insert into survivor values ('written before kill -9')");
        }
        System.out.println("READY");
        System.out.flush();
        System.in.read();
    }
}
