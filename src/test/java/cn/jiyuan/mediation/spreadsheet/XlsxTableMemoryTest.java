package cn.jiyuan.mediation.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 rows of 20 columns written in bounded memory: a JVM of its own with the heap limited to
 * {@value #HEAP_LIMIT_MIB} MiB (a non-streaming XSSF workbook of this size needs well over a gigabyte) writes them to
 * a temporary file, while a thread samples the used heap every few milliseconds and a full GC every 10,000 rows
 * measures what stays alive. The figures are printed ({@code [xlsx] ...}); the test asserts that the write succeeds
 * within the limit, the live heap stays small and the file holds every row, never a time. A measurement of a quarter
 * of a minute: it runs with the case-volume benchmark ({@code mvn -B -Pbenchmark verify}), not in {@code mvn verify}.
 */
@org.junit.jupiter.api.Tag("benchmark")
class XlsxTableMemoryTest {

    static final int ROWS = 100_000;
    static final int COLUMNS = 20;
    static final int HEAP_LIMIT_MIB = 256;
    static final long MIB = 1024 * 1024;

    @Test
    void writes100000RowsOf20ColumnsInBoundedHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("100000-rows.xlsx");
        Path log = dir.resolve("probe.log");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_LIMIT_MIB + "m", "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), String.valueOf(ROWS), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(probe.waitFor(10, TimeUnit.MINUTES)).as("the probe finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.print(output);
        assertThat(probe.exitValue()).as(output).isZero();

        Map<String, String> figures = figures(output);
        assertThat(Long.parseLong(figures.get("rows"))).isEqualTo(ROWS);
        double livePeak = Double.parseDouble(figures.get("peakLiveHeapMiB"));
        double sampledPeak = Double.parseDouble(figures.get("peakHeapMiB"));
        assertThat(sampledPeak).as("peak used heap, sampled (MiB)").isLessThan(HEAP_LIMIT_MIB);
        assertThat(livePeak).as("peak live heap after GC (MiB)").isLessThan(64);
        // every row is in the file: counted in the sheet's XML as it streams out of the zip
        assertThat(rowsInFirstSheet(file)).isEqualTo(ROWS + 1);
        // and the temporary files of the streaming workbook are gone
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("100000-rows.xlsx",
                    "probe.log", "poifiles");
        }
        try (var poiFiles = Files.list(dir.resolve("poifiles"))) {
            assertThat(poiFiles).as("temporary files left by POI").isEmpty();
        }
    }

    static Map<String, String> figures(String output) {
        String line = output.lines().filter(l -> l.startsWith("[xlsx]")).findFirst().orElseThrow();
        Map<String, String> figures = new java.util.HashMap<>();
        for (String pair : line.substring("[xlsx]".length()).trim().split(" ")) {
            String[] kv = pair.split("=", 2);
            figures.put(kv[0], kv[1]);
        }
        return figures;
    }

    static long rowsInFirstSheet(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet).as("the first sheet").isNotNull();
            try (InputStream in = new BufferedInputStream(zip.getInputStream(sheet))) {
                return count(in, "<row ".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static long count(InputStream in, byte[] pattern) throws IOException {
        long n = 0;
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            matched = b == pattern[matched] ? matched + 1 : b == pattern[0] ? 1 : 0;
            if (matched == pattern.length) {
                n++;
                matched = 0;
            }
        }
        return n;
    }

    /** Runs in the JVM with the limited heap: writes the rows and prints the figures. */
    public static final class Probe {

        private Probe() {
        }

        public static void main(String[] args) throws Exception {
            int rows = Integer.parseInt(args[0]);
            Path file = Path.of(args[1]);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong sampledPeak = new AtomicLong(baseline);
            AtomicLong livePeak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();

            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < COLUMNS; c++) {
                columns.add(switch (c % 5) {
                    case 1 -> Column.date("日期" + c, 12);
                    case 2 -> Column.number("金额" + c, 14, "#,##0.00");
                    case 3 -> Column.number("人数" + c, 8);
                    default -> Column.text("文字" + c, 20);
                });
            }
            String[] towns = {"克井镇", "沁园街道", "五龙口镇", "梨林镇", "王屋镇"};
            LocalDate day = LocalDate.of(2024, 1, 1);
            long start = System.nanoTime();
            long written;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                written = XlsxTable.of("矛盾纠纷台账", columns).title("内存测量").filter("行数", String.valueOf(rows))
                        .write(out, sink -> {
                            Object[] values = new Object[COLUMNS];
                            for (int r = 0; r < rows; r++) {
                                for (int c = 0; c < COLUMNS; c++) {
                                    values[c] = switch (c % 5) {
                                        case 1 -> day.plusDays((r + c) % 1000);
                                        case 2 -> BigDecimal.valueOf(r * 100L + c, 2);
                                        case 3 -> r % 50 + c;
                                        default -> "（2026）第" + r + "号 " + towns[(r + c) % towns.length] + "邻里纠纷" + c;
                                    };
                                }
                                sink.row(values);
                                sink.count("镇（街道）", towns[r % towns.length]);
                                if (r % 10_000 == 9_999) {
                                    System.gc();
                                    livePeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                                }
                            }
                        });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            System.out.printf(java.util.Locale.ROOT, "[xlsx] rows=%d columns=%d seconds=%.1f peakHeapMiB=%.1f"
                            + " peakLiveHeapMiB=%.1f baselineHeapMiB=%.1f maxHeapMiB=%d fileMiB=%.1f%n", written, COLUMNS,
                    seconds, sampledPeak.get() / (double) MIB, livePeak.get() / (double) MIB,
                    baseline / (double) MIB, Runtime.getRuntime().maxMemory() / MIB, Files.size(file) / (double) MIB);
        }
    }
}
