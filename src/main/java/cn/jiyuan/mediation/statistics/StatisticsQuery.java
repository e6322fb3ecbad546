package cn.jiyuan.mediation.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jiyuan.mediation.ledger.FilterParameters;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;

/**
 * The period (registration days, both inclusive) and optionally the town the overview is asked for.
 *
 * @param townCode null for every town in the reader's reach
 */
public record StatisticsQuery(LocalDate from, LocalDate to, String townCode) {

    /** The longest period: the months of a longer one would make an unreadable chart. */
    static final int MAX_YEARS = 5;

    public StatisticsQuery {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("period " + from + " .. " + to);
        }
    }

    /**
     * Reads the parameters; without {@code to} the period ends today, without {@code from} it starts on the first
     * day of {@code to}'s year (by default: the current year to today). Every bad parameter is named in Chinese.
     */
    public static StatisticsQuery of(String from, String to, String townCode, OrganizationRepository registry,
                                     LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate last = FilterParameters.date("to", to, errors);
        LocalDate first = FilterParameters.date("from", from, errors);
        String town = FilterParameters.town("townCode", townCode, registry, errors);
        if (errors.isEmpty()) {
            last = last == null ? today : last;
            first = first == null ? last.withDayOfYear(1) : first;
            FilterParameters.ordered(first, last, errors);
            if (errors.isEmpty() && first.plusYears(MAX_YEARS).isBefore(last)) {
                errors.add(new FieldError("to", "统计期间不能超过" + MAX_YEARS + "年"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new StatisticsQuery(first, last, town);
    }
}
