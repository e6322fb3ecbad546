package cn.jiyuan.mediation.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.awareness.RepeatParties;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseNumber;
import cn.jiyuan.mediation.cases.CaseNumberAllocator;
import cn.jiyuan.mediation.cases.CaseRegisteredEvent;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.StatusChange;
import cn.jiyuan.mediation.cases.WorkingDays;
import cn.jiyuan.mediation.disputecase.DisputeCaseStarter;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.StationedRooms;
import cn.jiyuan.mediation.platform.DatabaseFailures;
import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.calendar.SensitivePeriodSource;
import cn.jiyuan.mediation.triage.HandlingCommitteeResolver;
import cn.jiyuan.mediation.triage.RiskAssessment;
import cn.jiyuan.mediation.triage.RiskFacts;
import cn.jiyuan.mediation.triage.RiskResult;
import cn.jiyuan.mediation.triage.Triage;
import cn.jiyuan.mediation.triage.TriageFacts;
import cn.jiyuan.mediation.triage.TriageResult;

/**
 * Intake and registration (受理登记) of a validated case: risk assessment, triage, the handling committee,
 * the case number, the case records and the start of process dispute-case, all in ONE transaction (the
 * Camunda engine joins the Spring transaction), so a failure leaves nothing behind and consumes no number.
 *
 * <p>Who may register where is checked first ({@link IntakeScope}); the engine calls (DMN evaluations, the start
 * of dispute-case, which no user may start directly) then run as the platform on the caller's behalf, so the
 * case's records still name the caller.
 *
 * <p>Idempotency-Key: the key is reserved (api_idempotency, primary key user + operation + key) first in
 * the transaction and completed with the answer at its end. A retry after the first committed gets the
 * stored answer; a concurrent retry waits for (PostgreSQL) or times out against (H2) the first one's row
 * lock, rolls back, and then finds the stored answer. Lock timeouts are retried a few times.
 */
@Service
public class CaseIntakeService {

    private static final Logger log = LoggerFactory.getLogger(CaseIntakeService.class);

    static final String OPERATION = "POST /api/cases";
    static final int DEADLINE_DAYS = 30;
    static final int ATTEMPTS = 6;

    private final CaseRepository cases;
    private final CaseNumberAllocator numbers;
    private final IdempotencyStore idempotency;
    private final RiskAssessment riskAssessment;
    private final Triage triage;
    private final HandlingCommitteeResolver committees;
    private final SensitivePeriodSource sensitivePeriods;
    private final DisputeCaseStarter process;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final SystemAuthority system;
    private final RepeatParties repeatParties;
    private final StationedRooms rooms;
    private final IdentityService identity;

    public CaseIntakeService(SystemAuthority system, CaseRepository cases, CaseNumberAllocator numbers, IdempotencyStore idempotency,
                             RiskAssessment riskAssessment, Triage triage, HandlingCommitteeResolver committees,
                             SensitivePeriodSource sensitivePeriods, DisputeCaseStarter process,
                             PlatformTransactionManager transactions, ObjectMapper json,
                             ApplicationEventPublisher events, RepeatParties repeatParties, StationedRooms rooms,
                             IdentityService identity) {
        this.rooms = rooms;
        this.identity = identity;
        this.cases = cases;
        this.numbers = numbers;
        this.idempotency = idempotency;
        this.riskAssessment = riskAssessment;
        this.triage = triage;
        this.committees = committees;
        this.sensitivePeriods = sensitivePeriods;
        this.process = process;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.events = events;
        this.system = system;
        this.repeatParties = repeatParties;
    }

    /**
     * Registers the case, or with an idempotency key used before by the same user, answers as the first time.
     *
     * @throws IdempotencyKeyReusedException when the key was used for a different request
     */
    public CaseIntakeResult submit(CaseIntakeRequest request, String userId, String idempotencyKey) {
        String hash = idempotencyKey == null ? null : RequestFingerprint.of(request);
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (idempotencyKey != null) {
                Optional<IdempotencyRecord> first = idempotency.find(userId, OPERATION, idempotencyKey);
                if (first.isPresent()) {
                    return replay(first.get(), hash);
                }
            }
            try {
                return system.callOnBehalfOf(userId,
                        () -> transaction.execute(status -> register(request, userId, idempotencyKey, hash)));
            } catch (IdempotencyKeyTakenException | TransientDataAccessException e) {
                if (DatabaseFailures.isUnavailable(e)) {
                    // not a concurrent request but an outage: answered 503 at once, not after six pool timeouts
                    throw e;
                }
                lastFailure = e;
                log.info("Case intake attempt {} of {} gave way to a concurrent request ({}); trying again", attempt,
                        ATTEMPTS, e.getClass().getSimpleName());
                pause(attempt);
            }
        }
        throw new IntakeBusyException(lastFailure);
    }

    /**
     * The answer given to the user's earlier request with this idempotency key, if there was one (nothing is
     * registered): the public applications merge an identical application of the day before this way.
     */
    public Optional<CaseIntakeResult> answered(String userId, String idempotencyKey) {
        return idempotency.find(userId, OPERATION, idempotencyKey).filter(first -> first.responseBody() != null)
                .map(first -> {
                    try {
                        return json.readValue(first.responseBody(), CaseIntakeResult.class);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("stored answer of case " + first.caseId() + " is unreadable", e);
                    }
                });
    }

    private CaseIntakeResult replay(IdempotencyRecord first, String hash) {
        if (!first.requestHash().equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        try {
            return json.readValue(first.responseBody(), CaseIntakeResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer of case " + first.caseId() + " is unreadable", e);
        }
    }

    private CaseIntakeResult register(CaseIntakeRequest r, String userId, String idempotencyKey, String hash) {
        if (idempotencyKey != null) {
            try {
                idempotency.reserve(userId, OPERATION, idempotencyKey, hash);
            } catch (DataIntegrityViolationException e) {
                throw new IdempotencyKeyTakenException(e);
            }
        }
        LocalDate today = CaseTime.today();
        boolean sensitive = sensitivePeriods.isSensitive(today);
        // A party seen in another case or screening finding within a year makes the case a repeated petition
        // (重复信访) before the risk is assessed, so that the risk decision weighs it like a registrar's flag.
        RepeatParties.Match repeat = repeatParties.find(r.parties().stream()
                .map(p -> new RepeatParties.Person(p.name(), p.phone(), p.idNumber())).toList(), CaseTime.now());
        Set<RiskIndicator> indicators = withRepeat(r.riskIndicators(), repeat);
        RiskResult risk = riskAssessment.assess(RiskFacts.atIntake(r.category(), indicators, r.peopleInvolved(),
                r.amountInvolved(), sensitive));
        // a mediation room stationed at a court, police station or petition office keeps what it registers (triage.dmn)
        Optional<Committee> room = registeringRoom(userId);
        TriageResult route = triage.decide(new TriageFacts(r.category(), r.crossVillage(), r.crossTown(),
                risk.riskLevel(), r.villageCode() != null, r.enterpriseRelated(), r.channel(), room.isPresent()));
        Committee committee = committees.resolve(route, r.townCode(), r.villageCode(), room.orElse(null));
        HandlingLevel level = HandlingLevel.of(committee.type());

        CaseNumber number = numbers.allocate(committee, today.getYear());
        OffsetDateTime now = CaseTime.now();
        CaseFile draft = new CaseFile(null, number.text(), committee.code(), number.year(), number.sequenceNo(),
                r.channel(), r.category(), r.summary(), r.townCode(), r.villageCode(), r.peopleInvolved(),
                r.amountInvolved(), r.enterpriseRelated(), r.referralReference(), r.crossVillage(), r.crossTown(),
                sensitive, risk.riskLevel(), risk.earlyWarning(), level, route.greenChannel(),
                CaseStatus.REGISTERED.name(), null, today.plusDays(DEADLINE_DAYS), null, now, userId);
        long caseId = cases.insert(draft);
        CaseFile registered = draft.withId(caseId);
        cases.insertParties(caseId, r.parties().stream().map(PartyIntake::toParty).toList(),
                r.parties().stream().map(PartyIntake::particulars).toList());
        cases.insertIndicators(caseId, indicators);
        // 涉企绿色通道: first contact by the end of the next working day (statutory holidays and 调休 counted)
        LocalDate startBy = route.greenChannel() ? WorkingDays.next(today) : null;
        String note = registrationNote(registered, committee, startBy);
        if (repeat.found()) {
            note = note + "；" + repeatParties.note(repeat);
            repeatParties.raise(caseId, number.text(), r.category().label(), r.townCode(), committee.code(),
                    r.category().name(), repeat, now);
        }
        cases.insertStatusChange(caseId, new StatusChange(CaseStatus.REGISTERED.name(), now, userId, note));

        String processInstanceId = process.start(registered, committee, r.anyPartyRefuses(), startBy);
        cases.setProcessInstanceId(caseId, processInstanceId);
        // Synchronous, inside the intake transaction: whatever follows a registration (an early warning)
        // is recorded together with the case or not at all.
        events.publishEvent(new CaseRegisteredEvent(caseId, risk.riskLevel().name(), risk.earlyWarning()));
        String status = cases.findById(caseId).orElseThrow().status();

        CaseIntakeResult result = new CaseIntakeResult(caseId, number.text(), processInstanceId, status,
                level.name(), committee.code(), committee.name(), risk.riskLevel().name(), risk.earlyWarning(),
                route.greenChannel(), registered.deadline());
        if (idempotencyKey != null) {
            idempotency.complete(userId, OPERATION, idempotencyKey, caseId, toJson(result));
        }
        return result;
    }

    /** The stationed room the registrar works in (the engine's groups of the user), empty for anyone else. */
    private Optional<Committee> registeringRoom(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return rooms.ofGroups(groups);
    }

    /** The registrar's indicators, plus REPEATED_PETITION when a party is a repeat party (declaration order kept). */
    private static Set<RiskIndicator> withRepeat(Set<RiskIndicator> given, RepeatParties.Match repeat) {
        if (!repeat.found() || given.contains(RiskIndicator.REPEATED_PETITION)) {
            return given;
        }
        Set<RiskIndicator> indicators = EnumSet.of(RiskIndicator.REPEATED_PETITION);
        indicators.addAll(given);
        return indicators;
    }

    static String registrationNote(CaseFile c, Committee committee, LocalDate startBy) {
        StringBuilder note = new StringBuilder("受理登记（").append(c.channel().label()).append("；")
                .append(c.category().label()).append("纠纷；").append(c.riskLevel().label());
        if (c.earlyWarning()) {
            note.append("，预警");
        }
        if (c.greenChannel()) {
            note.append("；涉企绿色通道");
        }
        if (startBy != null) {
            note.append("，须于").append(startBy).append("（下一个工作日）当天结束前首次联系当事人");
            if (!WorkingDays.isArranged(startBy.getYear())) {
                // the holidays of that year are not entered yet: the due day may fall on one (see HolidayCalendar)
                note.append("（").append(startBy.getYear()).append("年节假日安排尚未录入，暂按周一至周五计算）");
            }
        }
        return note.append("；分流至").append(committee.name()).append("）").toString();
    }

    private String toJson(CaseIntakeResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt + ThreadLocalRandom.current().nextInt(50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeBusyException(e);
        }
    }
}
