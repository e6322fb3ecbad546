package cn.jiyuan.mediation.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs requests from real threads released at the same instant (a start gate), and prints their latencies
 * (p50, p99, max): printed, never asserted.
 */
final class Race {

    /** One answer and how long it took. */
    record Answer(HttpResponse<String> response, long millis) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }
    }

    private Race() {
    }

    static List<Answer> run(String label, List<Callable<HttpResponse<String>>> requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> request : requests) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    HttpResponse<String> response = request.call();
                    return new Answer(response, (System.nanoTime() - start) / 1_000_000);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            print(label, answers.stream().map(Answer::millis).toList());
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    static void print(String label, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("[reliability] %s: %d requests, p50 %d ms, p99 %d ms, max %d ms%n", label, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
