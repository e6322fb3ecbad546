// Tasklist loads app/plugin.js of every server-side plugin and cannot start without it. The task-cards plugin
// only serves the task cards' REST resource; the cards are drawn by the Tasklist custom script
// task-cards/task-cards.js (webjars/camunda/app/tasklist), so this frontend package adds nothing.
export default [];
