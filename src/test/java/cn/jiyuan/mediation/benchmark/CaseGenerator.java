package cn.jiyuan.mediation.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import cn.jiyuan.mediation.cases.CaseNumber;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;

/**
 * Writes generated cases straight into the project's tables (case_file, case_party, case_status_history,
 * case_follow_up, case_number_counter) with PostgreSQL COPY, bypassing the intake and the process engine: a
 * million intakes through the application would take hours, and the ledger and the statistics read only these
 * tables. Every row still passes the schema's constraints (unique case numbers, foreign keys, checks).
 *
 * <p>The cases are spread evenly over the three years before today, in registration order (so that each
 * committee's sequence numbers grow with time as the intake's counter makes them), over the committees of
 * {@link CaseMix} (town-level and village committees, busier streets than villages), with the categories,
 * channels and risk levels skewed as in {@link CaseMix}. About 80% conclude (agreement, no agreement or
 * withdrawal) 1 to 60 days after registration, most within the 30-day deadline; those whose conclusion would lie in
 * the future stay open, so the recent months hold the open and the overdue cases as a live ledger does.
 */
final class CaseGenerator {

    /** Cases per COPY round and transaction: a few MB of text, well inside a 256 MiB heap. */
    static final int CHUNK = 10_000;
    static final String GENERATED_BY = "bench-generator";

    /** What was written, and how long it took. */
    record Generated(long cases, long parties, long statusEntries, long followUps, long millis) {
    }

    private final DataSource dataSource;
    private final CaseMix mix;
    private final SplittableRandom random;

    CaseGenerator(DataSource dataSource, CaseMix mix, long seed) {
        this.dataSource = dataSource;
        this.mix = mix;
        this.random = new SplittableRandom(seed);
    }

    /** Generates {@code count} cases registered in the three years before {@code today}, then ANALYZEs the tables. */
    Generated generate(int count, LocalDate today) throws SQLException, IOException {
        long start = System.nanoTime();
        CopyTable files = new CopyTable("case_file", "id, case_number, committee_code, case_year, sequence_no, channel,"
                + " category, summary, town_code, village_code, people_involved, amount_involved, enterprise_related,"
                + " referral_reference, cross_village, cross_town, sensitive_period, risk_level, early_warning,"
                + " handling_level, green_channel, status, outcome, deadline, process_instance_id, created_at,"
                + " created_by, updated_at, registered_on, conclusion, concluded_on, days_to_conclude");
        CopyTable parties = new CopyTable("case_party", "case_id, position, name, role, phone, consent, town_code,"
                + " village_code");
        CopyTable history = new CopyTable("case_status_history", "case_id, status, changed_at, changed_by, note");
        CopyTable followUps = new CopyTable("case_follow_up", "case_id, due_date, kind, result, visited_at, visited_by");
        Map<String, Integer> counters = new HashMap<>();
        LocalDate first = today.minusYears(3);
        long days = ChronoUnit.DAYS.between(first, today); // up to yesterday: no case registered later than now
        OffsetDateTime now = CaseTime.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long id = firstId(connection);
            for (int i = 0; i < count; i++) {
                // evenly spread, registration order = generation order, office hours 08:00-18:00
                double position = (double) i * days / count;
                LocalDate day = first.plusDays((long) position);
                OffsetDateTime createdAt = day.atTime(8, 0).atZone(CaseTime.ZONE).toOffsetDateTime()
                        .plusSeconds((long) ((position - Math.floor(position)) * 36_000));
                Committee committee = mix.committee(random);
                int sequence = counters.merge(committee.code() + "/" + day.getYear(), 1, Integer::sum);
                writeCase(id + i, committee, sequence, createdAt, now, files, parties, history, followUps);
                if ((i + 1) % CHUNK == 0 || i + 1 == count) {
                    // case_file first: the other tables' foreign keys must find their cases
                    files.flush(copy);
                    parties.flush(copy);
                    history.flush(copy);
                    followUps.flush(copy);
                    connection.commit();
                }
            }
            writeCounters(connection, counters);
            try (Statement s = connection.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('case_file', 'id'), (select max(id) from case_file))");
            }
            connection.commit();
            connection.setAutoCommit(true);
            // VACUUM ANALYZE rather than ANALYZE alone: autovacuum would do both on its own after a bulk load, and
            // without the visibility map the first measurements would pay for setting hint bits on 4M rows
            try (Statement s = connection.createStatement()) {
                for (String table : List.of("case_file", "case_party", "case_status_history", "case_follow_up")) {
                    s.execute("vacuum analyze " + table);
                }
            }
        }
        return new Generated(files.total(), parties.total(), history.total(), followUps.total(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void writeCase(long id, Committee committee, int sequence, OffsetDateTime createdAt, OffsetDateTime now,
                           CopyTable files, CopyTable parties, CopyTable history, CopyTable followUps) {
        DisputeCategory category = mix.category(random);
        IntakeChannel channel = mix.channel(random);
        RiskLevel risk = mix.riskLevel(random);
        String townCode = mix.townOf(committee);
        String villageCode = committee.type() == CommitteeType.VILLAGE ? committee.unitCode()
                : random.nextInt(10) < 7 ? mix.villageOf(townCode, random) : null;
        LocalDate registered = createdAt.atZoneSameInstant(CaseTime.ZONE).toLocalDate();
        Conclusion conclusion = conclusion(createdAt, now);
        String status = conclusion == null ? "REGISTERED" : conclusion.status();
        int year = registered.getYear();
        files.field(id).field(CaseNumber.format(year, committee.shortName(), sequence)).field(committee.code())
                .field(year).field(sequence).field(channel.name()).field(category.name())
                .field("（基准数据）" + category.label() + "纠纷").field(townCode).field(villageCode)
                .field(2 + (random.nextInt(10) == 0 ? random.nextInt(20) : 0)).field(amount(category))
                .field(channel == IntakeChannel.ENTERPRISE || random.nextInt(20) == 0)
                .field(channel.name().endsWith("_REFERRAL") ? "REF-" + id : null)
                .field(random.nextInt(30) == 0).field(random.nextInt(100) == 0).field(random.nextInt(10) == 0)
                .field(risk.name()).field(risk == RiskLevel.HIGH || risk == RiskLevel.CRITICAL)
                .field(committee.type() == CommitteeType.VILLAGE ? "VILLAGE" : "TOWN").field(random.nextInt(50) == 0)
                .field(status).field(conclusion == null ? null : conclusion.outcome()).field(registered.plusDays(30))
                .field(null).field(createdAt).field(GENERATED_BY)
                .field(conclusion == null ? createdAt : conclusion.at()).field(registered);
        // the conclusion as the platform stores it with the status entry below (cases/Conclusion)
        LocalDate concludedOn = conclusion == null ? null : conclusion.at().atZoneSameInstant(CaseTime.ZONE).toLocalDate();
        files.field(conclusion == null ? null : conclusion.status()).field(concludedOn)
                .field(concludedOn == null ? null : ChronoUnit.DAYS.between(registered, concludedOn));
        files.endRow();
        parties.field(id).field(1).field(mix.name(random)).field("APPLICANT").field(mix.phone(random)).field(true)
                .field(townCode).field(villageCode);
        parties.endRow();
        parties.field(id).field(2).field(mix.name(random)).field("RESPONDENT").field(mix.phone(random)).field(true)
                .field(townCode).field(random.nextInt(20) == 0 ? null : villageCode);
        parties.endRow();
        history.field(id).field("REGISTERED").field(createdAt).field(GENERATED_BY).field(null);
        history.endRow();
        if (conclusion != null) {
            history.field(id).field(conclusion.status()).field(conclusion.at()).field(GENERATED_BY).field(null);
            history.endRow();
            if (conclusion.status().equals("AGREED") && random.nextInt(10) < 6) {
                followUp(id, conclusion.at(), now, followUps);
            }
        }
    }

    /** The concluding entry: ~80% of cases, 1-30 days after registration for most, later for some. */
    private Conclusion conclusion(OffsetDateTime createdAt, OffsetDateTime now) {
        if (random.nextInt(100) >= 80) {
            return null;
        }
        int days = random.nextInt(100) < 88 ? 1 + random.nextInt(30) : 31 + random.nextInt(30);
        OffsetDateTime at = createdAt.plusDays(days).plusMinutes(random.nextInt(240));
        if (at.isAfter(now)) {
            return null;
        }
        int kind = random.nextInt(100);
        if (kind < 82) {
            return new Conclusion("AGREED", random.nextInt(10) < 7 ? "AGREEMENT_WRITTEN" : "AGREEMENT_ORAL", at);
        }
        return kind < 92 ? new Conclusion("NO_AGREEMENT", "NO_AGREEMENT", at) : new Conclusion("WITHDRAWN", "WITHDRAWN", at);
    }

    /** The 30-day visit after an agreement: made if due, and then mostly fulfilled, a few rebounds. */
    private void followUp(long id, OffsetDateTime concludedAt, OffsetDateTime now, CopyTable followUps) {
        OffsetDateTime due = concludedAt.plusDays(30);
        boolean made = due.isBefore(now);
        String result = null;
        if (made) {
            int r = random.nextInt(100);
            result = r < 90 ? "FULFILLED" : r < 95 ? "IN_PROGRESS" : r < 98 ? "REBOUND" : "BREACH";
        }
        followUps.field(id).field(due.atZoneSameInstant(CaseTime.ZONE).toLocalDate()).field("DAY_30").field(result)
                .field(made ? due : null).field(made ? GENERATED_BY : null);
        followUps.endRow();
    }

    private BigDecimal amount(DisputeCategory category) {
        return switch (category) {
            case CONTRACT, LABOR_WAGE_DEBT, DAMAGE_COMPENSATION, ROAD_TRAFFIC, PRODUCTION_OPERATION ->
                    BigDecimal.valueOf(500 + random.nextInt(200_000));
            default -> null;
        };
    }

    private static long firstId(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from case_file")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The intake's counters continue after the generated numbers, as if every case had come through it. */
    private static void writeCounters(Connection connection, Map<String, Integer> counters) throws SQLException {
        List<String> keys = new ArrayList<>(counters.keySet());
        try (PreparedStatement insert = connection.prepareStatement("insert into case_number_counter"
                + " (committee_code, case_year, last_value) values (?, ?, ?) on conflict (committee_code, case_year)"
                + " do update set last_value = greatest(case_number_counter.last_value, excluded.last_value)")) {
            for (String key : keys) {
                int slash = key.lastIndexOf('/');
                insert.setString(1, key.substring(0, slash));
                insert.setInt(2, Integer.parseInt(key.substring(slash + 1)));
                insert.setInt(3, counters.get(key));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** How a concluded case ended: its status, case_file.outcome and the instant. */
    private record Conclusion(String status, String outcome, OffsetDateTime at) {
    }
}
