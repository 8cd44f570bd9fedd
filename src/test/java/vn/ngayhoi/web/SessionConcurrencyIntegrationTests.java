package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;

/**
 * Fifty tabs of one signed-in person load the home page at the same moment. Every request writes the
 * session's missing attributes when it ends (the CSRF token is one, right after sign-in); with plain
 * inserts some of them broke the attributes' primary key and answered 500.
 */
@IntegrationTest
class SessionConcurrencyIntegrationTests {

    private static final int PARALLEL = 50;
    private static final int ROUNDS = 20;
    private static final String FRAGMENT = "/org-units/search?q=son%20ha";

    @LocalServerPort
    int port;

    @Test
    void fiftyParallelRequestsOnOneSessionToTheHomePageAndAnHtmxFragmentNeverAnswer5xx() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        int errorPages = 0;
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // A fresh session each round: its first requests are the ones that all find the
                // attributes missing at once.
                PageClient tab = PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<PageClient.Page>> answers = new ArrayList<>();
                for (int i = 0; i < PARALLEL; i++) {
                    // Half the home page, half the unit search fragment htmx fetches while typing.
                    String path = i % 2 == 0 ? "/" : FRAGMENT;
                    answers.add(pool.submit(() -> {
                        start.await();
                        return tab.get(path);
                    }));
                }
                start.countDown();
                for (int i = 0; i < PARALLEL; i++) {
                    PageClient.Page page = answers.get(i).get(60, TimeUnit.SECONDS);
                    statuses.add(page.status());
                    String expected = i % 2 == 0 ? "navbar" : "Xã Sơn Hà";
                    if (page.body().contains("id=\"error-message\"")
                            || !page.body().contains(expected)) {
                        errorPages++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).hasSize(PARALLEL * ROUNDS);
        assertThat(statuses.stream().filter(s -> s >= 500).count())
                .as("answers 5xx")
                .isZero();
        assertThat(statuses).containsOnly(200);
        assertThat(errorPages)
                .as("answers that were not the page or fragment asked for")
                .isZero();
    }
}
