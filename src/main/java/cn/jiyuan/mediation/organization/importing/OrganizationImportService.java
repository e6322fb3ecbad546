package cn.jiyuan.mediation.organization.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.Contact;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OfficeRole;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationChangedEvent;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.UserText;

/**
 * Imports the organization registry from CSV/XLSX files. All rows of all files are checked first
 * (formats, duplicates, references to rows of the files or of the database); any problem rejects the
 * whole import and nothing is written. Otherwise all rows are upserted in one transaction; rows that are
 * already as given are not touched, so importing the same files again changes nothing. Rows missing
 * from a file are kept: a file may carry only part of the registry (e.g. just the contacts).
 */
@Service
public class OrganizationImportService {

    private static final Logger log = LoggerFactory.getLogger(OrganizationImportService.class);

    private final OrganizationRepository repository;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    public OrganizationImportService(OrganizationRepository repository, TransactionTemplate transaction,
                                     ApplicationEventPublisher events) {
        this.repository = repository;
        this.transaction = transaction;
        this.events = events;
    }

    public ImportResult importFiles(List<ImportSource> sources) {
        List<ImportProblem> problems = new ArrayList<>();
        if (sources.isEmpty()) {
            problems.add(new ImportProblem("(request)", 0, "file", "没有上传文件"));
            throw new OrganizationImportException(problems);
        }
        ImportFileReader reader = new ImportFileReader(problems);
        List<ImportTable> tables = sources.stream().flatMap(s -> reader.read(s).stream()).toList();
        Parsed parsed = parse(tables, problems);
        keepOfficeRoles(parsed);
        checkReferences(parsed, problems);
        if (!problems.isEmpty()) {
            throw new OrganizationImportException(problems);
        }
        ImportResult result = transaction.execute(status -> write(parsed));
        log.info("Organization import of {}: {}", sources.stream().map(ImportSource::fileName).toList(),
                result.tables());
        events.publishEvent(new OrganizationChangedEvent(result.totalWritten()));
        return result;
    }

    /**
     * The rows of the import: valid ones by code (these are written), and every row including invalid
     * ones (fields that failed are null), whose references are checked too so that one answer names
     * every problem of a row.
     */
    private static final class Parsed {
        final Map<String, OrgUnit> units = new LinkedHashMap<>();
        final Map<String, JusticeOffice> offices = new LinkedHashMap<>();
        final Map<String, Committee> committees = new LinkedHashMap<>();
        /** Public phones of the committees whose file has the column (optional; "" clears one). */
        final Map<String, String> committeePhones = new LinkedHashMap<>();
        final Map<String, Person> persons = new LinkedHashMap<>();
        final Map<String, Contact> contacts = new LinkedHashMap<>();
        final List<Object> allRows = new ArrayList<>();
        /** Where each row came from, for reference problems (identity: equal rows may occur twice). */
        final Map<Object, String> sourceOf = new java.util.IdentityHashMap<>();
        final Map<Object, Integer> rowOf = new java.util.IdentityHashMap<>();
        /** Codes of rows that failed their own checks: references to them are not reported again. */
        final Set<String> invalidCodes = new HashSet<>();
        /** Persons of files without the column office_role (made before it existed): their roles are kept. */
        final Set<String> officeRoleNotGiven = new HashSet<>();

        <T> List<T> all(Class<T> type) {
            return allRows.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private Parsed parse(List<ImportTable> tables, List<ImportProblem> problems) {
        Parsed p = new Parsed();
        OrganizationRowParser parser = new OrganizationRowParser(problems);
        Map<String, String> firstSeen = new HashMap<>();
        for (ImportTable table : tables) {
            for (ImportRow row : table.rows()) {
                String code = row.get("code");
                String key = table.sheet() + ":" + code;
                if (code != null && firstSeen.putIfAbsent(key, table.source() + " 第" + row.rowNumber() + "行") != null) {
                    problems.add(new ImportProblem(table.source(), row.rowNumber(), "code",
                            UserText.quote(code) + "重复出现（首次在 " + firstSeen.get(key) + "）"));
                    continue;
                }
                OrganizationRowParser.Checked<?> checked = switch (table.sheet()) {
                    case UNITS -> keep(p.units, parser.unit(table.source(), row), OrgUnit::code);
                    case JUSTICE_OFFICES -> keep(p.offices, parser.office(table.source(), row), JusticeOffice::code);
                    case COMMITTEES -> keep(p.committees, parser.committee(table.source(), row), Committee::code);
                    case PERSONS -> keep(p.persons, parser.person(table.source(), row), Person::code);
                    case CONTACTS -> keep(p.contacts, parser.contact(table.source(), row), Contact::code);
                };
                if (!checked.valid() && code != null) {
                    p.invalidCodes.add(code);
                }
                if (table.sheet() == OrgSheet.PERSONS && code != null && !row.values().containsKey("office_role")) {
                    p.officeRoleNotGiven.add(code);
                }
                if (table.sheet() == OrgSheet.COMMITTEES && checked.valid()) {
                    parser.committeePhone(code).ifPresent(phone -> p.committeePhones.put(code, phone));
                }
                p.allRows.add(checked.value());
                p.sourceOf.put(checked.value(), table.source());
                p.rowOf.put(checked.value(), row.rowNumber());
            }
        }
        return p;
    }

    /**
     * A persons file without the column office_role says nothing about office roles: a known person keeps the one
     * the registry has (so that re-importing an older file does not take the head's position away).
     */
    private void keepOfficeRoles(Parsed p) {
        for (String code : p.officeRoleNotGiven) {
            Person given = p.persons.get(code);
            if (given == null || given.officeCode() == null) {
                continue;
            }
            repository.findPerson(code).filter(known -> given.officeCode().equals(known.officeCode()))
                    .ifPresent(known -> p.persons.put(code, given.withOfficeRole(known.officeRole())));
        }
    }

    private static <T> OrganizationRowParser.Checked<T> keep(Map<String, T> valid, OrganizationRowParser.Checked<T> row,
                                                             Function<T, String> code) {
        if (row.valid()) {
            valid.put(code.apply(row.value()), row.value());
        }
        return row;
    }

    private void checkReferences(Parsed p, List<ImportProblem> problems) {
        // What the registry will hold after the import: the database overlaid with the files.
        Map<String, OrgUnit> units = byCode(repository.findUnits(), OrgUnit::code);
        units.putAll(p.units);
        Map<String, JusticeOffice> offices = byCode(repository.findOffices(), JusticeOffice::code);
        offices.putAll(p.offices);
        Map<String, Committee> committees = byCode(repository.findCommittees(), Committee::code);
        committees.putAll(p.committees);
        Map<String, Person> persons = byCode(repository.findPersons(), Person::code);
        persons.putAll(p.persons);

        BiFunction<Object, String, Reporter> at = (record, field) ->
                message -> problems.add(new ImportProblem(p.sourceOf.get(record), p.rowOf.get(record), field, message));

        for (OrgUnit u : p.all(OrgUnit.class)) {
            if (u.parentCode() == null || u.level() == null || u.level() == UnitLevel.CITY) {
                continue;
            }
            UnitLevel expected = u.level() == UnitLevel.TOWN ? UnitLevel.CITY : UnitLevel.TOWN;
            checkRef(units.get(u.parentCode()), u.parentCode(), p, at.apply(u, "parent_code"),
                    parent -> parent.level() == expected, "应为 " + expected + " 级单位");
        }
        for (JusticeOffice o : p.all(JusticeOffice.class)) {
            if (o.townCode() == null) {
                continue;
            }
            checkRef(units.get(o.townCode()), o.townCode(), p, at.apply(o, "town_code"),
                    town -> town.level() == UnitLevel.TOWN, "应为镇（街道，TOWN）");
        }
        Map<String, String> officeOfTown = new HashMap<>();
        for (JusticeOffice o : offices.values()) {
            String other = officeOfTown.putIfAbsent(o.townCode(), o.code());
            if (other != null && p.offices.containsKey(o.code())) {
                at.apply(o, "town_code").report("镇（街道）" + o.townCode() + "已有司法所 " + other);
            }
        }
        for (Committee c : p.all(Committee.class)) {
            if (c.type() == null || c.unitCode() == null) {
                continue;
            }
            // a stationed room sits in a town (a police station, a people's tribunal) or in the city (the city's court)
            Set<UnitLevel> expected = switch (c.type()) {
                case VILLAGE -> EnumSet.of(UnitLevel.VILLAGE);
                case TOWN -> EnumSet.of(UnitLevel.TOWN);
                case INDUSTRY, CITY_CENTER -> EnumSet.of(UnitLevel.CITY);
                case COURT_ROOM, POLICE_ROOM, PETITION_ROOM -> EnumSet.of(UnitLevel.TOWN, UnitLevel.CITY);
            };
            checkRef(units.get(c.unitCode()), c.unitCode(), p, at.apply(c, "unit_code"),
                    unit -> expected.contains(unit.level()), "对 " + c.type() + " 类调委会应为 "
                            + String.join(" 或 ", expected.stream().map(UnitLevel::name).toList()) + " 级单位");
            OrgUnit placed = units.get(c.unitCode());
            if (c.type().isStationedRoom() && c.supervisingOfficeCode() == null && placed != null
                    && placed.level() == UnitLevel.TOWN) {
                at.apply(c, "supervising_office_code").report("设在镇（街道）的派驻调解工作室必填，应为所在镇（街道）的司法所");
            }
            if (c.supervisingOfficeCode() != null) {
                OrgUnit unit = units.get(c.unitCode());
                checkRef(offices.get(c.supervisingOfficeCode()), c.supervisingOfficeCode(), p,
                        at.apply(c, "supervising_office_code"),
                        office -> unit == null || unit.townCode() == null || office.townCode().equals(unit.townCode()),
                        "应为调委会所在镇（街道）的司法所");
            }
        }
        // Logins are unique: compare each imported row with the registry as the import leaves it.
        Map<String, String> loginOwner = new HashMap<>();
        persons.values().stream().filter(x -> x.login() != null)
                .forEach(x -> loginOwner.putIfAbsent(x.login().toLowerCase(), x.code()));
        Map<String, String> loginInImport = new HashMap<>();
        for (Person person : p.all(Person.class)) {
            if (person.login() == null) {
                continue;
            }
            String login = person.login().toLowerCase();
            String owner = loginOwner.get(login);
            String earlier = loginInImport.putIfAbsent(login, String.valueOf(person.code()));
            if (owner != null && !owner.equals(person.code())) {
                at.apply(person, "login").report(UserText.quote(person.login()) + "已是人员 " + owner + " 的登录名");
            } else if (earlier != null) {
                at.apply(person, "login").report(UserText.quote(person.login()) + "也是人员 " + earlier + " 的登录名");
            }
        }
        for (Person person : p.all(Person.class)) {
            if (person.committeeCode() != null) {
                checkRef(committees.get(person.committeeCode()), person.committeeCode(), p,
                        at.apply(person, "committee_code"), c -> true, "");
            }
            if (person.officeCode() != null) {
                checkRef(offices.get(person.officeCode()), person.officeCode(), p, at.apply(person, "office_code"),
                        o -> true, "");
            }
        }
        checkHeads(p, persons, at);
        for (Contact c : p.all(Contact.class)) {
            if (c.unitCode() == null) {
                continue;
            }
            checkRef(units.get(c.unitCode()), c.unitCode(), p, at.apply(c, "unit_code"),
                    unit -> unit.level() != UnitLevel.VILLAGE, "应为镇（街道，TOWN）或市（CITY）");
        }
    }

    /**
     * One head (所长) per justice office, in the registry as the import leaves it: an imported row that makes a second
     * head of an office is refused, naming the office's other head.
     */
    private static void checkHeads(Parsed p, Map<String, Person> persons, BiFunction<Object, String, Reporter> at) {
        Map<String, List<Person>> headsByOffice = new LinkedHashMap<>();
        persons.values().stream().filter(x -> x.officeRole() == OfficeRole.HEAD && x.officeCode() != null)
                .forEach(x -> headsByOffice.computeIfAbsent(x.officeCode(), o -> new ArrayList<>()).add(x));
        for (Person person : p.all(Person.class)) {
            if (person.officeRole() != OfficeRole.HEAD || person.officeCode() == null || person.code() == null
                    || !p.persons.containsKey(person.code())) {
                continue;
            }
            List<String> others = headsByOffice.getOrDefault(person.officeCode(), List.of()).stream()
                    .filter(x -> !x.code().equals(person.code())).map(x -> x.code() + "（" + x.name() + "）").toList();
            if (!others.isEmpty()) {
                at.apply(person, "office_role").report("司法所 " + person.officeCode() + " 已有所长 "
                        + String.join("、", others) + "，一个司法所只能有一名所长");
            }
        }
    }

    @FunctionalInterface
    private interface Reporter {
        void report(String message);
    }

    private static <T> void checkRef(T target, String code, Parsed p, Reporter reporter, Predicate<T> fits,
                                     String requirement) {
        if (target == null) {
            if (!p.invalidCodes.contains(code)) {
                reporter.report(UserText.quote(code) + "既不在本次导入中，也不在现有名录中");
            }
        } else if (!fits.test(target)) {
            reporter.report(UserText.quote(code) + requirement);
        }
    }

    private static <T> Map<String, T> byCode(List<T> list, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        list.forEach(t -> map.put(code.apply(t), t));
        return map;
    }

    private ImportResult write(Parsed p) {
        Map<OrgSheet, ImportResult.Counts> counts = new EnumMap<>(OrgSheet.class);
        // Parents before children: the city, then towns, then villages.
        counts.put(OrgSheet.UNITS, saveAll(p.units.values().stream()
                .sorted(Comparator.comparing(OrgUnit::level)).toList(), repository::save));
        counts.put(OrgSheet.JUSTICE_OFFICES, saveAll(p.offices.values(), repository::save));
        counts.put(OrgSheet.COMMITTEES, saveAll(p.committees.values(), c -> repository.save(c)
                | (p.committeePhones.containsKey(c.code())
                        && repository.savePublicPhone(c.code(), p.committeePhones.get(c.code())))));
        counts.put(OrgSheet.PERSONS, saveAll(p.persons.values(), repository::save));
        counts.put(OrgSheet.CONTACTS, saveAll(p.contacts.values(), repository::save));
        return new ImportResult(counts);
    }

    private static <T> ImportResult.Counts saveAll(java.util.Collection<T> rows, Predicate<T> save) {
        int written = 0;
        for (T row : rows) {
            if (save.test(row)) {
                written++;
            }
        }
        return new ImportResult.Counts(written, rows.size() - written);
    }
}
