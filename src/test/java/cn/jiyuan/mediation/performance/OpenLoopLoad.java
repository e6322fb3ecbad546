package cn.jiyuan.mediation.performance;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * HTTP requests at a fixed rate (an open-loop schedule): request i is due at {@code start + i / rate}, whatever
 * happened to the requests before it, and is sent by the first of {@code clients} client threads that is free. Its
 * latency runs from the moment it was due to its answer, so time spent waiting for a free client (because the
 * server answers slower than the rate) counts: a server that falls behind shows as growing latency instead of a
 * quietly lowered rate (no coordinated omission). Each client is one thread with its own HTTP/1.1 connection.
 */
final class OpenLoopLoad {

    /** What a run measured: latencies of the answered requests, errors by status (0: no answer), the achieved rate. */
    record Result(int requests, Latencies latencies, int errors, Map<Integer, Integer> statuses, double seconds,
                  double achievedPerSecond, List<String> errorSamples, double cpuMillisPerRequest) {

        String shown() {
            return String.format("%s, %d errors, %.1f answered/s", latencies.shown(), errors, achievedPerSecond);
        }
    }

    private OpenLoopLoad() {
    }

    /**
     * Sends {@code rate × duration} requests at the fixed rate from {@code clients} threads.
     *
     * @param request the i-th request (built before it is due: building is not measured)
     * @param expectedStatus the status of a successful answer (e.g. 201)
     */
    static Result run(int rate, int clients, Duration duration, int expectedStatus, IntFunction<HttpRequest> request)
            throws InterruptedException {
        int total = (int) Math.max(1, rate * duration.toMillis() / 1000);
        long interval = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        boolean[] ok = new boolean[total];
        AtomicInteger next = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        long cpu = processCpu();
        long start = System.nanoTime() + 50_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    HttpRequest r = request.apply(i);
                    long due = start + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    int status;
                    String body = null;
                    try {
                        HttpResponse<String> response = client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        status = response.statusCode();
                        body = response.body();
                    } catch (Exception e) {
                        status = 0;
                        body = e.toString();
                    }
                    long answered = System.nanoTime();
                    latencies[i] = answered - due;
                    ok[i] = status == expectedStatus;
                    statuses.merge(status, 1, Integer::sum);
                    lastAnswer.accumulateAndGet(answered, Math::max);
                    if (!ok[i] && errorSamples.size() < 3) {
                        errorSamples.add(status + " " + (body == null ? "" : body.substring(0, Math.min(300, body.length()))));
                    }
                }
            }, "open-loop-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int errors = 0;
        List<Long> good = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            if (ok[i]) {
                good.add(latencies[i]);
            } else {
                errors++;
            }
        }
        double seconds = (lastAnswer.get() - start) / 1e9;
        return new Result(total, new Latencies(good.stream().mapToLong(Long::longValue).toArray()), errors,
                new TreeMap<>(statuses), seconds, good.size() / seconds, errorSamples, (processCpu() - cpu) / 1e6 / total);
    }

    /** CPU time of this JVM (server and clients when both run here), nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
