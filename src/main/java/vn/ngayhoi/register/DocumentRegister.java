package vn.ngayhoi.register;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the next number from an issuing body's register. Must run inside the transaction that
 * issues the document: the counter row is locked until it commits, so concurrent issues wait in
 * turn (no duplicate), and a failed issue rolls its number back with it (no gap).
 */
@Service
public class DocumentRegister {

    private final JdbcClient jdbc;

    DocumentRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentNumber take(
            long registerUnitId,
            LocalDate issuedOn,
            String typeName,
            String typeAbbreviation,
            String issuerAbbreviation,
            String subject,
            String source) {
        int year = issuedOn.getYear();
        int number =
                jdbc.sql("""
                        insert into register_counter (register_unit_id, year, last_number) values (?, ?, 1)
                        on conflict (register_unit_id, year) do update set last_number = register_counter.last_number + 1
                        returning last_number
                        """).params(registerUnitId, year).query(Integer.class).single();
        String notation = DocumentNumber.notation(number, typeAbbreviation, issuerAbbreviation);
        long id = jdbc.sql("""
                        insert into outgoing_document (register_unit_id, year, number, notation, type_name, subject, issued_on, source)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(registerUnitId, year, number, notation, typeName, subject, issuedOn, source)
                .query(Long.class)
                .single();
        return new DocumentNumber(id, year, number, notation);
    }
}
