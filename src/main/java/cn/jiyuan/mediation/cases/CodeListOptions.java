package cn.jiyuan.mediation.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.forms.options.FormOption;
import cn.jiyuan.mediation.forms.options.FormOptionSource;
import cn.jiyuan.mediation.organization.StationedRooms;

/**
 * The code lists of the case ({@link DisputeCategory}, {@link IntakeChannel}, {@link RiskIndicator},
 * {@link Ethnicity}) as form
 * options, so that the forms, {@code POST /api/cases} and the decisions share one list.
 */
@Component
public class CodeListOptions implements FormOptionSource {

    /**
     * The channels of the Tasklist intake form, as process case-intake (案件受理登记（来访、12348热线、排查发现）)
     * names them: referrals arrive with the referring body's reference number through {@code POST /api/cases},
     * online applications through the public application form.
     */
    private static final Set<IntakeChannel> TASKLIST_CHANNELS =
            EnumSet.of(IntakeChannel.WALK_IN, IntakeChannel.HOTLINE, IntakeChannel.SCREENING);

    public static final String CATEGORIES = "categoryOptions";
    public static final String INTAKE_CHANNELS = "intakeChannelOptions";
    public static final String RISK_INDICATORS = "riskIndicatorOptions";
    /** The 56 ethnic groups of GB/T 3304 (民族), for the parties' particulars of intake and mediation. */
    public static final String ETHNICITIES = "ethnicityOptions";

    private static final Map<String, List<FormOption>> LISTS = Map.of(
            CATEGORIES, Arrays.stream(DisputeCategory.values()).map(c -> FormOption.of(c.label(), c.name())).toList(),
            INTAKE_CHANNELS, Arrays.stream(IntakeChannel.values()).filter(CodeListOptions::registeredInTasklist)
                    .map(c -> FormOption.of(c.label(), c.name())).toList(),
            RISK_INDICATORS, Arrays.stream(RiskIndicator.values()).map(r -> FormOption.of(r.label(), r.name()))
                    .toList(),
            ETHNICITIES, Ethnicity.codes().stream().map(code -> FormOption.of(Ethnicity.name(code).orElseThrow(), code))
                    .toList());

    static boolean registeredInTasklist(IntakeChannel channel) {
        return TASKLIST_CHANNELS.contains(channel);
    }

    private final StationedRooms rooms;

    public CodeListOptions(StationedRooms rooms) {
        this.rooms = rooms;
    }

    @Override
    public Set<String> keys() {
        return LISTS.keySet();
    }

    /**
     * The lists; for a member of a stationed mediation room (派驻人民调解工作室) the channels start with its host's
     * (警调对接 at a police station, 诉调对接 at a court, 访调对接 at a petition office), proposed as the default: the
     * disputes its host guides to mediation, registered with the host's reference number.
     */
    @Override
    public Map<String, List<FormOption>> options(Collection<String> groups) {
        Optional<IntakeChannel> host = rooms.ofGroups(groups)
                .flatMap(room -> IntakeChannel.ofStationedRoom(room.type()));
        if (host.isEmpty()) {
            return LISTS;
        }
        List<FormOption> channels = new ArrayList<>();
        channels.add(FormOption.preselected(host.get().label(), host.get().name()));
        channels.addAll(LISTS.get(INTAKE_CHANNELS));
        Map<String, List<FormOption>> lists = new HashMap<>(LISTS);
        lists.put(INTAKE_CHANNELS, List.copyOf(channels));
        return lists;
    }
}
