package cn.jiyuan.mediation.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads and writes the organization registry tables (org_*). */
@Repository
public class OrganizationRepository {

    private final JdbcTemplate jdbc;

    public OrganizationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- units -------------------------------------------------------------------------------

    private static final RowMapper<OrgUnit> UNIT = (rs, i) -> new OrgUnit(rs.getString("code"),
            rs.getString("name"), UnitLevel.valueOf(rs.getString("level")), rs.getString("parent_code"),
            rs.getString("town_code"));

    public List<OrgUnit> findUnits() {
        return jdbc.query("select * from org_unit order by code", UNIT);
    }

    public List<OrgUnit> findUnits(UnitLevel level, String townCode) {
        StringBuilder sql = new StringBuilder("select * from org_unit where 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (level != null) {
            sql.append(" and level = ?");
            args.add(level.name());
        }
        if (townCode != null) {
            sql.append(" and town_code = ?");
            args.add(townCode);
        }
        return jdbc.query(sql.append(" order by code").toString(), UNIT, args.toArray());
    }

    public Optional<OrgUnit> findUnit(String code) {
        return jdbc.query("select * from org_unit where code = ?", UNIT, code).stream().findFirst();
    }

    /** @return true when a row was inserted or changed */
    public boolean save(OrgUnit u) {
        Optional<OrgUnit> existing = findUnit(u.code());
        if (existing.isEmpty()) {
            jdbc.update("insert into org_unit (code, name, level, parent_code, town_code) values (?, ?, ?, ?, ?)",
                    u.code(), u.name(), u.level().name(), u.parentCode(), u.townCode());
            return true;
        }
        if (existing.get().equals(u)) {
            return false;
        }
        jdbc.update("update org_unit set name = ?, level = ?, parent_code = ?, town_code = ? where code = ?",
                u.name(), u.level().name(), u.parentCode(), u.townCode(), u.code());
        return true;
    }

    // ---- justice offices ---------------------------------------------------------------------

    private static final RowMapper<JusticeOffice> OFFICE = (rs, i) -> new JusticeOffice(rs.getString("code"),
            rs.getString("name"), rs.getString("town_code"), rs.getString("email"));

    public List<JusticeOffice> findOffices() {
        return jdbc.query("select * from org_justice_office order by code", OFFICE);
    }

    public Optional<JusticeOffice> findOffice(String code) {
        return jdbc.query("select * from org_justice_office where code = ?", OFFICE, code).stream().findFirst();
    }

    public Optional<JusticeOffice> findOfficeOfTown(String townCode) {
        return jdbc.query("select * from org_justice_office where town_code = ?", OFFICE, townCode).stream()
                .findFirst();
    }

    public boolean save(JusticeOffice o) {
        Optional<JusticeOffice> existing = findOffice(o.code());
        if (existing.isEmpty()) {
            jdbc.update("insert into org_justice_office (code, name, town_code, email) values (?, ?, ?, ?)",
                    o.code(), o.name(), o.townCode(), o.email());
            return true;
        }
        if (existing.get().equals(o)) {
            return false;
        }
        jdbc.update("update org_justice_office set name = ?, town_code = ?, email = ? where code = ?",
                o.name(), o.townCode(), o.email(), o.code());
        return true;
    }

    // ---- committees --------------------------------------------------------------------------

    private static final RowMapper<Committee> COMMITTEE = (rs, i) -> new Committee(rs.getString("code"),
            rs.getString("name"), rs.getString("short_name"), CommitteeType.valueOf(rs.getString("type")),
            rs.getString("unit_code"), rs.getString("industry"), rs.getString("supervising_office_code"));

    public List<Committee> findCommittees() {
        return jdbc.query("select * from org_committee order by code", COMMITTEE);
    }

    /**
     * The committees whose group is among {@code groupIds} (a user's groups), by code: the few a user works in, read by
     * their keys instead of filtering the whole registry on every request.
     */
    public List<Committee> findCommitteesOfGroups(Collection<String> groupIds) {
        List<String> codes = groupIds.stream().filter(g -> g.startsWith(Committee.GROUP_PREFIX))
                .map(g -> g.substring(Committee.GROUP_PREFIX.length())).distinct().toList();
        boolean cityCenter = groupIds.contains(Committee.CITY_CENTER_GROUP);
        if (codes.isEmpty() && !cityCenter) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select * from org_committee where ");
        if (!codes.isEmpty()) {
            sql.append("code in (").append(String.join(", ", java.util.Collections.nCopies(codes.size(), "?"))).append(")");
        }
        if (cityCenter) {
            sql.append(codes.isEmpty() ? "" : " or ").append("type = 'CITY_CENTER'");
        }
        // the group decides (a city centre's group is not committee-{code})
        return jdbc.query(sql.append(" order by code").toString(), COMMITTEE, codes.toArray()).stream()
                .filter(c -> groupIds.contains(c.groupId())).toList();
    }

    public Optional<Committee> findCommittee(String code) {
        return jdbc.query("select * from org_committee where code = ?", COMMITTEE, code).stream().findFirst();
    }

    /** The committee of a unit (village or town committee), if the unit has one. */
    public Optional<Committee> findCommitteeOfUnit(String unitCode, CommitteeType type) {
        return jdbc.query("select * from org_committee where unit_code = ? and type = ? order by code", COMMITTEE,
                unitCode, type.name()).stream().findFirst();
    }

    public Optional<Committee> findIndustryCommittee(String industry) {
        return jdbc.query("select * from org_committee where type = 'INDUSTRY' and industry = ? order by code",
                COMMITTEE, industry).stream().findFirst();
    }

    public Optional<Committee> findCityCenter() {
        return jdbc.query("select * from org_committee where type = 'CITY_CENTER' order by code", COMMITTEE)
                .stream().findFirst();
    }

    public boolean save(Committee c) {
        Optional<Committee> existing = findCommittee(c.code());
        if (existing.isEmpty()) {
            jdbc.update("insert into org_committee (code, name, short_name, type, unit_code, industry,"
                            + " supervising_office_code) values (?, ?, ?, ?, ?, ?, ?)",
                    c.code(), c.name(), c.shortName(), c.type().name(), c.unitCode(), c.industry(),
                    c.supervisingOfficeCode());
            return true;
        }
        if (existing.get().equals(c)) {
            return false;
        }
        jdbc.update("update org_committee set name = ?, short_name = ?, type = ?, unit_code = ?, industry = ?,"
                        + " supervising_office_code = ? where code = ?",
                c.name(), c.shortName(), c.type().name(), c.unitCode(), c.industry(), c.supervisingOfficeCode(),
                c.code());
        return true;
    }

    /** The committee's public phone (对外联系电话), when the registry has one. */
    public Optional<String> findPublicPhone(String committeeCode) {
        return jdbc.query("select public_phone from org_committee where code = ?", (rs, i) -> rs.getString(1),
                committeeCode).stream().filter(p -> p != null && !p.isBlank()).findFirst();
    }

    /** @param phone the public phone, empty to clear it; @return whether it changed */
    public boolean savePublicPhone(String committeeCode, String phone) {
        String value = phone == null || phone.isBlank() ? null : phone;
        if (java.util.Objects.equals(findPublicPhone(committeeCode).orElse(null), value)) {
            return false;
        }
        return jdbc.update("update org_committee set public_phone = ? where code = ?", value, committeeCode) > 0;
    }

    // ---- persons -----------------------------------------------------------------------------

    private static final RowMapper<Person> PERSON = OrganizationRepository::mapPerson;

    private static Person mapPerson(ResultSet rs, int i) throws SQLException {
        String role = rs.getString("committee_role");
        String extra = rs.getString("extra_groups");
        String officeRole = rs.getString("office_role");
        return new Person(rs.getString("code"), rs.getString("name"), rs.getString("gender"),
                ForceType.valueOf(rs.getString("force_type")), rs.getBoolean("full_time"),
                rs.getString("committee_code"), role == null ? null : CommitteeRole.valueOf(role),
                rs.getString("office_code"), rs.getString("phone"), rs.getString("email"), rs.getString("login"),
                extra == null || extra.isBlank() ? List.of() : Arrays.asList(extra.split(";")),
                officeRole == null ? null : OfficeRole.valueOf(officeRole));
    }

    public List<Person> findPersons() {
        return jdbc.query("select * from org_person order by code", PERSON);
    }

    public List<Person> findPersonsOfCommittee(String committeeCode) {
        return jdbc.query("select * from org_person where committee_code = ? order by code", PERSON, committeeCode);
    }

    public Optional<Person> findPerson(String code) {
        return jdbc.query("select * from org_person where code = ?", PERSON, code).stream().findFirst();
    }

    /** The people of a justice office (its head, deputy heads and staff). */
    public List<Person> findPersonsOfOffice(String officeCode) {
        return jdbc.query("select * from org_person where office_code = ? order by code", PERSON, officeCode);
    }

    public Optional<Person> findPersonByLogin(String login) {
        return jdbc.query("select * from org_person where login = ?", PERSON, login).stream().findFirst();
    }

    public boolean save(Person p) {
        Optional<Person> existing = findPerson(p.code());
        String extra = p.extraGroups().isEmpty() ? null : String.join(";", p.extraGroups());
        String role = p.committeeRole() == null ? null : p.committeeRole().name();
        String officeRole = p.officeRole() == null ? null : p.officeRole().name();
        if (existing.isEmpty()) {
            jdbc.update("insert into org_person (code, name, gender, force_type, full_time, committee_code,"
                            + " committee_role, office_code, phone, email, login, extra_groups, office_role)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    p.code(), p.name(), p.gender(), p.forceType().name(), p.fullTime(), p.committeeCode(), role,
                    p.officeCode(), p.phone(), p.email(), p.login(), extra, officeRole);
            return true;
        }
        if (existing.get().equals(p)) {
            return false;
        }
        jdbc.update("update org_person set name = ?, gender = ?, force_type = ?, full_time = ?, committee_code = ?,"
                        + " committee_role = ?, office_code = ?, phone = ?, email = ?, login = ?, extra_groups = ?,"
                        + " office_role = ? where code = ?",
                p.name(), p.gender(), p.forceType().name(), p.fullTime(), p.committeeCode(), role, p.officeCode(),
                p.phone(), p.email(), p.login(), extra, officeRole, p.code());
        return true;
    }

    // ---- contacts ----------------------------------------------------------------------------

    private static final RowMapper<Contact> CONTACT = (rs, i) -> new Contact(rs.getString("code"),
            rs.getString("name"), ContactOrganization.valueOf(rs.getString("organization")),
            rs.getString("unit_code"), rs.getString("title"), rs.getString("email"), rs.getString("phone"));

    public List<Contact> findContacts() {
        return jdbc.query("select * from org_contact order by code", CONTACT);
    }

    public List<Contact> findContactsOfUnit(String unitCode) {
        return jdbc.query("select * from org_contact where unit_code = ? order by code", CONTACT, unitCode);
    }

    public Optional<Contact> findContact(String code) {
        return jdbc.query("select * from org_contact where code = ?", CONTACT, code).stream().findFirst();
    }

    public boolean save(Contact c) {
        Optional<Contact> existing = findContact(c.code());
        if (existing.isEmpty()) {
            jdbc.update("insert into org_contact (code, name, organization, unit_code, title, email, phone)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    c.code(), c.name(), c.organization().name(), c.unitCode(), c.title(), c.email(), c.phone());
            return true;
        }
        if (Objects.equals(existing.get(), c)) {
            return false;
        }
        jdbc.update("update org_contact set name = ?, organization = ?, unit_code = ?, title = ?, email = ?,"
                        + " phone = ? where code = ?",
                c.name(), c.organization().name(), c.unitCode(), c.title(), c.email(), c.phone(), c.code());
        return true;
    }
}
