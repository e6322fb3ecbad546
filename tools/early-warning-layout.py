#!/usr/bin/env python3
# Regenerates the diagram (DI) of processes/early-warning.bpmn: python3 tools/early-warning-layout.py processes/early-warning.bpmn
# Main view: the warning, the contingency plan and the outcome report; 跟踪处置至案件办结 collapsed (drill-down in Cockpit).
import sys

from bpmn_layout import Plane, load, write

src = load(sys.argv[1])

m = Plane(); Y = 300
m.ev('warningStarted', 100, Y)
m.task('enterLedger', 220, Y)
m.gw('warningFork', 350, Y)
# the warning e-mails
m.task('determineWarningRecipients', 470, 120)
m.task('sendWarningMail', 610, 120)
m.gw('warningsSentGateway', 740, 120)
m.ev('warningsSentEnd', 850, 120)
# following the case to its end, then the outcome report
m.gw('trackingGateway', 470, Y)
m.ev('notTrackingEnd', 470, 420, 'right')
m.sub('followCase', 620, Y)
m.gw('reportJoin', 800, Y, 'below')
m.task('determineReportRecipients', 920, Y)
m.task('sendOutcomeMail', 1060, Y)
m.task('closeLedger', 1200, Y)
m.ev('reported', 1330, Y)
# the contingency plan
m.gw('contingencyGateway', 470, 560, 'above')
m.task('activateContingencyPlan', 620, 560)
m.ev('contingencyActivated', 760, 560)
m.ev('noContingencyEnd', 470, 680, 'right')
m.flow('toEnterLedger', [(118, Y), (170, Y)])
m.flow('toFork', [(270, Y), (325, Y)])
m.flow('toWarningRecipients', [(350, Y - 25), (350, 120), (420, 120)])
m.flow('toSendWarningMail', [(520, 120), (560, 120)])
m.flow('toWarningsSent', [(660, 120), (715, 120)])
m.flow('escalationOnly', [(765, 120), (832, 120)], (780, 100))
m.flow('warningsSentTracking', [(740, 145), (740, 220), (800, 220), (800, Y - 25)], (746, 160))
m.flow('toTrackingGateway', [(375, Y), (445, Y)])
m.flow('tracking', [(495, Y), (570, Y)], (512, Y - 20))
m.flow('notTracking', [(470, Y + 25), (470, 402)], (476, 336))
m.flow('toReportJoin', [(670, Y), (775, Y)])
m.flow('toReportRecipients', [(825, Y), (870, Y)])
m.flow('toSendOutcomeMail', [(970, Y), (1010, Y)])
m.flow('toCloseLedger', [(1110, Y), (1150, Y)])
m.flow('toReported', [(1250, Y), (1312, Y)])
m.flow('toContingencyGateway', [(350, Y + 25), (350, 560), (445, 560)])
m.flow('contingencyNeeded', [(495, 560), (570, 560)], (512, 540))
m.flow('toContingencyActivated', [(670, 560), (742, 560)])
m.flow('noContingency', [(470, 585), (470, 662)], (476, 610))

f = Plane(); Y = 200
f.ev('followStarted', 100, Y)
f.gw('followFork', 190, Y)
f.task('recordInstructions', 320, 100)
f.task('recordJointHandling', 470, 100)
f.ev('handlingRecorded', 600, 100)
f.gw('alreadyEndedGateway', 320, 260, 'above')
f.ev('awaitCaseEnd', 440, 260)
f.gw('caseEndJoin', 540, 260)
f.ev('caseEnded', 640, 260)
f.flow('toFollowFork', [(118, Y), (165, Y)])
f.flow('toRecordInstructions', [(190, Y - 25), (190, 100), (270, 100)])
f.flow('toRecordJointHandling', [(370, 100), (420, 100)])
f.flow('toHandlingRecorded', [(520, 100), (582, 100)])
f.flow('toAlreadyEnded', [(190, Y + 25), (190, 260), (295, 260)])
f.flow('notYetEnded', [(345, 260), (422, 260)], (370, 240))
f.flow('toCaseEnded', [(458, 260), (515, 260)])
f.flow('alreadyEnded', [(320, 285), (320, 330), (540, 330), (540, 285)], (326, 300))
f.flow('toEndTracking', [(565, 260), (622, 260)])

write(sys.argv[1], src, [('early-warning-diagram', 'early-warning-plane', 'early-warning', m),
                         ('follow-case-diagram', 'follow-case-plane', 'followCase', f)])
