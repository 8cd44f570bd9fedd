package vn.ngayhoi.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.IntegrationTest;

/**
 * Reading a campaign takes one pooled connection at a time. It once read the slogans from inside the
 * campaign's row mapper, on a second connection while the first was held: ten requests at once (the
 * pool's size) then held every connection and waited for one more, until the pool timed out.
 */
@IntegrationTest
class CampaignConcurrencyIntegrationTests {

    private static final int THREADS = 40;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    JdbcClient jdbc;

    @Test
    void moreReadersThanPooledConnectionsDoNotWaitForEachOther() throws Exception {
        long id = jdbc.sql(
                        "select c.id from campaign c where exists (select 1 from campaign_slogan s where s.campaign_id = c.id)"
                                + " order by c.id limit 1")
                .query(Long.class)
                .single();
        List<String> slogans = jdbc.sql("select text from campaign_slogan where campaign_id = ? order by position")
                .param(id)
                .query(String.class)
                .list();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> readers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    List<String> last = null;
                    for (int n = 0; n < 20; n++) {
                        last = campaigns.systemFind(id).orElseThrow().sloganTemplates();
                    }
                    return last;
                }));
            }
            start.countDown();
            for (Future<List<String>> r : readers) {
                assertThat(r.get(20, TimeUnit.SECONDS)).isEqualTo(slogans);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(slogans).isNotEmpty();
    }
}
