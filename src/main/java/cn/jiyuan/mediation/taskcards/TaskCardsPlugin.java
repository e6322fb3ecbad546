package cn.jiyuan.mediation.taskcards;

import java.util.Set;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * A Tasklist plugin only for its REST resource ({@code /camunda/api/tasklist/plugin/task-cards/{engine}/cards}),
 * which the webapp serves with the logged-in user's session: the task-cards custom script of Tasklist
 * (webjars/camunda/app/tasklist/task-cards/) reads the cards there. Registered through
 * META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin. Tasklist loads every plugin's frontend
 * package and does not start when one is missing, so plugin-webapp/task-cards/app/plugin.js exists (and adds nothing).
 */
public class TaskCardsPlugin extends AbstractTasklistPlugin {

    public static final String ID = "task-cards";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(TaskCardsRootResource.class);
    }
}
