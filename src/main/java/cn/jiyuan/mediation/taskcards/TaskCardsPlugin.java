package cn.jiyuan.mediation.taskcards;

import java.util.Set;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * A Tasklist plugin only for its REST resource ({@code /camunda/api/tasklist/plugin/task-cards/{engine}/cards}),
 * which the webapp serves with the logged-in user's session: the task-cards custom script of Tasklist
 * (webjars/camunda/app/tasklist/task-cards/) reads the cards there. Registered through
 * META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin.
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

    /** No frontend package of its own: the card script is a Tasklist custom script. */
    @Override
    public String getAssetDirectory() {
        return null;
    }
}
