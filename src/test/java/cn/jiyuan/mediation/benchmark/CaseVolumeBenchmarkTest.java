package cn.jiyuan.mediation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.ledger.CaseLedger;
import cn.jiyuan.mediation.ledger.CaseLedgerWorkbook;
import cn.jiyuan.mediation.ledger.LedgerFilter;
import cn.jiyuan.mediation.ledger.LedgerPage;
import cn.jiyuan.mediation.ledger.LedgerRequest;
import cn.jiyuan.mediation.ledger.LedgerSort;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.organization.importing.OrganizationImportService;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.screening.ScreeningAtScaleTestBase;
import cn.jiyuan.mediation.statistics.Overview;
import cn.jiyuan.mediation.statistics.StatisticsQuery;
import cn.jiyuan.mediation.statistics.StatisticsService;
import cn.jiyuan.mediation.support.OnPostgres;

/**
 * The supervisors' speed at the city's full size (issue 12, item 5): a million cases over three years in a real
 * PostgreSQL, then the statistics overview (target 1 s), the ledger's first page with the filters the ledger offers
 * (300 ms) and the Excel export of 100,000 rows (256 MiB of heap). Prints every figure ({@code [bench]} lines),
 * says which targets are met and which are missed, and writes them to target/benchmark/bench-results.json.
 *
 * <p>A benchmark, not a test: it asserts only that it measured something real (the rows are there), never a time,
 * so a slow figure is reported rather than failing the build. Tagged "benchmark", which the default build excludes;
 * it runs with {@code mvn -B -Pbenchmark verify} (profile in the pom: -Xmx256m for the whole test JVM, so the
 * export's heap is measured under the limit it must keep). System properties: {@code bench.cases} (1000000),
 * {@code bench.runs} (3 measured runs per figure after a warm-up), {@code bench.exportRows} (100000).
 *
 * <p>The platform runs as in production (profile "postgres", no demo data) on a fresh database of the embedded
 * PostgreSQL server the PostgreSQL tests use; the organization is the full-size registry of the screening scale
 * test (16 towns, 534 villages, 550 committees). The callers are built directly as the authentication would: the
 * bureau's grassroots section (the whole city) and 克井镇's justice office (its town).
 */
@Tag("benchmark")
@OnPostgres
@SpringBootTest(properties = {"mediation.admin.password=admin-secret", "camunda.bpm.job-execution.enabled=false"})
class CaseVolumeBenchmarkTest {

    static final String KEJING = "419001100";
    static final long OVERVIEW_TARGET_MILLIS = 1_000;
    static final long PAGE_TARGET_MILLIS = 300;
    static final long HEAP_TARGET_BYTES = 256 * HeapPeak.MIB;
    static final long SEED = 20_261_203L;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganizationImportService importService;
    @Autowired
    OrganizationRepository registry;
    @Autowired
    StatisticsService statistics;
    @Autowired
    CaseLedger ledger;
    @Autowired
    CaseLedgerWorkbook workbook;

    private final BenchmarkReport report = new BenchmarkReport();

    @Test
    void aMillionCases() throws Exception {
        int cases = Integer.getInteger("bench.cases", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 3);
        int exportRows = Integer.getInteger("bench.exportRows", 100_000);
        LocalDate today = CaseTime.today();

        importService.importFiles(ScreeningAtScaleTestBase.fullSizeOrganization());
        assertThat(registry.findCommittees()).hasSizeGreaterThanOrEqualTo(550);
        describeEnvironment();
        CaseMix mix = new CaseMix(registry.findUnits(), registry.findCommittees(), SEED);
        CaseGenerator.Generated generated = new CaseGenerator(dataSource, mix, SEED).generate(cases, today);
        assertThat(jdbc.queryForObject("select count(*) from case_file", Long.class)).isEqualTo(cases);
        report.fact("generation", String.format("%d cases, %d parties, %d status entries, %d follow-ups in %.1f s"
                        + " (COPY in chunks of %d, then VACUUM ANALYZE)", generated.cases(), generated.parties(),
                generated.statusEntries(), generated.followUps(), generated.millis() / 1000.0, CaseGenerator.CHUNK));
        report.fact("generationMillis", generated.millis());
        report.fact("databaseSize", jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))",
                String.class));

        AuthenticatedUser bureau = new AuthenticatedUser("bench-bureau", List.of(RoleGroup.GRASSROOTS_SECTION.groupId()));
        JusticeOffice kejing = registry.findOffices().stream().filter(o -> o.townCode().equals(KEJING)).findFirst()
                .orElseThrow();
        AuthenticatedUser office = new AuthenticatedUser("bench-kejing", List.of(kejing.groupId()));

        holdForInspection();
        measureOverview(bureau, office, today, runs);
        measureLedgerPages(bureau, office, today, runs);
        measureExport(bureau, exportRows);
        report.finish(Path.of(System.getProperty("bench.output", "target/benchmark/bench-results.json")));
    }

    private void measureOverview(AuthenticatedUser bureau, AuthenticatedUser office, LocalDate today, int runs)
            throws Exception {
        StatisticsQuery cityYear = new StatisticsQuery(today.minusYears(1).plusDays(1), today, null);
        Overview city = report.time("overview.city.year", "statistics overview, whole city (grassroots section), last 12"
                + " months", OVERVIEW_TARGET_MILLIS, runs, () -> statistics.overview(bureau, cityYear));
        report.fact("overview.city.year.registered", city.registered());
        assertThat(city.registered()).isPositive();
        StatisticsQuery townYear = new StatisticsQuery(today.minusYears(1).plusDays(1), today, KEJING);
        Overview town = report.time("overview.town.year", "statistics overview, 克井镇 (its justice office), last 12 months",
                OVERVIEW_TARGET_MILLIS, runs, () -> statistics.overview(office, townYear));
        report.fact("overview.town.year.registered", town.registered());
    }

    private void measureLedgerPages(AuthenticatedUser bureau, AuthenticatedUser office, LocalDate today, int runs)
            throws Exception {
        String caseNumber = jdbc.queryForObject("select case_number from case_file order by id offset ? limit 1",
                String.class, jdbc.queryForObject("select count(*) / 2 from case_file", Long.class));
        String partyName = jdbc.queryForObject("select name from case_party order by id offset 12345 limit 1", String.class);
        Map<String, LedgerFilter> filters = new LinkedHashMap<>();
        filters.put("none", filter(null, null, null, null, null, null));
        filters.put("town", filter(null, KEJING, null, null, null, null));
        filters.put("category", filter(null, null, DisputeCategory.LAND, null, null, null));
        filters.put("status", filter(null, null, null, CaseStatus.REGISTERED, null, null));
        filters.put("overdue", filter(null, null, null, null, true, null));
        filters.put("text.caseNumber", filter(null, null, null, null, null, caseNumber));
        filters.put("text.partyName", filter(null, null, null, null, null, partyName));
        filters.put("town+category+year", filter(today.minusYears(1), KEJING, DisputeCategory.NEIGHBOR, null, null, null));
        filters.put("town+overdue", filter(null, KEJING, null, null, true, null));
        for (Map.Entry<String, LedgerFilter> f : filters.entrySet()) {
            LedgerRequest request = new LedgerRequest(f.getValue(), 0, LedgerRequest.DEFAULT_SIZE, LedgerSort.DEFAULT);
            LedgerPage page = report.time("ledger.page." + f.getKey(), "first ledger page (50 rows, newest first), whole"
                    + " city, filter " + describe(f.getValue()), PAGE_TARGET_MILLIS, runs, () -> ledger.page(bureau, request));
            report.fact("ledger.page." + f.getKey() + ".total", page.total());
        }
        LedgerRequest own = new LedgerRequest(filter(null, null, null, null, null, null), 0, LedgerRequest.DEFAULT_SIZE,
                LedgerSort.DEFAULT);
        LedgerPage page = report.time("ledger.page.office", "first ledger page of 克井镇's justice office, no filter",
                PAGE_TARGET_MILLIS, runs, () -> ledger.page(office, own));
        report.fact("ledger.page.office.total", page.total());
    }

    /** The export of the newest ~{@code rows} cases (whole days, so a few more), its time and its peak heap. */
    private void measureExport(AuthenticatedUser bureau, int rows) throws Exception {
        OffsetDateTime oldest = jdbc.queryForObject("select created_at from case_file order by created_at desc"
                + " offset ? limit 1", OffsetDateTime.class, rows - 1);
        LocalDate from = oldest.atZoneSameInstant(CaseTime.ZONE).toLocalDate();
        LedgerFilter filter = filter(from, null, null, null, null, null);
        Path file = Path.of("target", "benchmark", "case-ledger-export.xlsx");
        Map<String, Object> values = new LinkedHashMap<>();
        boolean completed;
        long start = System.nanoTime();
        try (HeapPeak heap = HeapPeak.start(); FileResponse response = new FileResponse(file)) {
            try {
                values.put("rows", workbook.send(response, bureau, filter, LedgerSort.DEFAULT));
                completed = true;
            } catch (OutOfMemoryError e) {
                // the figure asked for: reported, not thrown (the heap is free again once the export is gone)
                values.put("error", e.toString());
                completed = false;
            }
            values.put("millis", (System.nanoTime() - start) / 1_000_000);
            values.put("maxHeapMiB", HeapPeak.maxBytes() / HeapPeak.MIB);
            values.put("baselineHeapMiB", heap.baselineBytes() / HeapPeak.MIB);
            values.put("sampledPeakHeapMiB", heap.sampledPeakBytes() / HeapPeak.MIB);
            values.put("poolPeakSumHeapMiB", heap.poolPeakBytes() / HeapPeak.MIB);
            values.put("peakAfterCollectionHeapMiB", heap.afterCollectionPeakBytes() / HeapPeak.MIB);
            values.put("peakAboveBaselineMiB", (heap.sampledPeakBytes() - heap.baselineBytes()) / HeapPeak.MIB);
        }
        values.put("fileBytes", Files.size(file));
        boolean met = completed && (long) values.get("sampledPeakHeapMiB") * HeapPeak.MIB <= HEAP_TARGET_BYTES;
        report.figure("export.xlsx", "Excel export of the ledger registered since " + from + " (whole city), peak heap"
                + " of the whole JVM (Spring, Camunda and the export) against 256 MiB", values, met);
    }

    /**
     * With {@code -Dbench.holdMinutes=N}, waits N minutes after the generation with the database open, so that its
     * plans can be read with psql (the URL is printed); the figures are measured afterwards as usual.
     */
    private void holdForInspection() throws InterruptedException {
        int minutes = Integer.getInteger("bench.holdMinutes", 0);
        if (minutes > 0) {
            System.out.println("[bench] holding " + minutes + " min: " + ((com.zaxxer.hikari.HikariDataSource) dataSource)
                    .getJdbcUrl());
            Thread.sleep(minutes * 60_000L);
        }
    }

    private void describeEnvironment() {
        report.fact("postgres", jdbc.queryForObject("select version()", String.class));
        report.fact("postgresSettings", jdbc.queryForList("select name || '=' || setting || coalesce(unit, '') from"
                + " pg_settings where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather')"
                + " order by name", String.class));
        report.fact("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
                + HeapPeak.maxBytes() / HeapPeak.MIB + " MiB, " + Runtime.getRuntime().availableProcessors() + " CPUs");
        report.fact("organization", registry.findCommittees().size() + " committees in " + registry.findOffices().size()
                + " towns");
    }

    private static LedgerFilter filter(LocalDate from, String town, DisputeCategory category, CaseStatus status,
                                       Boolean overdue, String text) {
        return new LedgerFilter(from, null, town, null, category, null, status, null, null, overdue, text);
    }

    /** The filter's set fields, e.g. {@code townCode=419001100 category=LAND}; "none" when nothing is set. */
    private static String describe(LedgerFilter f) {
        StringBuilder text = new StringBuilder();
        append(text, "from", f.from());
        append(text, "townCode", f.townCode());
        append(text, "category", f.category());
        append(text, "status", f.status());
        append(text, "overdue", f.overdue());
        append(text, "q", f.text());
        return text.isEmpty() ? "none" : text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }
}
