package vn.ngayhoi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngayhoi.register.DocumentNumber;
import vn.ngayhoi.register.DocumentRegister;
import vn.ngayhoi.support.IntegrationTest;

@IntegrationTest
class RegisterConcurrencyIntegrationTests {

    @Autowired
    DocumentRegister register;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    long registerUnit(String code) {
        return jdbc.sql("select id from org_unit where structure_code = '2024' and code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    @Test
    void fiftyConcurrentIssuesGetNumbers01To50WithoutDuplicateOrGap() throws Exception {
        long unit = registerUnit("15007");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<DocumentNumber>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Callable<DocumentNumber> issue = () -> {
                    start.await();
                    return transactions.execute(status -> register.take(
                            unit, LocalDate.of(2022, 9, 1), "Kế hoạch", "KH", "BCĐ", "Kế hoạch thử", "test"));
                };
                futures.add(pool.submit(issue));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<DocumentNumber> f : futures) {
                numbers.add(f.get().number());
            }
            assertThat(numbers)
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, 50).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select notation from outgoing_document where register_unit_id = ? and number in (5, 10)")
                        .param(unit)
                        .query(String.class)
                        .list())
                .containsExactly("05/KH-BCĐ", "10/KH-BCĐ");
    }

    @Test
    void aRolledBackIssueLeavesNoGapAndNumbersRestartEachYear() {
        long unit = registerUnit("15010");
        transactions.execute(
                s -> register.take(unit, LocalDate.of(2022, 3, 1), "Kế hoạch", "KH", "BCĐ", "một", "test"));
        transactions.executeWithoutResult(s -> {
            register.take(unit, LocalDate.of(2022, 3, 2), "Kế hoạch", "KH", "BCĐ", "hỏng", "test");
            s.setRollbackOnly();
        });
        DocumentNumber second = transactions.execute(
                s -> register.take(unit, LocalDate.of(2022, 3, 3), null, null, "BCĐ", "công văn", "test"));
        DocumentNumber nextYear = transactions.execute(
                s -> register.take(unit, LocalDate.of(2023, 1, 2), "Kế hoạch", "KH", "BCĐ", "năm sau", "test"));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.notation()).isEqualTo("02/BCĐ");
        assertThat(second.line()).isEqualTo("Số: 02/BCĐ");
        assertThat(nextYear.notation()).isEqualTo("01/KH-BCĐ");
    }
}
