package cn.jiyuan.mediation.organization;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Units for pickers (e.g. a WeChat intake page): {@code GET /api/org/units?level=TOWN|VILLAGE&townCode=...}. */
@RestController
@RequestMapping("/api/org")
public class OrgUnitController {

    /** The external shape of a unit (docs/domain.md section 8). */
    public record UnitView(String code, String name, UnitLevel level, String townCode) {
    }

    private final OrganizationRepository repository;

    public OrgUnitController(OrganizationRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/units")
    public List<UnitView> units(@RequestParam(required = false) UnitLevel level,
                                @RequestParam(required = false) String townCode) {
        return repository.findUnits(level, townCode).stream()
                .map(u -> new UnitView(u.code(), u.name(), u.level(), u.townCode())).toList();
    }
}
