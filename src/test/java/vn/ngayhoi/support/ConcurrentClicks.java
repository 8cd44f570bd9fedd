package vn.ngayhoi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.shared.ConflictException;

/**
 * The same button pressed {@code n} times at once by one person (a double click, tabs): each press
 * on its own thread, all released together. Each outcome is what the press returned, or the message
 * key of the 409 it got.
 */
public final class ConcurrentClicks {

    private ConcurrentClicks() {}

    public static List<String> press(int n, UserDetailsService users, String username, Callable<String> press)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    SignedIn signedIn = new SignedIn(users);
                    signedIn.as(username);
                    try {
                        start.await();
                        return press.call();
                    } catch (ConflictException e) {
                        return e.getMessage();
                    } finally {
                        signedIn.clear();
                    }
                }));
            }
            start.countDown();
            for (Future<String> f : futures) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }
}
