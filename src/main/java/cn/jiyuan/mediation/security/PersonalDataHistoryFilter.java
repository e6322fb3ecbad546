package cn.jiyuan.mediation.security;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps personal data out of engine history: variable events (history/variable-instance and history/detail) and
 * the form-field details of a form submission, of the variables named here, are dropped before they reach the database, everything else goes on to the
 * engine's own handler. The names are every free-text field of the forms (names, phones, ID numbers, notes:
 * whatever a user types is consumed into the project's tables and removed from the process in the same
 * transaction) and the read-only case summary. Without history rows there is nothing for the five-year
 * history time to live to keep.
 */
public class PersonalDataHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler next;
    private final Set<String> names;

    public PersonalDataHistoryFilter(HistoryEventHandler next, Set<String> names) {
        this.next = next;
        this.names = Set.copyOf(names);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isPersonal(event)) {
            next.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        for (HistoryEvent event : events) {
            handleEvent(event);
        }
    }

    boolean isPersonal(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return names.contains(variable.getVariableName());
        }
        // a form submission also records each submitted field as a history detail of its own
        return event instanceof HistoricFormPropertyEventEntity property && names.contains(property.getPropertyId());
    }

    public Set<String> names() {
        return names;
    }
}
